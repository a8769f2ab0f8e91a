// The console's Last Accessed tab (GET /api/last-accessed): the report for a user and a role
// session's role, with the policies granting each service, the session and the person behind
// it; what is never noted (root, denials, deleted users); errors and denial.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessRecorder } from '../../src/services/last-accessed/access-recorder.js';
import type { ApiClient } from '../harness/api-client.js';
import {
  allow,
  createTestUser,
  newRootSession,
  signInAsUser,
  type TestAccount,
  type TestUser,
} from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';

let server: TestServer;
let account: TestAccount;
let root: ApiClient;
let carol: TestUser;
let carolSession: ApiClient;
let opsGroup: string;

const report = (client: ApiClient, arn: string) =>
  client.get(`/api/last-accessed?arn=${encodeURIComponent(arn)}`);

beforeAll(async () => {
  server = await startTestServer();
  ({ account, root } = await newRootSession(server));
  carol = await createTestUser(server, account.accountId, {
    name: 'carol',
    inlinePolicies: { 'users-read': allow(['iam:GetUser', 'iam:ListUsers']) },
    managedPolicies: { 'ec2-read': allow('ec2:Describe*') },
    groups: { ops: { inlinePolicies: { 'iam-more': allow(['iam:ListRoles', 'sts:GetCallerIdentity']) } } },
  });
  carolSession = await signInAsUser(server, account, carol);
  opsGroup = (
    await server.deps.db.group.findFirstOrThrow({
      where: { accountId: account.accountId, name: { startsWith: 'ops-' } },
    })
  ).name;
});

afterAll(() => server.close());

describe('GET /api/last-accessed', () => {
  it('lists the services the policies allow, which policies allow each, and what was used', async () => {
    expect((await carolSession.get('/api/users')).status).toBe(200);
    // A denied call is not an access.
    expect((await carolSession.post('/api/users', { userName: 'nope' })).status).toBe(403);
    const res = await report(root, carol.arn);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ arn: carol.arn, entityType: 'user', trackingPeriodDays: 400 });
    const byNs = Object.fromEntries(
      res.body.services.map((s: { serviceNamespace: string }) => [s.serviceNamespace, s]),
    );
    expect(Object.keys(byNs).sort()).toEqual(['ec2', 'iam', 'sts']);
    expect(byNs.iam.lastAuthenticatedEntity).toBe(carol.arn);
    expect(byNs.iam.lastAuthenticated).toBe(server.clock.now().toISOString());
    expect(byNs.iam.policies.map((p: { name: string; via: string | null }) => [p.name, p.via])).toEqual([
      ['users-read', null],
      ['iam-more', opsGroup],
    ]);
    expect(byNs.ec2.lastAuthenticated).toBeNull();
    expect(byNs.ec2.policies[0].type).toBe('managed');
    const actions = Object.fromEntries(
      byNs.iam.trackedActions.map((a: { actionName: string }) => [a.actionName, a]),
    );
    expect(Object.keys(actions).sort()).toEqual(['GetUser', 'ListRoles', 'ListUsers']);
    expect(actions.ListUsers.lastAccessedEntity).toBe(carol.arn);
    expect(actions.CreateUser).toBeUndefined();
    expect(actions.GetUser.lastAccessedTime).toBeNull();
  });

  it('keeps the newest use and does not write per request (notes wait in memory for the flush)', async () => {
    server.clock.advance(5000);
    const recorder = accessRecorder(server.deps.db);
    await recorder.flush();
    await carolSession.get('/api/users');
    expect(recorder.size).toBeGreaterThan(0);
    const rows = await server.deps.db.serviceLastAccess.findMany({
      where: { entityId: carol.userId, service: 'iam', action: '' },
    });
    expect(rows[0]!.lastAccessed.getTime()).toBeLessThan(server.clock.now().getTime());
    const res = await report(root, carol.arn);
    const iam = res.body.services.find((s: { serviceNamespace: string }) => s.serviceNamespace === 'iam');
    expect(iam.lastAuthenticated).toBe(server.clock.now().toISOString());
  });

  it("never notes the root user, and drops a deleted user's notes", async () => {
    const temp = await createTestUser(server, account.accountId, {
      inlinePolicies: { r: allow('iam:ListUsers') },
    });
    const tempSession = await signInAsUser(server, account, temp);
    await tempSession.get('/api/users');
    await root.get('/api/users');
    await server.deps.db.user.delete({ where: { id: temp.userId } });
    await accessRecorder(server.deps.db).flush();
    expect(await server.deps.db.serviceLastAccess.count({ where: { entityId: temp.userId } })).toBe(0);
    expect(
      await server.deps.db.serviceLastAccess.count({
        where: { accountId: account.accountId, userId: null, roleId: null },
      }),
    ).toBe(0);
  });

  it("answers for a policy and a group by their entities' use", async () => {
    const group = await report(root, `arn:aws:iam::${account.accountId}:group/${opsGroup}`);
    expect(group.status).toBe(200);
    const iam = group.body.services.find((s: { serviceNamespace: string }) => s.serviceNamespace === 'iam');
    expect(iam.totalAuthenticatedEntities).toBe(1);
    expect(iam.entities.map((e: { name: string }) => e.name)).toEqual(['carol']);
    const aws = await report(root, 'arn:aws:iam::aws:policy/ReadOnlyAccess');
    expect(aws.status).toBe(200);
    expect(aws.body.services.length).toBeGreaterThan(100);
    expect(
      aws.body.services.every((s: { lastAuthenticated: string | null }) => s.lastAuthenticated === null),
    ).toBe(true);
  });

  it('refuses a malformed ARN, an unknown entity, and a caller without permission', async () => {
    const bad = await report(root, 'arn:aws:s3:::a-bucket-of-mine');
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('InvalidInput');
    const missing = await report(root, `arn:aws:iam::${account.accountId}:role/ghost`);
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('NoSuchEntity');
    const denied = await report(carolSession, carol.arn);
    expect(denied.status).toBe(403);
    expect(denied.body.error.message).toContain('iam:GenerateServiceLastAccessedDetails');
    expect((await root.get('/api/last-accessed')).status).toBe(400);
  });
});
