// Every route under /api, read from the router the app mounts, and a valid request for each:
// the deny-every-route and bad-input tests walk this table, so a new route is covered without
// editing them (a new path parameter or body needs a sample here).
import { pino } from 'pino';
import { apiRouter } from '../../src/routes/api-router.js';
import { TEST_PASSWORD } from '../harness/fixtures.js';
import { policyText } from './iam-helpers.js';

export interface RouteEntry {
  method: string;
  path: string;
  /** `METHOD /path` as registered, e.g. `GET /users/:name`. */
  key: string;
}

export function registeredRoutes(): RouteEntry[] {
  type Layer = { route?: { path: string; methods: Record<string, boolean> } };
  const router = apiRouter(pino({ level: 'silent' })) as unknown as { stack: Layer[] };
  return router.stack.flatMap((layer) =>
    layer.route
      ? Object.keys(layer.route.methods).map((m) => {
          const method = m.toUpperCase();
          return { method, path: layer.route!.path, key: `${method} ${layer.route!.path}` };
        })
      : [],
  );
}

export const TARGET = 'target';
export const TRUST = policyText({
  Effect: 'Allow',
  Principal: { Service: 'ec2.amazonaws.com' },
  Action: 'sts:AssumeRole',
});
export const IDENTITY = policyText({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' });

export interface SampleContext {
  accountId: string;
  policyArn: string;
}

/** The value of each path parameter: existing entities (see the tests' setup). */
export function sampleParams(path: string, ctx: SampleContext): Record<string, string> {
  const arn = encodeURIComponent(ctx.policyArn);
  return {
    aliasOrId: ctx.accountId,
    name: TARGET,
    userName: TARGET,
    id: path.startsWith('/policies/')
      ? arn
      : (ORGANIZATION_IDS.find(([prefix]) => path.startsWith(prefix))?.[1] ?? TARGET),
    accountId: '111111111111',
    rootId: 'r-abcd',
    arn,
    policyArn: arn,
    policyName: 'inline',
    versionId: 'v2',
    accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
    serialNumber: encodeURIComponent(`arn:aws:iam::${ctx.accountId}:mfa/target`),
    prefix: 's3.json',
    hash: 'sample-hash',
  };
}

/** Organizations' `:id`s, by the path they appear in (well-formed ids of nothing). */
const ORGANIZATION_IDS: [string, string][] = [
  ['/organization/organizational-units/', 'ou-abcd-abcdefgh'],
  ['/organization/policies/', 'p-abcdefgh'],
  ['/organization/handshakes/', 'h-abcdefghij'],
];

/** `path` with its parameters filled in; `override` replaces one parameter's value. */
export function fillPath(
  path: string,
  ctx: SampleContext,
  override?: { param: string; value: string },
): string {
  const values = sampleParams(path, ctx);
  return path.replace(/:(\w+)/g, (_, param: string) => {
    if (override?.param === param) return override.value;
    const value = values[param];
    if (value === undefined)
      throw new Error(`no sample value for \`:${param}\` in ${path}: add one to route-table.ts`);
    return value;
  });
}

export function pathParams(path: string): string[] {
  return [...path.matchAll(/:(\w+)/g)].map((m) => m[1]!);
}

/** Valid bodies, so that what a test provokes is not a validation error. `POLICY` is replaced by the policy ARN. */
export const BODIES: Record<string, Record<string, unknown>> = {
  'POST /auth/change-password': { oldPassword: TEST_PASSWORD, newPassword: 'Another-Password-2' },
  'PUT /account/alias': { alias: 'sample-alias' },
  'POST /auth/switch-role': { account: '123456789012', roleName: TARGET },
  'POST /accounts': { email: 'new-root@example.com', password: 'Another-Password-2' },
  'PUT /users/:name/login-profile': { password: 'Another-Password-2' },
  'POST /users': { userName: 'created' },
  'PATCH /users/:name': { newPath: '/moved/' },
  'POST /groups': { groupName: 'created' },
  'PATCH /groups/:name': { newPath: '/moved/' },
  'POST /groups/:name/members': { userName: TARGET },
  'POST /roles': { roleName: 'created', trustPolicy: TRUST },
  'PATCH /roles/:name': { description: 'changed' },
  'PUT /roles/:name/trust-policy': { document: TRUST },
  'POST /policies': { policyName: 'created', document: IDENTITY },
  'POST /policies/:arn/versions': { document: IDENTITY },
  'PUT /policies/:arn/default-version': { versionId: 'v2' },
  'POST /users/:name/attached-policies': { policyArn: 'POLICY' },
  'POST /access-analyzer/findings/update': {
    ids: ['00000000-0000-4000-8000-000000000000'],
    status: 'ARCHIVED',
  },
  'PUT /access-analyzer/analyzer': { unusedAccessAge: 30 },
  'POST /access-analyzer/archive-rules': { ruleName: 'sample', filter: { isPublic: { eq: ['true'] } } },
  'PUT /access-analyzer/archive-rules/:name': { filter: { isPublic: { eq: ['true'] } } },
  'POST /access-analyzer/policy-generation': {
    principalType: 'user',
    name: TARGET,
    startTime: '2026-01-01T00:00:00Z',
    endTime: '2026-01-02T00:00:00Z',
  },
  'POST /groups/:name/attached-policies': { policyArn: 'POLICY' },
  'POST /roles/:name/attached-policies': { policyArn: 'POLICY' },
  'PUT /users/:name/inline-policies/:policyName': { document: IDENTITY },
  'PUT /groups/:name/inline-policies/:policyName': { document: IDENTITY },
  'PUT /roles/:name/inline-policies/:policyName': { document: IDENTITY },
  'PUT /users/:name/permissions-boundary': { policyArn: 'POLICY' },
  'PUT /roles/:name/permissions-boundary': { policyArn: 'POLICY' },
  'POST /users/:id/tags': { tags: [{ key: 'team', value: 'ops' }] },
  'POST /roles/:id/tags': { tags: [{ key: 'team', value: 'ops' }] },
  'POST /policies/:id/tags': { tags: [{ key: 'team', value: 'ops' }] },
  'POST /organization/organizational-units': { parentId: 'r-abcd', name: 'created' },
  'PUT /organization/organizational-units/:id': { name: 'renamed' },
  'POST /organization/accounts': { accountName: 'created', email: 'created@example.com' },
  'POST /organization/accounts/:accountId/move': { destinationParentId: 'r-abcd' },
  'POST /organization/handshakes': { targetAccountId: '111111111111' },
  'POST /organization/policies': { name: 'created', content: IDENTITY },
  'PUT /organization/policies/:id': { description: 'changed' },
  'POST /organization/policies/:id/attach': { targetId: 'r-abcd' },
  'POST /organization/policies/:id/detach': { targetId: 'r-abcd' },
  'POST /organization/roots/:rootId/policy-types': { policyType: 'SERVICE_CONTROL_POLICY' },
  'POST /simulator/principal-policy': { userName: TARGET, actions: ['s3:GetObject'] },
  'POST /simulator/custom-policy': { policies: [IDENTITY], actions: ['s3:GetObject'] },
  'PUT /event-retention': { retentionDays: 30 },
  ...credentialBodies(),
};

/** Credential routes exist on `/users/:name` and on `/self`. */
function credentialBodies(): Record<string, Record<string, unknown>> {
  const codes = { authenticationCode1: '123456', authenticationCode2: '654321' };
  const out: Record<string, Record<string, unknown>> = {};
  for (const owner of ['/users/:name', '/self']) {
    out[`PATCH ${owner}/access-keys/:accessKeyId`] = { status: 'Inactive' };
    out[`POST ${owner}/mfa-devices`] = { deviceName: 'target' };
    out[`POST ${owner}/mfa-devices/:serialNumber/enable`] = codes;
    out[`POST ${owner}/mfa-devices/:serialNumber/resync`] = codes;
  }
  return out;
}

export function sampleBody(key: string, ctx: SampleContext): Record<string, unknown> {
  return JSON.parse(JSON.stringify(BODIES[key] ?? {}).replaceAll('"POLICY"', JSON.stringify(ctx.policyArn)));
}

export const QUERIES: Record<string, string> = {
  'DELETE /users/:id/tags': '?keys=team',
  'DELETE /roles/:id/tags': '?keys=team',
  'DELETE /policies/:id/tags': '?keys=team',
  'GET /events/export': '?format=csv',
  'GET /last-accessed': `?arn=${encodeURIComponent('arn:aws:iam::111111111111:user/target')}`,
  'DELETE /organization/roots/:rootId/policy-types': '?policyType=SERVICE_CONTROL_POLICY',
};

export const hasBody = (method: string) => method !== 'GET' && method !== 'DELETE';
