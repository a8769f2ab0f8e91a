// Sign-in throttling: per account + user name and per source IP, in the database (so every
// server instance shares it), with lock-outs that double, and a message that never tells
// whether the user exists.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FREE_FAILURES, lockSecondsAfter, MAX_LOCK_SECONDS } from '../../src/auth/sign-in-throttle.js';
import { ApiClient } from '../harness/api-client.js';
import {
  createTestAccount,
  createTestUser,
  TEST_PASSWORD,
  uniqueSuffix,
  type TestAccount,
} from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';

let server: TestServer;
let account: TestAccount;
let ipCounter = 0;

beforeAll(async () => {
  // Trust X-Forwarded-For so each test can come from its own address.
  server = await startTestServer({ config: { trustProxy: true } });
  account = await createTestAccount(server);
});
afterAll(() => server?.close());

function from(ip = `203.0.113.${++ipCounter}`) {
  const client = new ApiClient(server.baseUrl);
  return { client, headers: { 'X-Forwarded-For': ip } };
}

async function iamSignIn(userName: string, password: string, ip?: string) {
  const { client, headers } = from(ip);
  return client.post('/api/auth/signin/iam', { account: account.accountId, userName, password }, { headers });
}

describe('per account and user name', () => {
  it('locks after the free failures, refuses even the right password while locked, then lifts', async () => {
    const user = await createTestUser(server, account.accountId);
    for (let i = 0; i < FREE_FAILURES.name; i++) {
      expect((await iamSignIn(user.name, 'Wrong-Password-1')).status).toBe(401);
    }
    // The failure beyond the free ones sets the first lock (2 s).
    expect((await iamSignIn(user.name, 'Wrong-Password-1')).status).toBe(401);
    const locked = await iamSignIn(user.name, TEST_PASSWORD);
    expect(locked.status).toBe(429);
    expect(locked.body.error.code).toBe('Throttling');
    expect(locked.body.error.message).toMatch(/^too many failed sign-in attempts: try again in \d+ seconds$/);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);

    server.clock.advanceSeconds(lockSecondsAfter(FREE_FAILURES.name + 1, FREE_FAILURES.name) + 1);
    expect((await iamSignIn(user.name, TEST_PASSWORD)).status).toBe(200);
    // Success clears the counter: the next failure is a free one again.
    expect((await iamSignIn(user.name, 'Wrong-Password-1')).status).toBe(401);
    expect((await iamSignIn(user.name, TEST_PASSWORD)).status).toBe(200);
  });

  it('treats an unknown user exactly like a known one', async () => {
    const ghost = `ghost-${uniqueSuffix()}`;
    const answers = [];
    for (let i = 0; i <= FREE_FAILURES.name + 1; i++)
      answers.push((await iamSignIn(ghost, TEST_PASSWORD)).status);
    expect(answers).toEqual([...Array(FREE_FAILURES.name + 1).fill(401), 429]);
  });

  it('counts the alias and the account id as one account', async () => {
    const aliased = await createTestAccount(server, { alias: `thr-${uniqueSuffix()}` });
    const user = await createTestUser(server, aliased.accountId);
    for (let i = 0; i <= FREE_FAILURES.name; i++) {
      const { client, headers } = from();
      const ref = i % 2 === 0 ? aliased.alias! : aliased.accountId;
      await client.post(
        '/api/auth/signin/iam',
        { account: ref, userName: user.name, password: 'x' },
        { headers },
      );
    }
    const { client, headers } = from();
    const res = await client.post(
      '/api/auth/signin/iam',
      { account: aliased.alias, userName: user.name, password: TEST_PASSWORD },
      { headers },
    );
    expect(res.status).toBe(429);
  });

  it('doubles the lock with each further failure, up to a cap', () => {
    const free = FREE_FAILURES.name;
    expect([1, 2, 3, 4].map((n) => lockSecondsAfter(free + n, free))).toEqual([2, 4, 8, 16]);
    expect(lockSecondsAfter(free, free)).toBe(0);
    expect(lockSecondsAfter(free + 30, free)).toBe(MAX_LOCK_SECONDS);
  });

  it('throttles root sign-in by email too', async () => {
    const other = await createTestAccount(server);
    for (let i = 0; i <= FREE_FAILURES.name; i++) {
      const { client, headers } = from();
      await client.post(
        '/api/auth/signin/root',
        { email: other.email, password: 'Wrong-Password-1' },
        { headers },
      );
    }
    const { client, headers } = from();
    const res = await client.post(
      '/api/auth/signin/root',
      { email: other.email, password: TEST_PASSWORD },
      { headers },
    );
    expect(res.status).toBe(429);
  });
});

describe('per source IP', () => {
  it('locks an address that fails across many user names', async () => {
    const ip = '198.51.100.7';
    for (let i = 0; i < FREE_FAILURES.ip; i++) {
      expect((await iamSignIn(`spray-${i}-${uniqueSuffix()}`, 'Password-123', ip)).status).toBe(401);
    }
    expect((await iamSignIn(`spray-x-${uniqueSuffix()}`, 'Password-123', ip)).status).toBe(401);
    expect((await iamSignIn(`spray-y-${uniqueSuffix()}`, 'Password-123', ip)).status).toBe(429);
    // Another address is unaffected.
    const user = await createTestUser(server, account.accountId);
    expect((await iamSignIn(user.name, TEST_PASSWORD, '198.51.100.8')).status).toBe(200);
  });
});
