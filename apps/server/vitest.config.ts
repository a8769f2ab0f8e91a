import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Workspace packages from their TypeScript source (the `source` export condition).
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    include: ['test/**/*.test.ts'],
    // One embedded PostgreSQL for the whole run; every test file clones its own database.
    globalSetup: ['test/harness/global-setup.ts'],
    // Files share a worker's module graph (each still gets its own server and database):
    // importing Prisma's client and the app once per worker rather than once per file.
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
