// The fixtures every spec uses: the suite's server and database, API clients for preconditions,
// and a page already signed in as the account's root user.
import { test as base, expect, type Page } from '@playwright/test';
import pg from 'pg';
import { ApiClient, type WhoAmI } from './api-client.js';
import { suiteEnvironment, type SuiteEnvironment } from './environment.js';

interface WorkerFixtures {
  env: SuiteEnvironment;
  db: pg.Pool;
  /** An API client with its own cookie jar, signed in as the root user: for preconditions. */
  rootApi: ApiClient;
  /** The root user's identity (account id, alias). */
  rootIdentity: WhoAmI;
}

interface TestFixtures {
  /** A page whose browser context is signed in as the root user, showing the dashboard. */
  rootPage: Page;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  env: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      await use(suiteEnvironment());
    },
    { scope: 'worker' },
  ],
  db: [
    async ({ env }, use) => {
      const pool = new pg.Pool({ connectionString: env.databaseUrl, max: 2 });
      await use(pool);
      await pool.end();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ env }, use) => {
    await use(env.url);
  },
  rootApi: [
    async ({ playwright, env }, use) => {
      const request = await playwright.request.newContext({ baseURL: env.url });
      const api = new ApiClient(request, env.url);
      await api.signInRoot(env.rootEmail, env.rootPassword);
      await use(api);
      await request.dispose();
    },
    { scope: 'worker' },
  ],
  rootIdentity: [
    async ({ rootApi }, use) => {
      await use(await rootApi.get<WhoAmI>('/api/auth/whoami'));
    },
    { scope: 'worker' },
  ],
  rootPage: async ({ page, env }, use) => {
    await new ApiClient(page.request, env.url).signInRoot(env.rootEmail, env.rootPassword);
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'IAM dashboard', level: 1 })).toBeVisible();
    await use(page);
  },
});

export { expect };
