// A new IAM user has no permissions: every route of the foundation refuses them with AWS's
// AccessDenied message, changes nothing, and records the denial. The same routes succeed once
// a policy allows exactly that action.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient, ApiResponse } from '../harness/api-client.js';
import {
  allow,
  createTestUser,
  newRootSession,
  signInAsUser,
  TEST_PASSWORD,
  type TestAccount,
  type TestUser,
} from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';

let server: TestServer;
let account: TestAccount;
let target: TestUser;
let noProfile: TestUser;

beforeAll(async () => {
  server = await startTestServer();
  ({ account } = await newRootSession(server));
  target = await createTestUser(server, account.accountId, { path: '/team/' });
  noProfile = await createTestUser(server, account.accountId, { password: null });
});
afterAll(() => server?.close());

interface RouteCase {
  route: string;
  action: string;
  resource: () => string;
  call: (client: ApiClient, self: TestUser) => Promise<ApiResponse>;
  /** Status when allowed. */
  ok: number;
}

const ANY = () => '*';
const profile = (u: () => TestUser) => `/api/users/${u().name}/login-profile`;

const ROUTES: RouteCase[] = [
  {
    route: 'GET /api/account',
    action: 'iam:GetAccountSummary',
    resource: ANY,
    call: (c) => c.get('/api/account'),
    ok: 200,
  },
  {
    route: 'PUT /api/account/alias',
    action: 'iam:CreateAccountAlias',
    resource: ANY,
    call: (c) => c.put('/api/account/alias', { alias: `deny-${account.accountId}` }),
    ok: 200,
  },
  {
    route: 'DELETE /api/account/alias',
    action: 'iam:DeleteAccountAlias',
    resource: ANY,
    call: (c) => c.delete('/api/account/alias'),
    ok: 204,
  },
  {
    route: 'GET /api/users/:name/login-profile',
    action: 'iam:GetLoginProfile',
    resource: () => target.arn,
    call: (c) => c.get(profile(() => target)),
    ok: 200,
  },
  {
    route: 'PUT /api/users/:name/login-profile (existing)',
    action: 'iam:UpdateLoginProfile',
    resource: () => target.arn,
    call: (c) =>
      c.put(
        profile(() => target),
        { passwordResetRequired: false },
      ),
    ok: 200,
  },
  {
    route: 'PUT /api/users/:name/login-profile (new)',
    action: 'iam:CreateLoginProfile',
    resource: () => noProfile.arn,
    call: (c) =>
      c.put(
        profile(() => noProfile),
        { password: 'Created-Pass-1' },
      ),
    ok: 201,
  },
  {
    route: 'DELETE /api/users/:name/login-profile',
    action: 'iam:DeleteLoginProfile',
    resource: () => target.arn,
    call: (c) => c.delete(profile(() => target)),
    ok: 204,
  },
  {
    route: 'POST /api/auth/change-password',
    action: 'iam:ChangePassword',
    resource: () => 'self',
    call: (c) =>
      c.post('/api/auth/change-password', { oldPassword: TEST_PASSWORD, newPassword: 'Changed-Pass-3' }),
    ok: 204,
  },
  {
    route: 'POST /api/accounts',
    action: 'organizations:CreateAccount',
    resource: ANY,
    call: (c) => c.post('/api/accounts', { email: 'x@example.com', password: 'Another-Pass-1' }),
    ok: 403, // allowed by policy, then refused: only root users create standalone accounts
  },
];

describe('an IAM user without policies', () => {
  it.each(ROUTES)('is denied $route ($action)', async ({ action, resource, call }) => {
    const user = await createTestUser(server, account.accountId);
    const client = await signInAsUser(server, account, user);
    const res = await call(client, user);
    const arn = resource() === 'self' ? user.arn : resource();
    expect(res.status).toBe(403);
    expect(res.body).toEqual({
      error: {
        code: 'AccessDenied',
        message: `User: ${user.arn} is not authorized to perform: ${action} on resource: ${arn} because no identity-based policy allows the ${action} action`,
        action,
        resource: arn,
      },
    });
    const audit = await server.deps.db.auditEvent.findFirst({
      where: { principalArn: user.arn, action },
      orderBy: { id: 'desc' },
    });
    expect(audit).toMatchObject({ result: 'Denied', errorCode: 'AccessDenied', resource: arn });
  });

  it('changed nothing while being denied', async () => {
    const acct = await server.deps.db.account.findUniqueOrThrow({ where: { id: account.accountId } });
    expect(acct.alias).toBeNull();
    expect(await server.deps.db.loginProfile.count({ where: { userId: noProfile.userId } })).toBe(0);
    expect(await server.deps.db.loginProfile.count({ where: { userId: target.userId } })).toBe(1);
  });

  it('cannot tell whether a user exists: a missing user is denied on its would-be ARN', async () => {
    const user = await createTestUser(server, account.accountId);
    const client = await signInAsUser(server, account, user);
    const res = await client.get('/api/users/does-not-exist/login-profile');
    expect(res.status).toBe(403);
    expect(res.body.error.resource).toBe(`arn:aws:iam::${account.accountId}:user/does-not-exist`);
  });
});

describe('the same user with a policy allowing exactly that action', () => {
  it.each(ROUTES)('may call $route', async ({ action, resource, call, ok }) => {
    const res0 = resource();
    const user = await createTestUser(server, account.accountId, {
      inlinePolicies: {
        exact: allow(action, res0 === 'self' ? 'arn:aws:iam::*:user/${aws:username}' : res0),
      },
    });
    const client = await signInAsUser(server, account, user);
    const res = await call(client, user);
    expect(res.status, JSON.stringify(res.body)).toBe(ok);
    if (ok === 403) expect(res.body.error.message).toContain('GATEHOUSE_STANDALONE_ACCOUNTS');
  });
});
