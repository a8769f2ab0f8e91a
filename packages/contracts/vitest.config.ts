import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Workspace packages (the evaluator's types) from their TypeScript source.
  resolve: { conditions: ['source'] },
  test: {
    include: ['test/**/*.test.ts'],
  },
});
