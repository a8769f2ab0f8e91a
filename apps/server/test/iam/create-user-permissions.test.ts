// POST /api/users with groups and managed policies (the console's "Add user to group",
// "Attach policies directly" and "Copy permissions"): each authorised as AddUserToGroup and
// AttachUserPolicy are, all written with the user in one transaction, each with its audit event.
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
import { expectDenied, expectError, expectStatus } from './iam-helpers.js';

let server: TestServer;
let account: TestAccount;
let root: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  ({ account, root } = await newRootSession(server));
  for (const groupName of ['ops', 'devs']) expectStatus(await root.post('/api/groups', { groupName }), 201);
});
afterAll(() => server?.close());

const userArnOf = (name: string) => `arn:aws:iam::${account.accountId}:user/${name}`;
const groupArnOf = (name: string) => `arn:aws:iam::${account.accountId}:group/${name}`;

async function userRowCount(userName: string): Promise<number> {
  return server.deps.db.user.count({
    where: { accountId: account.accountId, nameLower: userName.toLowerCase() },
  });
}

describe('POST /api/users with groups, managed policies and a boundary', () => {
  it('creates the user in its groups with its policies and boundary, each change audited', async () => {
    const policy = await createManagedPolicy(server, account.accountId, 'copy-read', allow('s3:Get*'));
    const boundary = await createManagedPolicy(server, account.accountId, 'copy-limit', allow('s3:*'));
    const res = await root.post('/api/users', {
      userName: 'copied',
      groups: ['ops', 'DEVS'],
      managedPolicies: [policy.arn, 'arn:aws:iam::aws:policy/ReadOnlyAccess'],
      permissionsBoundary: boundary.arn,
    });
    expectStatus(res, 201);
    expect(res.body.permissionsBoundary).toMatchObject({ policyArn: boundary.arn });

    const groups = await root.get('/api/users/copied/groups');
    expect(groups.body.items.map((g: { groupName: string }) => g.groupName).sort()).toEqual(['devs', 'ops']);
    const attached = await root.get('/api/users/copied/attached-policies');
    expect(attached.body.items.map((p: { policyArn: string }) => p.policyArn).sort()).toEqual(
      [policy.arn, 'arn:aws:iam::aws:policy/ReadOnlyAccess'].sort(),
    );

    const events = await server.deps.db.auditEvent.findMany({
      where: {
        accountId: account.accountId,
        action: { in: ['iam:CreateUser', 'iam:AddUserToGroup', 'iam:AttachUserPolicy'] },
        resource: { in: [userArnOf('copied'), groupArnOf('ops'), groupArnOf('devs')] },
        result: 'Success',
      },
    });
    expect(events.map((e) => e.action).sort()).toEqual([
      'iam:AddUserToGroup',
      'iam:AddUserToGroup',
      'iam:AttachUserPolicy',
      'iam:AttachUserPolicy',
      'iam:CreateUser',
    ]);
  });

  it('refuses a caller who may create users but not add them to the group, and writes nothing', async () => {
    const caller = await createTestUser(server, account.accountId, {
      inlinePolicies: { create: allow(['iam:CreateUser', 'iam:AttachUserPolicy']) },
    });
    const client = await signInAsUser(server, account, caller);
    expectDenied(
      await client.post('/api/users', { userName: 'no-group', groups: ['ops'] }),
      'iam:AddUserToGroup',
      groupArnOf('ops'),
    );
    expect(await userRowCount('no-group')).toBe(0);
  });

  it('authorises each policy with iam:PolicyARN, as AttachUserPolicy does', async () => {
    const allowed = await createManagedPolicy(server, account.accountId, 'allowed', allow('s3:GetObject'));
    const other = await createManagedPolicy(server, account.accountId, 'other', allow('s3:PutObject'));
    const caller = await createTestUser(server, account.accountId, {
      inlinePolicies: {
        create: {
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Action: 'iam:CreateUser', Resource: '*' },
            {
              Effect: 'Allow',
              Action: 'iam:AttachUserPolicy',
              Resource: '*',
              Condition: { ArnEquals: { 'iam:PolicyARN': allowed.arn } },
            },
          ],
        },
      },
    });
    const client = await signInAsUser(server, account, caller);
    expectDenied(
      await client.post('/api/users', {
        userName: 'two-policies',
        managedPolicies: [allowed.arn, other.arn],
      }),
      'iam:AttachUserPolicy',
      userArnOf('two-policies'),
    );
    expect(await userRowCount('two-policies')).toBe(0);
    expectStatus(
      await client.post('/api/users', { userName: 'one-policy', managedPolicies: [allowed.arn] }),
      201,
    );
  });

  it('answers NoSuchEntity for a missing group or policy and leaves no user behind', async () => {
    expectError(
      await root.post('/api/users', { userName: 'ghostly', groups: ['ops', 'nope'] }),
      404,
      'NoSuchEntity',
      '`nope`',
    );
    expectError(
      await root.post('/api/users', {
        userName: 'ghostly',
        managedPolicies: [`arn:aws:iam::${account.accountId}:policy/missing`],
      }),
      404,
      'NoSuchEntity',
    );
    expect(await userRowCount('ghostly')).toBe(0);
  });

  it('applies the quota of 10 groups per user from the start', async () => {
    const names = Array.from({ length: 11 }, (_, i) => `quota-${i}`);
    for (const groupName of names) expectStatus(await root.post('/api/groups', { groupName }), 201);
    expectError(await root.post('/api/users', { userName: 'too-many', groups: names }), 409, 'LimitExceeded');
    expect(await userRowCount('too-many')).toBe(0);
  });

  it('refuses a malformed group name or policy ARN with a field error', async () => {
    const res = await root.post('/api/users', {
      userName: 'bad-input',
      groups: ['no spaces'],
      managedPolicies: ['x'],
    });
    expect(res.status).toBe(400);
    expect(await userRowCount('bad-input')).toBe(0);
  });
});
