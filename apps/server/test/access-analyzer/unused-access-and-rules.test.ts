// Unused access (the clock moved past the window) and archive rules (applied to existing and
// new findings), through the console routes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../harness/api-client.js';
import { newRootSession, signInAsRoot, type TestAccount } from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';
import { analyzerFor } from '../../src/services/access-analyzer/analyzer-scheduler.js';
import { accessRecorder } from '../../src/services/last-accessed/access-recorder.js';
import { createTestUser, signInAsUser } from '../harness/fixtures.js';

let server: TestServer;
let account: TestAccount;
let root: ApiClient;
const DAY = 24 * 60 * 60;

beforeAll(async () => {
  server = await startTestServer();
  ({ account, root } = await newRootSession(server));
});
afterAll(() => server?.close());

type Finding = Record<string, unknown>;

/** Moves the clock; a console session does not outlive it, so root signs in again. */
async function advanceDays(days: number): Promise<void> {
  server.clock.advanceSeconds(days * DAY);
  root = await signInAsRoot(server, account);
}

async function findings(query = ''): Promise<Finding[]> {
  await root.get(`/api/access-analyzer/findings${query}`);
  await analyzerFor(server.deps).idle(account.accountId);
  const res = await root.get(`/api/access-analyzer/findings${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.findings;
}

const trust = (principal: object) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole' }],
  });

describe('unused access', () => {
  it('reports an access key unused for 91 days, not at 89, and resolves it when the window grows', async () => {
    expect((await root.post('/api/users', { userName: 'idle-dev' })).status).toBe(201);
    const key = await root.post('/api/users/idle-dev/access-keys');
    expect(key.status, JSON.stringify(key.body)).toBe(201);
    const keyId = key.body.accessKeyId as string;
    const ofKey = (list: Finding[]) => list.filter((f) => f.accessKeyId === keyId);

    await advanceDays(89);
    expect(ofKey(await findings())).toEqual([]);

    await advanceDays(2);
    const [finding, ...more] = ofKey(await findings('?category=unused'));
    expect(more).toEqual([]);
    expect(finding).toMatchObject({
      findingType: 'UnusedIAMUserAccessKey',
      resource: `arn:aws:iam::${account.accountId}:user/idle-dev`,
      resourceType: 'AWS::IAM::User',
      status: 'ACTIVE',
      accessKeyId: keyId,
    });
    expect(finding!.lastAccessed).toBeUndefined();
    // External findings are another category.
    expect(ofKey(await findings('?category=external'))).toEqual([]);

    const counts = await root.get('/api/access-analyzer/findings/counts');
    expect(counts.body.active.unused).toBeGreaterThanOrEqual(1);

    const widened = await root.put('/api/access-analyzer/analyzer', { unusedAccessAge: 120 });
    expect(widened.status, JSON.stringify(widened.body)).toBe(200);
    expect(widened.body.unusedAccessAge).toBe(120);
    await analyzerFor(server.deps).idle(account.accountId);
    expect(ofKey(await findings()).map((f) => f.status)).toEqual(['RESOLVED']);
    const bad = await root.put('/api/access-analyzer/analyzer', { unusedAccessAge: 366 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('ValidationException');
    await root.put('/api/access-analyzer/analyzer', { unusedAccessAge: 90 });
    await analyzerFor(server.deps).idle(account.accountId);
  });

  it('reports a console password unused past the window, and not once it signs in', async () => {
    const user = await createTestUser(server, account.accountId, { name: 'rare-visitor' });
    await advanceDays(91);
    const ofUser = (list: Finding[]) =>
      list.filter((f) => f.resource === user.arn && f.findingType === 'UnusedIAMUserPassword');
    expect(await findings().then(ofUser)).toMatchObject([
      { status: 'ACTIVE', resourceType: 'AWS::IAM::User' },
    ]);
    await signInAsUser(server, account, user);
    expect((await findings().then(ofUser)).map((f) => f.status)).toEqual(['RESOLVED']);
  });

  it('reports roles unused past the window, and not once they are used', async () => {
    expect(
      (
        await root.post('/api/roles', {
          roleName: 'idle-role',
          trustPolicy: trust({ Service: 'ec2.amazonaws.com' }),
        })
      ).status,
    ).toBe(201);
    await advanceDays(91);
    const arn = `arn:aws:iam::${account.accountId}:role/idle-role`;
    const unused = (await findings()).filter((f) => f.resource === arn);
    expect(unused).toMatchObject([{ findingType: 'UnusedIAMRole', status: 'ACTIVE' }]);
    await server.deps.db.role.updateMany({
      where: { accountId: account.accountId, name: 'idle-role' },
      data: { lastUsedAt: server.clock.now() },
    });
    expect((await findings()).filter((f) => f.resource === arn).map((f) => f.status)).toEqual(['RESOLVED']);
  });
});

describe('unused permissions', () => {
  it('reports granted services and IAM actions not used in the window, from the last-accessed data', async () => {
    const user = await createTestUser(server, account.accountId, {
      name: 'narrow-user',
      inlinePolicies: {
        work: {
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Action: ['iam:ListUsers', 'iam:ListGroups'], Resource: '*' },
            { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' },
          ],
        },
      },
    });
    await advanceDays(91);
    const client = await signInAsUser(server, account, user);
    expect((await client.get('/api/users')).status).toBe(200);
    await accessRecorder(server.deps.db).flush();
    const [finding, ...more] = (await findings('?findingType=UnusedPermission')).filter(
      (f) => f.resource === user.arn,
    );
    expect(more).toEqual([]);
    expect(finding).toMatchObject({
      findingType: 'UnusedPermission',
      resourceType: 'AWS::IAM::User',
      status: 'ACTIVE',
    });
    expect(finding!.unusedServices).toEqual([
      { serviceNamespace: 'iam', actions: ['ListGroups'] },
      { serviceNamespace: 's3' },
    ]);
  });
});

describe('archive rules', () => {
  it('archives matching findings, existing and new, and leaves others active', async () => {
    await root.post('/api/roles', { roleName: 'vendor-a', trustPolicy: trust({ AWS: '444455556666' }) });
    await root.post('/api/roles', { roleName: 'vendor-b', trustPolicy: trust({ AWS: '777788889999' }) });
    const before = (await findings('?category=external')).filter((f) => f.status === 'ACTIVE');
    expect(before.map((f) => (f.principal as Record<string, string>).AWS).sort()).toEqual([
      '444455556666',
      '777788889999',
    ]);

    const rule = await root.post('/api/access-analyzer/archive-rules', {
      ruleName: 'trusted-vendor',
      filter: { 'principal.AWS': { eq: ['444455556666'] } },
    });
    expect(rule.status, JSON.stringify(rule.body)).toBe(201);
    expect(rule.body).toMatchObject({ rule: { ruleName: 'trusted-vendor' }, archived: 1 });

    // A new role trusting the same account: archived as soon as it is found.
    await root.post('/api/roles', { roleName: 'vendor-a2', trustPolicy: trust({ AWS: '444455556666' }) });
    const external = await findings('?category=external');
    const status = (role: string) =>
      external.find((f) => (f.resource as string).endsWith(`:role/${role}`))?.status;
    expect([status('vendor-a'), status('vendor-a2'), status('vendor-b')]).toEqual([
      'ARCHIVED',
      'ARCHIVED',
      'ACTIVE',
    ]);
    expect(
      (
        await findings(
          '?status=ARCHIVED&filter=' +
            encodeURIComponent(JSON.stringify({ 'principal.AWS': { eq: ['444455556666'] } })),
        )
      ).length,
    ).toBe(2);

    const listed = await root.get('/api/access-analyzer/archive-rules');
    expect(listed.body.archiveRules).toMatchObject([
      { ruleName: 'trusted-vendor', filter: { 'principal.AWS': { eq: ['444455556666'] } } },
    ]);

    const updated = await root.put('/api/access-analyzer/archive-rules/trusted-vendor', {
      filter: { resource: { contains: ['vendor-b'] } },
    });
    expect(updated.status, JSON.stringify(updated.body)).toBe(200);
    expect(updated.body.archived).toBe(1);
    expect((await root.delete('/api/access-analyzer/archive-rules/trusted-vendor')).status).toBe(204);
    expect((await root.get('/api/access-analyzer/archive-rules/trusted-vendor')).status).toBe(404);
    const audited = await server.deps.db.auditEvent.findMany({
      where: { accountId: account.accountId, action: { startsWith: 'access-analyzer:' }, result: 'Success' },
      select: { action: true },
    });
    expect(audited.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'access-analyzer:CreateArchiveRule',
        'access-analyzer:UpdateArchiveRule',
        'access-analyzer:DeleteArchiveRule',
      ]),
    );
  });

  it('refuses bad rules with AWS-style errors and changes nothing', async () => {
    const cases: [unknown, number, string][] = [
      [{ ruleName: '1bad', filter: { isPublic: { eq: ['true'] } } }, 400, 'ValidationException'],
      [{ ruleName: 'ok', filter: {} }, 400, 'ValidationException'],
      [{ ruleName: 'ok', filter: { colour: { eq: ['red'] } } }, 400, 'ValidationException'],
      [{ ruleName: 'ok', filter: { isPublic: {} } }, 400, 'ValidationException'],
      [{ ruleName: 'ok', filter: { isPublic: { eq: [] } } }, 400, 'ValidationException'],
      [{ ruleName: 'ok', filter: { isPublic: { like: ['x'] } } }, 400, 'ValidationException'],
    ];
    for (const [body, status, code] of cases) {
      const res = await root.post('/api/access-analyzer/archive-rules', body);
      expect(res.status, JSON.stringify(body)).toBe(status);
      expect(res.body.error.code).toBe(code);
    }
    expect(
      (
        await root.post('/api/access-analyzer/archive-rules', {
          ruleName: 'twice',
          filter: { isPublic: { eq: ['true'] } },
        })
      ).status,
    ).toBe(201);
    const again = await root.post('/api/access-analyzer/archive-rules', {
      ruleName: 'twice',
      filter: { isPublic: { eq: ['false'] } },
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('ConflictException');
    expect(
      (
        await root.put('/api/access-analyzer/archive-rules/missing', {
          filter: { isPublic: { eq: ['true'] } },
        })
      ).status,
    ).toBe(404);
    expect((await root.delete('/api/access-analyzer/archive-rules/missing')).status).toBe(404);
    const rules = await server.deps.db.accessAnalyzerArchiveRule.findMany({
      where: { accountId: account.accountId },
    });
    expect(rules.map((r) => r.ruleName)).toEqual(['twice']);
  });
});
