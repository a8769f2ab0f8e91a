// The fixtures every spec uses: the suite's server and database, API clients for preconditions,
// a page already signed in as the account's root user, and a fresh account of a test's own.
import { test as base, expect, type APIRequestContext, type Page } from '@playwright/test';
import pg from 'pg';
import { ApiClient, type WhoAmI } from './api-client.js';
import { suiteEnvironment, type SuiteEnvironment } from './environment.js';
import { strongPassword, uniqueName } from './names.js';

type StorageState = Awaited<ReturnType<APIRequestContext['storageState']>>;

export interface FreshAccount {
  accountId: string;
  email: string;
  password: string;
}

interface WorkerFixtures {
  env: SuiteEnvironment;
  db: pg.Pool;
  /** The bootstrapped root user's session (cookies), signed in once per worker. */
  rootSession: StorageState;
  /** The root user's identity (account id). */
  rootIdentity: WhoAmI;
}

interface TestFixtures {
  /** An API client signed in as the root user (its own connection): for preconditions. */
  rootApi: ApiClient;
  /** A page whose browser context is signed in as the root user, showing the dashboard. */
  rootPage: Page;
  /**
   * A new account of the test's own (GATEHOUSE_ALLOW_ACCOUNT_CREATION is on for the suite), for
   * tests that change account-wide settings such as the alias, so no other test sees them.
   */
  freshAccount: FreshAccount;
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
  rootSession: [
    async ({ playwright, env }, use) => {
      const request = await playwright.request.newContext({ baseURL: env.url });
      await new ApiClient(request, env.url).signInRoot(env.rootEmail, env.rootPassword);
      const state = await request.storageState();
      await request.dispose();
      await use(state);
    },
    { scope: 'worker' },
  ],
  rootIdentity: [
    async ({ playwright, env, rootSession }, use) => {
      const request = await playwright.request.newContext({ baseURL: env.url, storageState: rootSession });
      await use(await new ApiClient(request, env.url).get<WhoAmI>('/api/auth/whoami'));
      await request.dispose();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ env }, use) => {
    await use(env.url);
  },
  // A request context per test: a connection kept open across tests races the server's
  // keep-alive timeout (ECONNRESET); the session itself is shared by the worker.
  rootApi: async ({ playwright, env, rootSession }, use) => {
    const request = await playwright.request.newContext({ baseURL: env.url, storageState: rootSession });
    await use(new ApiClient(request, env.url));
    await request.dispose();
  },
  rootPage: async ({ page, env }, use) => {
    await new ApiClient(page.request, env.url).signInRoot(env.rootEmail, env.rootPassword);
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'IAM dashboard', level: 1 })).toBeVisible();
    await use(page);
  },
  freshAccount: async ({ rootApi }, use) => {
    const email = `${uniqueName('owner')}@accounts.example.com`;
    const password = strongPassword();
    const created = await rootApi.post<{ accountId: string }>('/api/accounts', { email, password });
    await use({ accountId: created.accountId, email, password });
  },
});

export { expect };
