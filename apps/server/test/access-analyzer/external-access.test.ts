// External access findings: trust policies decided by the evaluator for principals outside the
// zone of trust, with the conditions that limit them; resolved when the trust is narrowed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../harness/api-client.js';
import { createTestUser, newRootSession, signInAsUser, type TestAccount } from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';
import { analyzerFor } from '../../src/services/access-analyzer/analyzer-scheduler.js';
import { analyzeTrustPolicy } from '../../src/services/access-analyzer/external-access/analyze-trust-policy.js';
import { parsePolicy } from '@gatehouse/evaluator';

let server: TestServer;
let account: TestAccount;
let root: ApiClient;
const OTHER = '444455556666';

beforeAll(async () => {
  server = await startTestServer();
  ({ account, root } = await newRootSession(server));
});
afterAll(() => server?.close());

const trust = (...statements: object[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements });

/** Asks for the findings, waits for the background analysis the request started, asks again. */
async function findings(client: ApiClient = root, query = '') {
  await client.get(`/api/access-analyzer/findings${query}`);
  await analyzerFor(server.deps).idle(account.accountId);
  const res = await client.get(`/api/access-analyzer/findings${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.findings as Record<string, unknown>[];
}

const forRole = (list: Record<string, unknown>[], role: string) =>
  list.filter(
    (f) =>
      f.resource === `arn:aws:iam::${account.accountId}:role/${role}` && f.findingType === 'ExternalAccess',
  );

describe('external access through trust policies', () => {
  it('reports a role another account may assume, naming the principal and the condition, and resolves it when narrowed', async () => {
    const created = await root.post('/api/roles', {
      roleName: 'partner-role',
      trustPolicy: trust({
        Effect: 'Allow',
        Principal: { AWS: OTHER },
        Action: 'sts:AssumeRole',
        Condition: { StringEquals: { 'sts:ExternalId': 'partner-7731' } },
      }),
    });
    expect(created.status).toBe(201);
    const [finding, ...rest] = forRole(await findings(), 'partner-role');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      findingType: 'ExternalAccess',
      resourceType: 'AWS::IAM::Role',
      resourceOwnerAccount: account.accountId,
      status: 'ACTIVE',
      principal: { AWS: OTHER },
      action: ['sts:AssumeRole'],
      condition: { 'sts:ExternalId': 'partner-7731' },
      isPublic: false,
      statementIndex: 0,
    });
    expect(finding!.id).toMatch(/^[0-9a-f-]{36}$/);

    const detail = await root.get(`/api/access-analyzer/findings/${finding!.id as string}`);
    expect(detail.status).toBe(200);
    expect(detail.body.roleName).toBe('partner-role');
    expect(JSON.parse(detail.body.trustPolicy).Statement[0].Principal.AWS).toBe(OTHER);

    const narrowed = await root.put('/api/roles/partner-role/trust-policy', {
      document: trust({ Effect: 'Allow', Principal: { AWS: account.accountId }, Action: 'sts:AssumeRole' }),
    });
    expect(narrowed.status, JSON.stringify(narrowed.body)).toBe(200);
    const after = forRole(await findings(), 'partner-role');
    expect(after.map((f) => [f.id, f.status])).toEqual([[finding!.id, 'RESOLVED']]);
    const active = forRole(await findings(root, '?status=ACTIVE'), 'partner-role');
    expect(active).toEqual([]);
  });

  it('reports a trust to everyone as public, and one limited to an outside organization with its condition', async () => {
    await root.post('/api/roles', {
      roleName: 'open-role',
      trustPolicy: trust({
        Effect: 'Allow',
        Principal: { AWS: '*' },
        Action: ['sts:AssumeRole', 'sts:TagSession'],
      }),
    });
    await root.post('/api/roles', {
      roleName: 'org-role',
      trustPolicy: trust({
        Effect: 'Allow',
        Principal: '*',
        Action: 'sts:AssumeRole',
        Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } },
      }),
    });
    const list = await findings();
    expect(forRole(list, 'open-role')).toMatchObject([
      {
        principal: { AWS: '*' },
        isPublic: true,
        condition: {},
        action: ['sts:AssumeRole', 'sts:TagSession'],
      },
    ]);
    // The account is in no organization: its zone of trust is the account, so principals of
    // any organization are outside it, and the finding says which condition limits them.
    expect(forRole(list, 'org-role')).toMatchObject([
      { principal: { AWS: '*' }, isPublic: false, condition: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } },
    ]);
  });

  it('reports nothing for trusts inside the account, services, or conditions no outsider can meet', async () => {
    const quiet = [
      [
        'own-root',
        {
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${account.accountId}:root` },
          Action: 'sts:AssumeRole',
        },
      ],
      ['service', { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
      [
        'own-account-only',
        {
          Effect: 'Allow',
          Principal: { AWS: '*' },
          Action: 'sts:AssumeRole',
          Condition: { StringEquals: { 'aws:PrincipalAccount': account.accountId } },
        },
      ],
    ] as const;
    for (const [name, statement] of quiet) {
      const res = await root.post('/api/roles', { roleName: name, trustPolicy: trust(statement) });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
    }
    // A Deny for the outside account overrides the Allow: the evaluator decides, not the text.
    await root.post('/api/roles', {
      roleName: 'denied-outsider',
      trustPolicy: trust(
        { Effect: 'Allow', Principal: { AWS: OTHER }, Action: 'sts:AssumeRole' },
        { Effect: 'Deny', Principal: { AWS: OTHER }, Action: 'sts:AssumeRole' },
      ),
    });
    const list = await findings();
    for (const name of [...quiet.map(([n]) => n), 'denied-outsider'])
      expect(forRole(list, name), name).toEqual([]);
  });

  it('treats the organization as the zone of trust: `*` with the own aws:PrincipalOrgID raises none', () => {
    const zone = {
      accountId: '111122223333',
      organizationId: 'o-zone000001',
      accounts: new Set(['111122223333', '222233334444']),
    };
    const analyze = (statement: object) =>
      analyzeTrustPolicy(
        {
          roleArn: 'arn:aws:iam::111122223333:role/r',
          accountId: '111122223333',
          document: parsePolicy(trust(statement)).document!,
        },
        zone,
        '999999999999',
      );
    const star = { Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole' };
    expect(
      analyze({ ...star, Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-zone000001' } } }),
    ).toEqual([]);
    expect(
      analyze({ Effect: 'Allow', Principal: { AWS: '222233334444' }, Action: 'sts:AssumeRole' }),
    ).toEqual([]);
    expect(
      analyze({ ...star, Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-other00001' } } }),
    ).toMatchObject([{ details: { condition: { 'aws:PrincipalOrgID': 'o-other00001' }, isPublic: false } }]);
    expect(
      analyze({
        Effect: 'Allow',
        Principal: { Federated: 'cognito-identity.amazonaws.com' },
        Action: 'sts:AssumeRoleWithWebIdentity',
      }),
    ).toMatchObject([
      {
        details: {
          principal: { Federated: 'cognito-identity.amazonaws.com' },
          action: ['sts:AssumeRoleWithWebIdentity'],
        },
      },
    ]);
    // Conditions an outsider controls are met by some request, so they limit but do not prevent.
    expect(
      analyze({
        ...star,
        Condition: {
          IpAddress: { 'aws:SourceIp': '203.0.113.0/24' },
          Bool: { 'aws:MultiFactorAuthPresent': 'true' },
        },
      }),
    ).toMatchObject([
      {
        details: {
          condition: { 'aws:SourceIp': '203.0.113.0/24', 'aws:MultiFactorAuthPresent': 'true' },
          isPublic: true,
        },
      },
    ]);
  });
});

describe('the schedule', () => {
  it('analyses changed accounts on its own, with nobody looking', async () => {
    await root.post('/api/roles', {
      roleName: 'unseen',
      trustPolicy: trust({ Effect: 'Allow', Principal: { AWS: OTHER }, Action: 'sts:AssumeRole' }),
    });
    const arn = `arn:aws:iam::${account.accountId}:role/unseen`;
    expect(await server.deps.db.accessAnalyzerFinding.count({ where: { resource: arn } })).toBe(0);
    await analyzerFor(server.deps).pollOnce();
    const stored = await server.deps.db.accessAnalyzerFinding.findMany({ where: { resource: arn } });
    expect(stored.map((f) => [f.findingType, f.status])).toEqual([['ExternalAccess', 'ACTIVE']]);
    // Nothing changed since: the next poll analyses nothing.
    const before = (await server.deps.db.accessAnalyzerState.findUnique({
      where: { accountId: account.accountId },
    }))!.analyzedAt;
    server.clock.advanceSeconds(5);
    await analyzerFor(server.deps).pollOnce();
    const after = (await server.deps.db.accessAnalyzerState.findUnique({
      where: { accountId: account.accountId },
    }))!.analyzedAt;
    expect(after).toEqual(before);
  });
});

describe('who may read and change findings', () => {
  it('refuses a user without access-analyzer permissions, and allows one with them', async () => {
    const nobody = await createTestUser(server, account.accountId);
    const client = await signInAsUser(server, account, nobody);
    const res = await client.get('/api/access-analyzer/findings');
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('AccessDenied');
    expect(res.body.error.message).toContain('access-analyzer:ListFindings');
    const reader = await createTestUser(server, account.accountId, {
      inlinePolicies: {
        read: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: 'access-analyzer:List*', Resource: '*' }],
        },
      },
    });
    const readerClient = await signInAsUser(server, account, reader);
    expect((await readerClient.get('/api/access-analyzer/findings')).status).toBe(200);
    const update = await readerClient.post('/api/access-analyzer/findings/update', {
      ids: ['00000000-0000-4000-8000-000000000000'],
      status: 'ARCHIVED',
    });
    expect(update.status).toBe(403);
  });

  it('archives and reopens by hand, refuses resolved and unknown findings, audits the change', async () => {
    const list = await findings();
    const open = forRole(list, 'open-role')[0]!;
    const archived = await root.post('/api/access-analyzer/findings/update', {
      ids: [open.id],
      status: 'ARCHIVED',
    });
    expect(archived.status, JSON.stringify(archived.body)).toBe(204);
    expect((await root.get(`/api/access-analyzer/findings/${open.id as string}`)).body.finding.status).toBe(
      'ARCHIVED',
    );
    // A recompute keeps a finding archived by hand.
    await analyzerFor(server.deps).refreshIfStale(account.accountId);
    await root.post('/api/access-analyzer/analyzer/scan');
    await analyzerFor(server.deps).idle(account.accountId);
    expect((await root.get(`/api/access-analyzer/findings/${open.id as string}`)).body.finding.status).toBe(
      'ARCHIVED',
    );
    await root.post('/api/access-analyzer/findings/update', { ids: [open.id], status: 'ACTIVE' });
    expect((await root.get(`/api/access-analyzer/findings/${open.id as string}`)).body.finding.status).toBe(
      'ACTIVE',
    );

    const resolved = forRole(list, 'partner-role')[0]!;
    const bad = await root.post('/api/access-analyzer/findings/update', {
      ids: [resolved.id],
      status: 'ARCHIVED',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('ValidationException');
    const unknown = await root.post('/api/access-analyzer/findings/update', {
      ids: ['00000000-0000-4000-8000-000000000000'],
      status: 'ARCHIVED',
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('ResourceNotFoundException');
    expect((await root.get('/api/access-analyzer/findings/not-a-uuid')).status).toBe(404);
    const badStatus = await root.post('/api/access-analyzer/findings/update', {
      ids: [open.id],
      status: 'RESOLVED',
    });
    expect(badStatus.status).toBe(400);
    const events = await server.deps.db.auditEvent.findMany({
      where: { accountId: account.accountId, action: 'access-analyzer:UpdateFindings', result: 'Success' },
    });
    expect(events.length).toBe(2);
  });

  it('refuses bad list parameters with a validation error', async () => {
    for (const q of [
      '?status=OPEN',
      '?limit=5000',
      '?filter=%7Bnope',
      '?filter=%7B%22colour%22%3A%7B%22eq%22%3A%5B%22x%22%5D%7D%7D',
      '?nextToken=abc',
    ]) {
      const res = await root.get(`/api/access-analyzer/findings${q}`);
      expect(res.status, q).toBe(400);
      expect(res.body.error.code, q).toBe('ValidationException');
    }
  });
});
