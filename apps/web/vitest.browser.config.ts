// Component tests in a real browser (issue 12): Vitest browser mode drives Debian's Chromium
// through Playwright; each test renders a real page of the console inside the app's providers,
// and the page talks through this Vite server's /api proxy to a real Gatehouse (the built
// server on an embedded PostgreSQL, started by test-browser/global-setup.ts). No mocks.
// Run: `npm run test:browser` in apps/web (part of `npm test`).
import { playwright } from '@vitest/browser-playwright';
import { defineConfig, mergeConfig } from 'vitest/config';
import { apiPort } from './test-browser/api-port.js';
import { browserDependencies } from './test-browser/browser-deps.js';
import { chromiumLaunchOptions } from './test-browser/chromium.js';
import { browserCommands } from './test-browser/commands.js';
import viteConfig from './vite.config.js';

export default defineConfig(async () => {
  const port = await apiPort();
  return mergeConfig(viteConfig, {
    optimizeDeps: { include: browserDependencies('src') },
    server: {
      proxy: { '/api': { target: `http://127.0.0.1:${port}`, changeOrigin: false } },
    },
    test: {
      include: ['src/**/*.browser.test.tsx'],
      globalSetup: ['test-browser/global-setup.ts'],
      setupFiles: ['test-browser/setup.ts'],
      // CI runs the suite once: no retries, so a flaky test shows.
      retry: 0,
      testTimeout: 30_000,
      hookTimeout: 120_000,
      // expect.element retries until the page shows what is asked (its default is 1 s): a first
      // load of a page with its chunks and API calls on a busy machine takes longer.
      expect: { poll: { timeout: 10_000, interval: 50 } },
      // Files run one after another in one Chromium: the machine has two cores.
      fileParallelism: false,
      browser: {
        enabled: true,
        headless: true,
        provider: playwright({
          launchOptions: chromiumLaunchOptions,
          actionTimeout: 10_000,
        }),
        instances: [{ browser: 'chromium' }],
        viewport: { width: 1440, height: 900 },
        screenshotFailures: false,
        commands: browserCommands,
      },
    },
  });
});
