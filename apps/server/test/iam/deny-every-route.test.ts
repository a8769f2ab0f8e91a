// Every route under /api, found by walking the router the app mounts (so a route added later
// is covered without editing this file), refuses an IAM user who has no policies with 403
// AccessDenied in AWS's words — except the few routes listed below, each with its reason.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ApiClient } from '../harness/api-client.js';
import {
  allow,
  createManagedPolicy,
  createTestUser,
  newRootSession,
  signInAsUser,
  type TestAccount,
  type TestUser,
} from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';
import {
  fillPath,
  hasBody,
  IDENTITY,
  QUERIES,
  registeredRoutes,
  sampleBody,
  TARGET,
  TRUST,
} from './route-table.js';

/** Routes a signed-in caller without policies may use, and why. */
const OPEN_ROUTES: Record<string, string> = {
  'GET /health': 'liveness probe for load balancers; reveals nothing',
  'GET /setup': 'first-run setup status, needed before any account exists',
  'POST /setup': 'first-run setup, guarded by the one-time token printed by the server',
  'GET /signin-info/:aliasOrId': 'the sign-in page resolves an alias before anyone is signed in',
  'POST /auth/signin/root': 'signing in',
  'POST /auth/signin/iam': 'signing in',
  'POST /auth/signout': 'ending one’s own session',
  'GET /auth/whoami': 'one’s own identity, like sts:GetCallerIdentity, which needs no permission',
  'POST /auth/signin/mfa': 'signing in (the MFA code step)',
  'POST /auth/switch-back': 'a switched console session returning to its own user, which needs no permission',
  'GET /catalog/index.json':
    'the AWS service catalog (public AWS documentation) for the policy editor and simulator; any signed-in principal, no IAM action',
  'GET /catalog/global-condition-keys.json':
    'the AWS service catalog (public AWS documentation) for the policy editor and simulator; any signed-in principal, no IAM action',
  'GET /catalog/services/:prefix':
    'the AWS service catalog (public AWS documentation) for the policy editor and simulator; any signed-in principal, no IAM action',
  'GET /catalog/:hash/index.json':
    'the AWS service catalog (public AWS documentation) for the policy editor and simulator; any signed-in principal, no IAM action',
  'GET /catalog/:hash/global-condition-keys.json':
    'the AWS service catalog (public AWS documentation) for the policy editor and simulator; any signed-in principal, no IAM action',
  'GET /catalog/:hash/services/:prefix':
    'the AWS service catalog (public AWS documentation) for the policy editor and simulator; any signed-in principal, no IAM action',
};

let server: TestServer;
let account: TestAccount;
let caller: TestUser;
let client: ApiClient;
let policyArn: string;

beforeAll(async () => {
  server = await startTestServer();
  let root: ApiClient;
  ({ account, root } = await newRootSession(server));
  policyArn = (await createManagedPolicy(server, account.accountId, 'target-policy', allow('s3:*'))).arn;
  // Real targets, so every route acts on something that exists.
  await root.post('/api/users', { userName: TARGET, tags: [{ key: 'team', value: 'web' }] });
  await root.put(`/api/users/${TARGET}/login-profile`, { password: 'Target-Password-1' });
  await root.put(`/api/users/${TARGET}/inline-policies/inline`, { document: IDENTITY });
  await root.post('/api/groups', { groupName: TARGET });
  await root.post(`/api/groups/${TARGET}/members`, { userName: TARGET });
  await root.put(`/api/groups/${TARGET}/inline-policies/inline`, { document: IDENTITY });
  await root.post('/api/roles', { roleName: TARGET, trustPolicy: TRUST });
  await root.put(`/api/roles/${TARGET}/inline-policies/inline`, { document: IDENTITY });
  for (const kind of ['users', 'groups', 'roles']) {
    await root.post(`/api/${kind}/${TARGET}/attached-policies`, { policyArn });
  }
  await root.post(`/api/policies/${encodeURIComponent(policyArn)}/versions`, { document: IDENTITY });
  caller = await createTestUser(server, account.accountId, { name: 'no-policies' });
  client = await signInAsUser(server, account, caller);
});
afterAll(() => server?.close());

it('refuses a user without policies on every /api route but the open ones', async () => {
  const routes = registeredRoutes();
  const keys = routes.map((r) => r.key);
  expect(routes.length).toBeGreaterThan(75);
  // The open list names real routes (it must not outlive them).
  for (const open of Object.keys(OPEN_ROUTES)) expect(keys).toContain(open);

  const checked: string[] = [];
  const failures: string[] = [];
  const probe = async (route: (typeof routes)[number]) => {
    const { key } = route;
    const sample = { accountId: account.accountId, policyArn };
    const url = `/api${fillPath(route.path, sample)}${QUERIES[key] ?? ''}`;
    const body = hasBody(route.method) ? sampleBody(key, sample) : undefined;
    const res = await client.request(route.method, url, body);
    const error = res.body?.error;
    const ok =
      res.status === 403 &&
      error?.code === 'AccessDenied' &&
      typeof error.action === 'string' &&
      typeof error.resource === 'string' &&
      error.message.startsWith(
        `User: ${caller.arn} is not authorized to perform: ${error.action} on resource: ${error.resource} `,
      );
    if (!ok) failures.push(`${key} → ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
    checked.push(key);
  };
  const guarded = routes.filter((r) => !OPEN_ROUTES[r.key]);
  // Four at a time: quicker, and within the test database's connection pool.
  for (let i = 0; i < guarded.length; i += 4) await Promise.all(guarded.slice(i, i + 4).map(probe));
  // A route listed here either authorises too little, or needs a sample request (route-table.ts)
  // so that validation passes, or is open on purpose (OPEN_ROUTES, with the reason).
  expect(failures).toEqual([]);

  // Each refusal is in the audit log; nothing the caller tried took effect.
  const denials = await server.deps.db.auditEvent.count({
    where: { accountId: account.accountId, principalArn: caller.arn, result: 'Denied' },
  });
  expect(denials).toBe(checked.length);
  const successes = await server.deps.db.auditEvent.count({
    where: {
      accountId: account.accountId,
      principalArn: caller.arn,
      result: 'Success',
      NOT: { action: 'signin:ConsoleLogin' },
    },
  });
  expect(successes).toBe(0);
});
