import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Workspace packages (the evaluator) from their TypeScript source: the `source` export condition.
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    include: ['test/**/*.test.ts'],
    // Builds the catalog and managed policies once, into a temporary directory, for every test file.
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
