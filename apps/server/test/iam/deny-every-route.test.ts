// Every route under /api, found by walking the router the app mounts (so a route added later
// is covered without editing this file), refuses an IAM user who has no policies with 403
// AccessDenied in AWS's words — except the few routes listed below, each with its reason.
import { pino } from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { apiRouter } from '../../src/routes/api-router.js';
import type { ApiClient } from '../harness/api-client.js';
import {
  allow,
  createManagedPolicy,
  createTestUser,
  newRootSession,
  signInAsUser,
  TEST_PASSWORD,
  type TestAccount,
  type TestUser,
} from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';
import { policyText } from './iam-helpers.js';

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
};

interface RouteEntry {
  method: string;
  path: string;
}

function registeredRoutes(): RouteEntry[] {
  type Layer = { route?: { path: string; methods: Record<string, boolean> } };
  const router = apiRouter(pino({ level: 'silent' })) as unknown as { stack: Layer[] };
  return router.stack.flatMap((layer) =>
    layer.route
      ? Object.keys(layer.route.methods).map((m) => ({ method: m.toUpperCase(), path: layer.route!.path }))
      : [],
  );
}

let server: TestServer;
let account: TestAccount;
let caller: TestUser;
let client: ApiClient;
let policyArn: string;

const TARGET = 'target';
const trust = policyText({
  Effect: 'Allow',
  Principal: { Service: 'ec2.amazonaws.com' },
  Action: 'sts:AssumeRole',
});
const identity = policyText({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' });

beforeAll(async () => {
  server = await startTestServer();
  let root: ApiClient;
  ({ account, root } = await newRootSession(server));
  policyArn = (await createManagedPolicy(server, account.accountId, 'target-policy', allow('s3:*'))).arn;
  // Real targets, so every route acts on something that exists.
  await root.post('/api/users', { userName: TARGET, tags: [{ key: 'team', value: 'web' }] });
  await root.put(`/api/users/${TARGET}/login-profile`, { password: 'Target-Password-1' });
  await root.put(`/api/users/${TARGET}/inline-policies/inline`, { document: identity });
  await root.post('/api/groups', { groupName: TARGET });
  await root.post(`/api/groups/${TARGET}/members`, { userName: TARGET });
  await root.put(`/api/groups/${TARGET}/inline-policies/inline`, { document: identity });
  await root.post('/api/roles', { roleName: TARGET, trustPolicy: trust });
  await root.put(`/api/roles/${TARGET}/inline-policies/inline`, { document: identity });
  for (const kind of ['users', 'groups', 'roles']) {
    await root.post(`/api/${kind}/${TARGET}/attached-policies`, { policyArn });
  }
  await root.post(`/api/policies/${encodeURIComponent(policyArn)}/versions`, { document: identity });
  caller = await createTestUser(server, account.accountId, { name: 'no-policies' });
  client = await signInAsUser(server, account, caller);
});
afterAll(() => server?.close());

/** A value for each path parameter: existing entities. */
function fillPath(path: string): string {
  const arn = encodeURIComponent(policyArn);
  const values: Record<string, string> = {
    aliasOrId: account.accountId,
    name: TARGET,
    userName: TARGET,
    id: path.startsWith('/policies/') ? arn : TARGET,
    arn,
    policyArn: arn,
    policyName: 'inline',
    versionId: 'v2',
    accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
    serialNumber: encodeURIComponent(`arn:aws:iam::${account.accountId}:mfa/target`),
  };
  return path.replace(/:(\w+)/g, (_, param: string) => {
    const value = values[param];
    if (value === undefined)
      throw new Error(`no sample value for \`:${param}\` in ${path}: add one to fillPath`);
    return value;
  });
}

/** Valid requests, so that the refusal comes from authorisation rather than validation. */
const BODIES: Record<string, unknown> = {
  'POST /auth/change-password': { oldPassword: TEST_PASSWORD, newPassword: 'Another-Password-2' },
  'PUT /account/alias': { alias: 'no-policies-alias' },
  'POST /accounts': { email: 'new-root@example.com', password: 'Another-Password-2' },
  'PUT /users/:name/login-profile': { password: 'Another-Password-2' },
  'POST /users': { userName: 'created' },
  'PATCH /users/:name': { newPath: '/moved/' },
  'POST /groups': { groupName: 'created' },
  'PATCH /groups/:name': { newPath: '/moved/' },
  'POST /groups/:name/members': { userName: TARGET },
  'POST /roles': { roleName: 'created', trustPolicy: trust },
  'PATCH /roles/:name': { description: 'changed' },
  'PUT /roles/:name/trust-policy': { document: trust },
  'POST /policies': { policyName: 'created', document: identity },
  'POST /policies/:arn/versions': { document: identity },
  'PUT /policies/:arn/default-version': { versionId: 'v2' },
  'POST /users/:name/attached-policies': { policyArn: 'POLICY' },
  'POST /groups/:name/attached-policies': { policyArn: 'POLICY' },
  'POST /roles/:name/attached-policies': { policyArn: 'POLICY' },
  'PUT /users/:name/inline-policies/:policyName': { document: identity },
  'PUT /groups/:name/inline-policies/:policyName': { document: identity },
  'PUT /roles/:name/inline-policies/:policyName': { document: identity },
  'PUT /users/:name/permissions-boundary': { policyArn: 'POLICY' },
  'PUT /roles/:name/permissions-boundary': { policyArn: 'POLICY' },
  'POST /users/:id/tags': { tags: [{ key: 'team', value: 'ops' }] },
  'POST /roles/:id/tags': { tags: [{ key: 'team', value: 'ops' }] },
  'POST /policies/:id/tags': { tags: [{ key: 'team', value: 'ops' }] },
  ...credentialBodies(),
};

/** Credential routes exist on `/users/:name` and on `/self`. */
function credentialBodies(): Record<string, unknown> {
  const codes = { authenticationCode1: '123456', authenticationCode2: '654321' };
  const out: Record<string, unknown> = {};
  for (const owner of ['/users/:name', '/self']) {
    out[`PATCH ${owner}/access-keys/:accessKeyId`] = { status: 'Inactive' };
    out[`POST ${owner}/mfa-devices`] = { deviceName: 'target' };
    out[`POST ${owner}/mfa-devices/:serialNumber/enable`] = codes;
    out[`POST ${owner}/mfa-devices/:serialNumber/resync`] = codes;
  }
  return out;
}

const QUERIES: Record<string, string> = {
  'DELETE /users/:id/tags': '?keys=team',
  'DELETE /roles/:id/tags': '?keys=team',
  'DELETE /policies/:id/tags': '?keys=team',
};

it('refuses a user without policies on every /api route but the open ones', async () => {
  const routes = registeredRoutes();
  const keys = routes.map((r) => `${r.method} ${r.path}`);
  expect(routes.length).toBeGreaterThan(75);
  // The open list names real routes (it must not outlive them).
  for (const open of Object.keys(OPEN_ROUTES)) expect(keys).toContain(open);

  const checked: string[] = [];
  const failures: string[] = [];
  for (const route of routes) {
    const key = `${route.method} ${route.path}`;
    if (OPEN_ROUTES[key]) continue;
    const url = `/api${fillPath(route.path)}${QUERIES[key] ?? ''}`;
    const body = JSON.parse(
      JSON.stringify(BODIES[key] ?? {}).replaceAll('"POLICY"', JSON.stringify(policyArn)),
    );
    const res = await client.request(
      route.method,
      url,
      route.method === 'GET' || route.method === 'DELETE' ? undefined : body,
    );
    const error = res.body?.error;
    const ok =
      res.status === 403 &&
      error?.code === 'AccessDenied' &&
      typeof error.action === 'string' &&
      typeof error.resource === 'string' &&
      error.message.startsWith(
        `User: ${caller.arn} is not authorized to perform: ${error.action} on resource: ${error.resource} `,
      );
    if (!ok) failures.push(`${key} → ${res.status} ${JSON.stringify(res.body)}`);
    checked.push(key);
  }
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
