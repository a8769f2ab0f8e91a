import { defineConfig } from 'vitest/config';

// Unit tests for pure helpers only: no DOM (jsdom is not installed), no browser. The evaluator is
// read from its TypeScript source (the `source` export condition), in Vitest's server environment.
const conditions = ['source', 'module', 'node', 'import', 'default'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
