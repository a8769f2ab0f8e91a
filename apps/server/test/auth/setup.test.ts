// First run: an empty deployment prints a one-time setup link; POST /api/setup with its token
// creates the first account and signs its root user in. The environment bootstrap does the
// same without a browser, and is idempotent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrapFromEnv } from '../../src/services/setup/bootstrap-from-env.js';
import { issueSetupToken } from '../../src/services/setup/setup-token.js';
import { ApiClient } from '../harness/api-client.js';
import { TEST_PASSWORD } from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';

describe('first-run setup', () => {
  let server: TestServer;
  let token: string;

  beforeAll(async () => {
    server = await startTestServer();
    token = (await issueSetupToken(server.deps.db))!;
  });
  afterAll(() => server?.close());

  it('reports setup as pending while there is no account', async () => {
    const res = await new ApiClient(server.baseUrl).get('/api/setup');
    expect(res).toMatchObject({ status: 200, body: { pending: true } });
  });

  it('stores only a hash of the setup token', async () => {
    const row = await server.deps.db.deploymentSetting.findUnique({ where: { key: 'setupTokenHash' } });
    expect(row?.value).toMatch(/^[0-9a-f]{64}$/);
    expect(row?.value).not.toContain(token);
  });

  it('refuses a wrong token', async () => {
    const res = await new ApiClient(server.baseUrl).post('/api/setup', {
      token: 'not-the-token',
      email: 'admin@example.com',
      password: TEST_PASSWORD,
    });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'InvalidInput', fieldErrors: [{ path: 'token' }] });
  });

  it('refuses a weak password, naming the rule', async () => {
    const res = await new ApiClient(server.baseUrl).post('/api/setup', {
      token,
      email: 'admin@example.com',
      password: 'short',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('PasswordPolicyViolation');
    expect(res.body.error.message).toContain('at least 8 characters');
  });

  it('refuses malformed input with field errors', async () => {
    const res = await new ApiClient(server.baseUrl).post('/api/setup', {
      token,
      email: 'not-an-email',
      password: '',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('ValidationError');
    expect(res.body.error.fieldErrors.map((f: { path: string }) => f.path).sort()).toEqual([
      'email',
      'password',
    ]);
  });

  it('creates the first account, signs in its root user, and is then used up', async () => {
    const browser = new ApiClient(server.baseUrl);
    const res = await browser.post('/api/setup', {
      token,
      email: 'Admin@Example.com',
      password: TEST_PASSWORD,
      alias: 'first-co',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      type: 'root',
      alias: 'first-co',
      email: 'admin@example.com',
      signInUrl: `${server.baseUrl}/signin/first-co`,
      passwordResetRequired: false,
    });
    expect(res.body.accountId).toMatch(/^\d{12}$/);
    expect(res.body.arn).toBe(`arn:aws:iam::${res.body.accountId}:root`);

    const cookies = res.headers.getSetCookie();
    const session = cookies.find((c) => c.startsWith('gatehouse_session='))!;
    expect(session).toMatch(/HttpOnly/);
    expect(session).toMatch(/SameSite=Strict/);
    expect(cookies.find((c) => c.startsWith('gatehouse_csrf='))).not.toMatch(/HttpOnly/);

    expect((await browser.get('/api/auth/whoami')).body.accountId).toBe(res.body.accountId);
    expect((await browser.get('/api/setup')).body).toEqual({ pending: false });

    const again = await new ApiClient(server.baseUrl).post('/api/setup', {
      token,
      email: 'other@example.com',
      password: TEST_PASSWORD,
    });
    expect(again.status).toBe(400);
    expect(again.body.error.message).toContain('setup is already complete');
    expect(await issueSetupToken(server.deps.db)).toBeUndefined();

    const audit = await server.deps.db.auditEvent.findMany({ where: { action: 'gatehouse:CompleteSetup' } });
    expect(audit.map((a) => a.result).sort()).toEqual(['Failure', 'Failure', 'Failure', 'Success']);
  });
});

describe('bootstrap from the environment', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());

  it('creates the account once, with the chosen id and alias, and then does nothing', async () => {
    const bootstrap = {
      email: 'ops@example.com',
      password: TEST_PASSWORD,
      alias: 'ops-team',
      accountId: '123456789012',
    };
    const first = await bootstrapFromEnv({ ctx: server.publicContext(), bootstrap });
    expect(first).toEqual({ created: true, accountId: '123456789012' });
    const second = await bootstrapFromEnv({ ctx: server.publicContext(), bootstrap });
    expect(second).toEqual({ created: false, accountId: '123456789012' });
    expect(await server.deps.db.account.count()).toBe(1);

    const root = new ApiClient(server.baseUrl);
    const res = await root.post('/api/auth/signin/root', {
      email: 'ops@example.com',
      password: TEST_PASSWORD,
    });
    expect(res.body).toMatchObject({ accountId: '123456789012', alias: 'ops-team' });
    expect((await root.get('/api/setup')).body).toEqual({ pending: false });
  });
});
