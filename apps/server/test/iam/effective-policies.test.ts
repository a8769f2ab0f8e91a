// Effective policies: every policy that applies to a user or role, with where it comes from.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../harness/api-client.js';
import {
  allow,
  createManagedPolicy,
  createTestUser,
  newRootSession,
  signInAsUser,
  type TestAccount,
} from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';
import { expectDenied, expectError, expectStatus, policyText } from './iam-helpers.js';

let server: TestServer;
let account: TestAccount;
let root: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  ({ account, root } = await newRootSession(server));
});
afterAll(() => server?.close());

interface Item {
  policyName: string;
  label: string;
  category: string;
  source: { kind: string; groupName?: string };
  policyArn?: string;
  versionId?: string;
  document: string;
}

describe('GET /api/users/:name/effective-policies', () => {
  it('lists inline, attached, each group’s inline and attached, and the boundary, with their sources', async () => {
    const direct = await createManagedPolicy(server, account.accountId, 'Direct', allow('s3:GetObject'));
    const viaGroup = await createManagedPolicy(server, account.accountId, 'ViaGroup', allow('sqs:*'));
    const boundary = await createManagedPolicy(server, account.accountId, 'Cap', allow(['s3:*', 'sqs:*']));
    await root.post('/api/users', { userName: 'eff', permissionsBoundary: boundary.arn });
    await root.put('/api/users/eff/inline-policies/own', {
      document: JSON.stringify(allow('s3:ListBucket')),
    });
    await root.post('/api/users/eff/attached-policies', { policyArn: direct.arn });
    await root.post('/api/groups', { groupName: 'devs' });
    await root.post('/api/groups/devs/members', { userName: 'eff' });
    await root.put('/api/groups/devs/inline-policies/team', {
      document: JSON.stringify(allow('sns:Publish')),
    });
    await root.post('/api/groups/devs/attached-policies', { policyArn: viaGroup.arn });

    const res = await root.get('/api/users/eff/effective-policies');
    expectStatus(res, 200);
    expect(res.body.principalArn).toBe(`arn:aws:iam::${account.accountId}:user/eff`);
    const items = res.body.items as Item[];
    expect(items.map((i) => [i.source.kind, i.policyName, i.category])).toEqual([
      ['user-inline', 'own', 'identity'],
      ['user-managed', 'Direct', 'identity'],
      ['group-inline', 'team', 'identity'],
      ['group-managed', 'ViaGroup', 'identity'],
      ['permissions-boundary', 'Cap', 'boundary'],
    ]);
    expect(items[3]).toMatchObject({
      label: 'ViaGroup (via group devs)',
      policyArn: viaGroup.arn,
      versionId: 'v1',
    });
    expect(items[3]!.source.groupName).toBe('devs');
    expect(JSON.parse(items[2]!.document)).toEqual(allow('sns:Publish'));

    // A new default version is what applies from then on.
    const next = JSON.stringify(allow('sqs:SendMessage'));
    await root.post(`/api/policies/${encodeURIComponent(viaGroup.arn)}/versions`, {
      document: next,
      setAsDefault: true,
    });
    const after = (await root.get('/api/users/eff/effective-policies')).body.items as Item[];
    expect(after[3]).toMatchObject({ versionId: 'v2', document: next });
  });

  it('lists a role’s inline and attached policies and boundary', async () => {
    const attached = await createManagedPolicy(
      server,
      account.accountId,
      'RoleAttached',
      allow('ec2:Describe*'),
    );
    const trust = policyText({
      Effect: 'Allow',
      Principal: { Service: 'ec2.amazonaws.com' },
      Action: 'sts:AssumeRole',
    });
    await root.post('/api/roles', {
      roleName: 'eff-role',
      trustPolicy: trust,
      permissionsBoundary: attached.arn,
    });
    await root.put('/api/roles/eff-role/inline-policies/inline', {
      document: JSON.stringify(allow('logs:*')),
    });
    await root.post('/api/roles/eff-role/attached-policies', { policyArn: attached.arn });
    const res = await root.get('/api/roles/eff-role/effective-policies');
    expectStatus(res, 200);
    expect((res.body.items as Item[]).map((i) => [i.source.kind, i.policyName])).toEqual([
      ['role-inline', 'inline'],
      ['role-managed', 'RoleAttached'],
      ['permissions-boundary', 'RoleAttached'],
    ]);
    expectError(await root.get('/api/roles/ghost/effective-policies'), 404, 'NoSuchEntity');
  });

  it('needs the reads the console would make: GetUser, the List* actions, and each policy text', async () => {
    const lists = await createTestUser(server, account.accountId, {
      inlinePolicies: { r: allow(['iam:GetUser', 'iam:List*', 'iam:GetUserPolicy', 'iam:GetGroupPolicy']) },
    });
    const client = await signInAsUser(server, account, lists);
    // The first managed policy whose text it may not read: the user's attached `Direct`.
    expectDenied(
      await client.get('/api/users/eff/effective-policies'),
      'iam:GetPolicyVersion',
      `arn:aws:iam::${account.accountId}:policy/Direct`,
    );
    const getOnly = await createTestUser(server, account.accountId, {
      inlinePolicies: { r: allow('iam:GetUser') },
    });
    expectDenied(
      await (await signInAsUser(server, account, getOnly)).get('/api/users/eff/effective-policies'),
      'iam:ListUserPolicies',
      `arn:aws:iam::${account.accountId}:user/eff`,
    );
    const full = await createTestUser(server, account.accountId, {
      inlinePolicies: { r: allow(['iam:Get*', 'iam:List*']) },
    });
    const reader = await signInAsUser(server, account, full);
    const res = await reader.get('/api/users/eff/effective-policies');
    expectStatus(res, 200);
    expect(res.body.items).toHaveLength(5);
  });
});
