// The account: its summary (counts and quotas), its alias (unique in the deployment, used in
// the IAM sign-in URL), the public sign-in info, and creating further accounts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUOTAS } from '../../src/model/quotas.js';
import { ApiClient } from '../harness/api-client.js';
import { createManagedPolicy, createTestUser, newRootSession, uniqueSuffix } from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

describe('account summary', () => {
  it('counts the account’s own entities and lists AWS’s default quotas', async () => {
    const { account, root } = await newRootSession(server);
    const other = await newRootSession(server);
    await createTestUser(server, account.accountId, { groups: { devs: {} } });
    await createTestUser(server, account.accountId);
    await createManagedPolicy(server, account.accountId, `p-${uniqueSuffix()}`, { Statement: [] });
    await createTestUser(server, other.account.accountId);

    const res = await root.get('/api/account');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      accountId: account.accountId,
      alias: null,
      signInUrl: `${server.baseUrl}/signin/${account.accountId}`,
      counts: {
        users: 2,
        groups: 1,
        roles: 0,
        policies: 1,
        policyVersionsInUse: 1,
        mfaDevices: 0,
        accessKeys: 0,
      },
    });
    expect(res.body.quotas).toEqual({ ...QUOTAS });
    expect(res.body.quotas).toMatchObject({
      versionsPerPolicy: 5,
      groupsPerUser: 10,
      attachedPoliciesPerUser: 10,
    });
  });

  it('needs a session', async () => {
    const res = await new ApiClient(server.baseUrl).get('/api/account');
    expect(res.status).toBe(401);
    expect(res.body.error).toEqual({ code: 'NotAuthenticated', message: 'sign in to continue' });
  });
});

describe('account alias', () => {
  it('sets, replaces and deletes the alias, and the sign-in URL follows', async () => {
    const { account, root } = await newRootSession(server);
    const first = `team-${uniqueSuffix()}`;
    const second = `team-${uniqueSuffix()}`;
    expect((await root.put('/api/account/alias', { alias: first })).body).toEqual({ alias: first });
    expect((await root.get('/api/auth/whoami')).body.signInUrl).toBe(`${server.baseUrl}/signin/${first}`);
    expect((await new ApiClient(server.baseUrl).get(`/api/signin-info/${first}`)).body).toEqual({
      accountId: account.accountId,
      alias: first,
    });

    expect((await root.put('/api/account/alias', { alias: second })).status).toBe(200);
    expect((await new ApiClient(server.baseUrl).get(`/api/signin-info/${first}`)).status).toBe(404);

    expect((await root.delete('/api/account/alias')).status).toBe(204);
    expect((await root.get('/api/account')).body.alias).toBeNull();
    const again = await root.delete('/api/account/alias');
    expect(again.status).toBe(404);
    expect(again.body.error).toEqual({ code: 'NoSuchEntity', message: 'the account has no alias' });

    const actions = await server.deps.db.auditEvent.findMany({
      where: {
        accountId: account.accountId,
        action: { in: ['iam:CreateAccountAlias', 'iam:DeleteAccountAlias'] },
      },
      orderBy: { id: 'asc' },
    });
    expect(actions.map((a) => [a.action, a.result])).toEqual([
      ['iam:CreateAccountAlias', 'Success'],
      ['iam:CreateAccountAlias', 'Success'],
      ['iam:DeleteAccountAlias', 'Success'],
    ]);
  });

  it('is unique across accounts', async () => {
    const a = await newRootSession(server);
    const b = await newRootSession(server);
    const alias = `shared-${uniqueSuffix()}`;
    expect((await a.root.put('/api/account/alias', { alias })).status).toBe(200);
    const res = await b.root.put('/api/account/alias', { alias });
    expect(res.status).toBe(409);
    expect(res.body.error).toEqual({
      code: 'EntityAlreadyExists',
      message: `the account alias \`${alias}\` is already taken`,
    });
    // Setting one's own alias again is fine.
    expect((await a.root.put('/api/account/alias', { alias })).status).toBe(200);
  });

  it('follows AWS’s alias rules', async () => {
    const { root } = await newRootSession(server);
    for (const alias of ['ab', 'Upper-Case', '-lead', 'trail-', 'dou--ble', 'under_score', 'x'.repeat(64)]) {
      const res = await root.put('/api/account/alias', { alias });
      expect(res.status, alias).toBe(400);
      expect(res.body.error.code).toBe('ValidationError');
      expect(res.body.error.fieldErrors[0].path).toBe('alias');
    }
    expect((await root.put('/api/account/alias', { alias: `ok-${uniqueSuffix()}-9` })).status).toBe(200);
  });
});

describe('sign-in info', () => {
  it('resolves an account id and answers NoSuchEntity for unknown aliases', async () => {
    const { account } = await newRootSession(server);
    const anonymous = new ApiClient(server.baseUrl);
    expect((await anonymous.get(`/api/signin-info/${account.accountId}`)).body).toEqual({
      accountId: account.accountId,
      alias: null,
    });
    const res = await anonymous.get('/api/signin-info/nobody-uses-this');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('NoSuchEntity');
  });
});

describe('creating further accounts', () => {
  it('is refused when the deployment turns it off', async () => {
    const closed = await startTestServer({ env: { GATEHOUSE_STANDALONE_ACCOUNTS: 'disabled' } });
    try {
      const { root } = await newRootSession(closed);
      const res = await root.post('/api/accounts', {
        email: `new-${uniqueSuffix()}@example.com`,
        password: 'New-Account-1',
      });
      expect(res.status).toBe(403);
      expect(res.body.error.message).toContain('GATEHOUSE_STANDALONE_ACCOUNTS=disabled');
    } finally {
      await closed.close();
    }
  });

  it('creates an account the new root user can sign in to, when allowed', async () => {
    const open = await startTestServer({ env: { GATEHOUSE_ALLOW_ACCOUNT_CREATION: '1' } });
    try {
      const { root } = await newRootSession(open);
      const email = `new-${uniqueSuffix()}@example.com`;
      const alias = `new-${uniqueSuffix()}`;
      const res = await root.post('/api/accounts', { email, password: 'New-Account-1', alias });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ alias, signInUrl: `${open.baseUrl}/signin/${alias}` });
      const signIn = await new ApiClient(open.baseUrl).post('/api/auth/signin/root', {
        email,
        password: 'New-Account-1',
      });
      expect(signIn.body.accountId).toBe(res.body.accountId);
      const audit = await open.deps.db.auditEvent.findFirst({
        where: { action: 'organizations:CreateAccount' },
      });
      expect(audit).toMatchObject({ result: 'Success', details: { accountId: res.body.accountId, alias } });
      const dup = await root.post('/api/accounts', { email, password: 'New-Account-1' });
      expect(dup.status).toBe(409);
      expect(dup.body.error.code).toBe('EntityAlreadyExists');
    } finally {
      await open.close();
    }
  });
});
