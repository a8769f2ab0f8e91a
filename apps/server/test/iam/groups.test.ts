// Groups: CRUD, membership (10 groups per user), list groups for a user, delete with
// DeleteConflict or force.
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
import { enc, expectDenied, expectError, expectStatus } from './iam-helpers.js';

let server: TestServer;
let account: TestAccount;
let root: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  ({ account, root } = await newRootSession(server));
});
afterAll(() => server?.close());

const names = (res: { body: { items: { groupName?: string; userName?: string }[] } }) =>
  res.body.items.map((i) => i.groupName ?? i.userName);

describe('groups', () => {
  it('creates, gets, lists, renames and moves a group', async () => {
    const created = await root.post('/api/groups', { groupName: 'Admins', path: '/ops/' });
    expectStatus(created, 201);
    expect(created.body).toMatchObject({
      groupName: 'Admins',
      path: '/ops/',
      arn: `arn:aws:iam::${account.accountId}:group/ops/Admins`,
    });
    expect(created.body.groupId).toMatch(/^AGPA[A-Z2-7]{17}$/);
    expect((await root.get('/api/groups/admins')).body).toEqual(created.body);
    await root.post('/api/groups', { groupName: 'readers' });
    const list = await root.get('/api/groups');
    expect(names(list)).toEqual(['Admins', 'readers']);
    expect(names(await root.get(`/api/groups?pathPrefix=${enc('/ops/')}`))).toEqual(['Admins']);
    expect(names(await root.get('/api/groups?search=EAD'))).toEqual(['readers']);
    const page = await root.get('/api/groups?limit=1');
    expect(names(page)).toEqual(['Admins']);
    expect(names(await root.get(`/api/groups?limit=1&cursor=${page.body.nextCursor}`))).toEqual(['readers']);

    const moved = await root.patch('/api/groups/admins', { newGroupName: 'Operators', newPath: '/' });
    expectStatus(moved, 200);
    expect(moved.body).toMatchObject({ groupName: 'Operators', groupId: created.body.groupId, path: '/' });
    expectError(
      await root.patch('/api/groups/operators', { newGroupName: 'READERS' }),
      409,
      'EntityAlreadyExists',
    );
  });

  it('refuses duplicates, bad names and missing groups with AWS codes', async () => {
    await root.post('/api/groups', { groupName: 'dup' });
    expectError(await root.post('/api/groups', { groupName: 'DUP' }), 409, 'EntityAlreadyExists');
    const bad = await root.post('/api/groups', { groupName: 'no/slash' });
    expectError(bad, 400, 'ValidationError');
    expect(bad.body.error.fieldErrors[0].path).toBe('groupName');
    expectStatus(await root.post('/api/groups', { groupName: 'g'.repeat(128) }), 201);
    expectError(await root.post('/api/groups', { groupName: 'g'.repeat(129) }), 400, 'ValidationError');
    expectError(await root.get('/api/groups/missing'), 404, 'NoSuchEntity', '`missing`');
    expectError(await root.delete('/api/groups/missing'), 404, 'NoSuchEntity');
  });
});

describe('group membership', () => {
  it('adds and removes members; adding twice is a no-op; listing both ways', async () => {
    await root.post('/api/groups', { groupName: 'team' });
    for (const userName of ['zoe', 'Adam', 'mia']) await root.post('/api/users', { userName });
    for (const userName of ['zoe', 'Adam', 'mia', 'ZOE']) {
      expectStatus(await root.post('/api/groups/team/members', { userName }), 204);
    }
    const members = await root.get('/api/groups/team/members?limit=2');
    expect(names(members)).toEqual(['Adam', 'mia']);
    expect(names(await root.get(`/api/groups/team/members?cursor=${members.body.nextCursor}`))).toEqual([
      'zoe',
    ]);
    expect(names(await root.get('/api/users/zoe/groups'))).toEqual(['team']);

    expectStatus(await root.delete('/api/groups/team/members/zoe'), 204);
    expect(names(await root.get('/api/users/zoe/groups'))).toEqual([]);
    expectError(await root.delete('/api/groups/team/members/zoe'), 404, 'NoSuchEntity', 'not a member');
    expectError(await root.post('/api/groups/team/members', { userName: 'nobody' }), 404, 'NoSuchEntity');
    expectError(await root.post('/api/groups/nogroup/members', { userName: 'zoe' }), 404, 'NoSuchEntity');
    expectError(await root.post('/api/groups/team/members', {}), 400, 'ValidationError');
  });

  it('puts a user in at most 10 groups (LimitExceeded)', async () => {
    await root.post('/api/users', { userName: 'joiner' });
    for (let i = 0; i < 11; i++) await root.post('/api/groups', { groupName: `club-${i}` });
    for (let i = 0; i < 10; i++)
      expectStatus(await root.post(`/api/groups/club-${i}/members`, { userName: 'joiner' }), 204);
    expectError(
      await root.post('/api/groups/club-10/members', { userName: 'joiner' }),
      409,
      'LimitExceeded',
      '10',
    );
    // Re-adding an existing membership is still fine at the quota.
    expectStatus(await root.post('/api/groups/club-3/members', { userName: 'joiner' }), 204);
    expect((await root.get('/api/users/joiner/groups')).body.items).toHaveLength(10);
  });

  it('authorises membership changes on the group ARN', async () => {
    await root.post('/api/groups', { groupName: 'gated', path: '/secure/' });
    await root.post('/api/users', { userName: 'candidate' });
    const user = await createTestUser(server, account.accountId, {
      inlinePolicies: { add: allow('iam:AddUserToGroup', `arn:aws:iam::${account.accountId}:group/open/*`) },
    });
    const client = await signInAsUser(server, account, user);
    expectDenied(
      await client.post('/api/groups/gated/members', { userName: 'candidate' }),
      'iam:AddUserToGroup',
      `arn:aws:iam::${account.accountId}:group/secure/gated`,
    );
    expect((await root.get('/api/groups/gated/members')).body.items).toEqual([]);
  });
});

describe('DELETE /api/groups/:name', () => {
  async function busyGroup(name: string) {
    const policy = await createManagedPolicy(server, account.accountId, `gp-${name}`, allow('s3:GetObject'));
    await root.post('/api/groups', { groupName: name });
    await root.post('/api/users', { userName: `m-${name}` });
    expectStatus(await root.post(`/api/groups/${name}/members`, { userName: `m-${name}` }), 204);
    expectStatus(await root.post(`/api/groups/${name}/attached-policies`, { policyArn: policy.arn }), 204);
    expectStatus(
      await root.put(`/api/groups/${name}/inline-policies/p`, { document: JSON.stringify(allow('s3:*')) }),
      201,
    );
  }

  it('keeps DeleteConflict while the group has members or policies', async () => {
    await busyGroup('keep');
    expectError(
      await root.delete('/api/groups/keep'),
      409,
      'DeleteConflict',
      '1 member',
      '1 attached policy',
      '1 inline policy',
    );
    expectStatus(await root.get('/api/groups/keep'), 200);
  });

  it('with force=true removes members and policies, then the group; the user stays', async () => {
    await busyGroup('gone');
    expectStatus(await root.delete('/api/groups/gone?force=true'), 204);
    expectError(await root.get('/api/groups/gone'), 404, 'NoSuchEntity');
    expectStatus(await root.get('/api/users/m-gone'), 200);
    expect((await root.get('/api/users/m-gone/groups')).body.items).toEqual([]);
  });

  it('with force=true needs each removal permission', async () => {
    await busyGroup('held');
    const user = await createTestUser(server, account.accountId, {
      inlinePolicies: {
        some: allow(['iam:DeleteGroup', 'iam:RemoveUserFromGroup', 'iam:DeleteGroupPolicy']),
      },
    });
    const client = await signInAsUser(server, account, user);
    expectDenied(
      await client.delete('/api/groups/held?force=true'),
      'iam:DetachGroupPolicy',
      `arn:aws:iam::${account.accountId}:group/held`,
    );
    expect((await root.get('/api/groups/held/members')).body.items).toHaveLength(1);
  });

  it('deletes an empty group', async () => {
    await root.post('/api/groups', { groupName: 'empty' });
    expectStatus(await root.delete('/api/groups/empty'), 204);
    expectError(await root.get('/api/groups/empty'), 404, 'NoSuchEntity');
  });
});
