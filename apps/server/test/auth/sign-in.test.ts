// Root users sign in with email + password; IAM users with account alias or id + user name +
// console password. Every failure says the same thing, and every attempt is audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../harness/api-client.js';
import {
  createTestAccount,
  createTestUser,
  TEST_PASSWORD,
  uniqueSuffix,
  type TestAccount,
} from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';

const FAILED = 'your authentication information is incorrect: check it and try again';

let server: TestServer;
let account: TestAccount;

beforeAll(async () => {
  server = await startTestServer();
  account = await createTestAccount(server, { alias: `acme-${uniqueSuffix()}` });
});
afterAll(() => server?.close());

const client = () => new ApiClient(server.baseUrl);

async function auditFor(accountId: string | null, principalArn?: string) {
  return server.deps.db.auditEvent.findMany({
    where: { action: 'signin:ConsoleLogin', accountId, ...(principalArn ? { principalArn } : {}) },
    orderBy: { id: 'asc' },
  });
}

describe('root sign-in', () => {
  it('signs in with email (any case) and password, and whoami shows the root user', async () => {
    const browser = client();
    const res = await browser.post('/api/auth/signin/root', {
      email: account.email.toUpperCase(),
      password: TEST_PASSWORD,
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      arn: `arn:aws:iam::${account.accountId}:root`,
      type: 'root',
      accountId: account.accountId,
      alias: account.alias,
      email: account.email,
      signInUrl: `${server.baseUrl}/signin/${account.alias}`,
      passwordResetRequired: false,
      organizationRole: null,
    });
    expect((await browser.get('/api/auth/whoami')).body).toEqual(res.body);
    const audit = await auditFor(account.accountId, `arn:aws:iam::${account.accountId}:root`);
    expect(audit.at(-1)).toMatchObject({ result: 'Success', sourceIp: '127.0.0.1' });
  });

  it('refuses a wrong password and an unknown email with the same answer', async () => {
    const wrong = await client().post('/api/auth/signin/root', {
      email: account.email,
      password: 'Wrong-Password-1',
    });
    const unknown = await client().post('/api/auth/signin/root', {
      email: `nobody-${uniqueSuffix()}@example.com`,
      password: TEST_PASSWORD,
    });
    for (const res of [wrong, unknown]) {
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ error: { code: 'NotAuthenticated', message: FAILED } });
      expect(res.headers.getSetCookie()).toEqual([]);
    }
    const audit = await auditFor(account.accountId);
    expect(audit.at(-1)).toMatchObject({ result: 'Failure', errorCode: 'NotAuthenticated' });
    const anonymous = await auditFor(null);
    expect(anonymous.at(-1)).toMatchObject({ result: 'Failure', details: { reason: 'unknown root email' } });
  });
});

describe('IAM user sign-in', () => {
  it('signs in with the alias or the account id, and whoami shows the user', async () => {
    const user = await createTestUser(server, account.accountId, {
      name: `Alice-${uniqueSuffix()}`,
      path: '/staff/',
    });
    for (const ref of [account.alias!, account.accountId, account.alias!.toUpperCase()]) {
      const browser = client();
      const res = await browser.post('/api/auth/signin/iam', {
        account: ref,
        userName: user.name,
        password: TEST_PASSWORD,
      });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body).toEqual({
        arn: `arn:aws:iam::${account.accountId}:user/staff/${user.name}`,
        type: 'user',
        accountId: account.accountId,
        alias: account.alias,
        userName: user.name,
        signInUrl: `${server.baseUrl}/signin/${account.alias}`,
        passwordResetRequired: false,
        organizationRole: null,
      });
      expect((await browser.get('/api/auth/whoami')).body.userName).toBe(user.name);
    }
    const row = await server.deps.db.user.findUniqueOrThrow({ where: { id: user.userId } });
    expect(row.passwordLastUsed).not.toBeNull();
    expect((await auditFor(account.accountId, user.arn)).map((a) => a.result)).toEqual([
      'Success',
      'Success',
      'Success',
    ]);
  });

  it('matches the user name case-insensitively, as IAM names are', async () => {
    const user = await createTestUser(server, account.accountId, { name: `Bob-${uniqueSuffix()}` });
    const res = await client().post('/api/auth/signin/iam', {
      account: account.accountId,
      userName: user.name.toLowerCase(),
      password: TEST_PASSWORD,
    });
    expect(res.status).toBe(200);
    expect(res.body.userName).toBe(user.name);
  });

  it('answers wrong password, unknown user, unknown alias and no console password alike', async () => {
    const user = await createTestUser(server, account.accountId);
    const noProfile = await createTestUser(server, account.accountId, { password: null });
    const attempts = [
      { account: account.alias, userName: user.name, password: 'Wrong-Password-1' },
      { account: account.alias, userName: `ghost-${uniqueSuffix()}`, password: TEST_PASSWORD },
      { account: `no-such-${uniqueSuffix()}`, userName: user.name, password: TEST_PASSWORD },
      { account: '000000000000', userName: user.name, password: TEST_PASSWORD },
      { account: account.alias, userName: noProfile.name, password: TEST_PASSWORD },
    ];
    for (const attempt of attempts) {
      const res = await client().post('/api/auth/signin/iam', attempt);
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ error: { code: 'NotAuthenticated', message: FAILED } });
    }
    const reasons = (
      await server.deps.db.auditEvent.findMany({
        where: { action: 'signin:ConsoleLogin', result: 'Failure' },
        orderBy: { id: 'asc' },
      })
    ).map((a) => (a.details as { reason: string }).reason);
    expect(reasons).toEqual(
      expect.arrayContaining(['wrong password', 'unknown user', 'unknown account', 'no console password']),
    );
  });

  it('refuses malformed input with field errors', async () => {
    const res = await client().post('/api/auth/signin/iam', { account: '', userName: 'x' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('ValidationError');
    expect(res.body.error.fieldErrors.map((f: { path: string }) => f.path).sort()).toEqual([
      'account',
      'password',
    ]);
  });
});

describe('sign-out', () => {
  it('ends the session on the server, so the old cookie no longer works', async () => {
    const browser = client();
    await browser.post('/api/auth/signin/root', { email: account.email, password: TEST_PASSWORD });
    const stolen = new Map(browser.cookies);
    const out = await browser.post('/api/auth/signout');
    expect(out.status).toBe(204);
    expect(browser.cookies.size).toBe(0);
    const replay = client();
    for (const [k, v] of stolen) replay.cookies.set(k, v);
    const res = await replay.get('/api/auth/whoami');
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('NotAuthenticated');
  });

  it('is harmless without a session', async () => {
    expect((await client().post('/api/auth/signout')).status).toBe(204);
  });

  it('signing in again replaces the previous session', async () => {
    const browser = client();
    await browser.post('/api/auth/signin/root', { email: account.email, password: TEST_PASSWORD });
    const first = new Map(browser.cookies);
    await browser.post('/api/auth/signin/root', { email: account.email, password: TEST_PASSWORD });
    const old = client();
    for (const [k, v] of first) old.cookies.set(k, v);
    expect((await old.get('/api/auth/whoami')).status).toBe(401);
    expect((await browser.get('/api/auth/whoami')).status).toBe(200);
  });
});

describe('sessions at rest', () => {
  it('stores only hashes of the session and CSRF tokens', async () => {
    const browser = client();
    await browser.post('/api/auth/signin/root', { email: account.email, password: TEST_PASSWORD });
    const token = browser.cookies.get('gatehouse_session')!;
    const rows = await server.deps.db.session.findMany({ where: { accountId: account.accountId } });
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
      expect(row.tokenHash).not.toBe(token);
      expect(row.csrfTokenHash).not.toBe(browser.csrfToken);
    }
  });
});
