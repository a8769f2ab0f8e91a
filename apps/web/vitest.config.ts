import { defineConfig } from 'vitest/config';

// Unit tests for pure helpers only: no DOM (jsdom is not installed), no browser.
export default defineConfig({
  resolve: { conditions: ['source', 'module', 'import', 'default'] },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
