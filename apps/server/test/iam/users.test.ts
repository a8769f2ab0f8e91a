// Users: create, get, update (rename/move), delete (DeleteConflict and force), with AWS's
// name and path rules, tags, boundaries and error codes.
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

describe('POST /api/users', () => {
  it('creates a user with path, tags and boundary, and GET shows them', async () => {
    const boundary = await createManagedPolicy(server, account.accountId, 'dev-boundary', allow('s3:*'));
    const res = await root.post('/api/users', {
      userName: 'Alice.Smith@example',
      path: '/engineering/web/',
      tags: [
        { key: 'team', value: 'web' },
        { key: 'cost-center', value: '' },
      ],
      permissionsBoundary: boundary.arn,
    });
    expectStatus(res, 201);
    expect(res.body).toMatchObject({
      userName: 'Alice.Smith@example',
      path: '/engineering/web/',
      arn: `arn:aws:iam::${account.accountId}:user/engineering/web/Alice.Smith@example`,
      passwordLastUsed: null,
      permissionsBoundary: { policyArn: boundary.arn, type: 'PermissionsBoundaryPolicy' },
      tags: [
        { key: 'cost-center', value: '' },
        { key: 'team', value: 'web' },
      ],
    });
    expect(res.body.userId).toMatch(/^AIDA[A-Z2-7]{17}$/);

    const got = await root.get(`/api/users/${enc('alice.smith@EXAMPLE')}`);
    expectStatus(got, 200);
    expect(got.body).toEqual(res.body);
  });

  it('defaults the path to `/` and records the creation in the audit log', async () => {
    const res = await root.post('/api/users', { userName: 'plain' });
    expectStatus(res, 201);
    expect(res.body.path).toBe('/');
    expect(res.body.tags).toEqual([]);
    expect(res.body.permissionsBoundary).toBeNull();
    const events = await server.deps.db.auditEvent.findMany({
      where: { accountId: account.accountId, action: 'iam:CreateUser', resource: res.body.arn },
    });
    expect(events).toHaveLength(1);
    expect(events[0]!.result).toBe('Success');
  });

  it('refuses a name taken in any case with EntityAlreadyExists', async () => {
    expectStatus(await root.post('/api/users', { userName: 'Bob' }), 201);
    for (const userName of ['Bob', 'BOB', 'bob']) {
      expectError(
        await root.post('/api/users', { userName, path: '/other/' }),
        409,
        'EntityAlreadyExists',
        '`',
      );
    }
  });

  it.each([
    [{ userName: '' }, 'userName'],
    [{ userName: 'has space' }, 'userName'],
    [{ userName: 'x'.repeat(65) }, 'userName'],
    [{ userName: 'ok', path: 'app/' }, 'path'],
    [{ userName: 'ok', path: '/app' }, 'path'],
    [{ userName: 'ok', path: '/a//b/' }, 'path'],
    [{ userName: 'ok', path: `/${'p'.repeat(511)}/` }, 'path'],
    [{ userName: 'ok', tags: [{ key: 'aws:owner', value: 'x' }] }, 'tags.0.key'],
    [{ userName: 'ok', tags: [{ key: 'bad,key', value: 'x' }] }, 'tags.0.key'],
    [{ userName: 'ok', tags: [{ key: 'k', value: 'v'.repeat(257) }] }, 'tags.0.value'],
    [
      {
        userName: 'ok',
        tags: [
          { key: 'Team', value: 'a' },
          { key: 'team', value: 'b' },
        ],
      },
      'tags.1.key',
    ],
    [{ userName: 'ok', tags: Array.from({ length: 51 }, (_, i) => ({ key: `k${i}`, value: '' })) }, 'tags'],
    [{ userName: 'ok', permissionsBoundary: 'not-an-arn' }, 'permissionsBoundary'],
  ])('refuses %j with a field error on `%s`', async (body, field) => {
    const res = await root.post('/api/users', body);
    expectError(res, 400, 'ValidationError');
    expect(res.body.error.fieldErrors.map((e: { path: string }) => e.path)).toContain(field);
  });

  it('refuses a boundary that does not exist with NoSuchEntity, creating nothing', async () => {
    const missing = `arn:aws:iam::${account.accountId}:policy/nope`;
    expectError(
      await root.post('/api/users', { userName: 'bounded', permissionsBoundary: missing }),
      404,
      'NoSuchEntity',
    );
    expectError(await root.get('/api/users/bounded'), 404, 'NoSuchEntity');
  });

  it('authorises iam:CreateUser on the new ARN, with request tags and the boundary in the context', async () => {
    const boundary = await createManagedPolicy(server, account.accountId, 'allowed-boundary', allow('s3:*'));
    const user = await createTestUser(server, account.accountId, {
      inlinePolicies: {
        create: {
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Action: 'iam:CreateUser',
              Resource: `arn:aws:iam::${account.accountId}:user/app/*`,
              Condition: { StringEquals: { 'iam:PermissionsBoundary': boundary.arn } },
            },
            {
              Effect: 'Allow',
              Action: ['iam:CreateUser', 'iam:TagUser'],
              Resource: `arn:aws:iam::${account.accountId}:user/tagged/*`,
              Condition: { StringEquals: { 'aws:RequestTag/team': 'web' } },
            },
          ],
        },
      },
    });
    const client = await signInAsUser(server, account, user);
    expectStatus(
      await client.post('/api/users', { userName: 'b1', path: '/app/', permissionsBoundary: boundary.arn }),
      201,
    );
    expectDenied(
      await client.post('/api/users', { userName: 'b2', path: '/app/' }),
      'iam:CreateUser',
      `arn:aws:iam::${account.accountId}:user/app/b2`,
    );
    expectDenied(
      await client.post('/api/users', { userName: 'b3', path: '/other/', permissionsBoundary: boundary.arn }),
      'iam:CreateUser',
      `arn:aws:iam::${account.accountId}:user/other/b3`,
    );
    expectStatus(
      await client.post('/api/users', {
        userName: 't1',
        path: '/tagged/',
        tags: [{ key: 'team', value: 'web' }],
      }),
      201,
    );
    expectDenied(
      await client.post('/api/users', {
        userName: 't2',
        path: '/tagged/',
        tags: [{ key: 'team', value: 'ops' }],
      }),
      'iam:CreateUser',
      `arn:aws:iam::${account.accountId}:user/tagged/t2`,
    );
  });
});

describe('GET /api/users/:name', () => {
  it('answers NoSuchEntity for a missing user and ValidationError for an impossible name', async () => {
    expectError(await root.get('/api/users/ghost'), 404, 'NoSuchEntity', '`ghost`');
    expectError(await root.get(`/api/users/${enc('bad name')}`), 400, 'ValidationError');
  });

  it('refuses a caller without iam:GetUser whether or not the user exists', async () => {
    const user = await createTestUser(server, account.accountId);
    const client = await signInAsUser(server, account, user);
    const arn = (name: string) => `arn:aws:iam::${account.accountId}:user/${name}`;
    expectDenied(await client.get('/api/users/plain'), 'iam:GetUser', arn('plain'));
    expectDenied(await client.get('/api/users/ghost'), 'iam:GetUser', arn('ghost'));
  });
});

describe('PATCH /api/users/:name', () => {
  it('renames and moves a user, keeping its id', async () => {
    const created = (await root.post('/api/users', { userName: 'mover', path: '/a/' })).body;
    const res = await root.patch('/api/users/mover', { newUserName: 'Moved', newPath: '/b/c/' });
    expectStatus(res, 200);
    expect(res.body).toMatchObject({
      userName: 'Moved',
      path: '/b/c/',
      userId: created.userId,
      arn: `arn:aws:iam::${account.accountId}:user/b/c/Moved`,
    });
    expectError(await root.get('/api/users/mover'), 404, 'NoSuchEntity');
    expectStatus(await root.get('/api/users/moved'), 200);
  });

  it('refuses a taken name and an empty change', async () => {
    await root.post('/api/users', { userName: 'first' });
    await root.post('/api/users', { userName: 'second' });
    expectError(await root.patch('/api/users/first', { newUserName: 'SECOND' }), 409, 'EntityAlreadyExists');
    expectError(await root.patch('/api/users/first', {}), 400, 'ValidationError');
    expectError(await root.patch('/api/users/nobody', { newPath: '/x/' }), 404, 'NoSuchEntity');
  });

  it('needs iam:UpdateUser on both the current and the new ARN, as AWS does', async () => {
    await root.post('/api/users', { userName: 'Bob2', path: '/team/' });
    const user = await createTestUser(server, account.accountId, {
      inlinePolicies: { rename: allow('iam:UpdateUser', `arn:aws:iam::${account.accountId}:user/team/*`) },
    });
    const client = await signInAsUser(server, account, user);
    expectDenied(
      await client.patch('/api/users/Bob2', { newPath: '/elsewhere/' }),
      'iam:UpdateUser',
      `arn:aws:iam::${account.accountId}:user/elsewhere/Bob2`,
    );
    expectStatus(await root.get('/api/users/Bob2'), 200);
    const renamed = await client.patch('/api/users/Bob2', { newUserName: 'Robert' });
    expectStatus(renamed, 200);
    expect(renamed.body.arn).toBe(`arn:aws:iam::${account.accountId}:user/team/Robert`);
  });
});

describe('DELETE /api/users/:name', () => {
  async function userWithEverything(name: string) {
    const policy = await createManagedPolicy(server, account.accountId, `p-${name}`, allow('s3:GetObject'));
    expectStatus(await root.post('/api/users', { userName: name }), 201);
    expectStatus(await root.put(`/api/users/${name}/login-profile`, { password: 'Some-Password-42' }), 201);
    expectStatus(await root.post('/api/groups', { groupName: `g-${name}` }), 201);
    expectStatus(await root.post(`/api/groups/g-${name}/members`, { userName: name }), 204);
    expectStatus(await root.post(`/api/users/${name}/attached-policies`, { policyArn: policy.arn }), 204);
    expectStatus(
      await root.put(`/api/users/${name}/inline-policies/inline`, {
        document: JSON.stringify(allow('s3:ListBucket')),
      }),
      201,
    );
    return policy;
  }

  it('keeps DeleteConflict while the user has dependencies, naming them', async () => {
    await userWithEverything('busy');
    const res = await root.delete('/api/users/busy');
    expectError(
      res,
      409,
      'DeleteConflict',
      'login profile',
      '1 group membership',
      '1 attached policy',
      '1 inline policy',
    );
    expectStatus(await root.get('/api/users/busy'), 200);
  });

  it('deletes a user without dependencies (204), then answers NoSuchEntity', async () => {
    await root.post('/api/users', { userName: 'lonely' });
    expectStatus(await root.delete('/api/users/lonely'), 204);
    expectError(await root.get('/api/users/lonely'), 404, 'NoSuchEntity');
    expectError(await root.delete('/api/users/lonely'), 404, 'NoSuchEntity');
  });

  it('with force=true removes every dependency and the user in one transaction, auditing each removal', async () => {
    const policy = await userWithEverything('doomed');
    expectStatus(await root.delete('/api/users/doomed?force=true'), 204);
    expectError(await root.get('/api/users/doomed'), 404, 'NoSuchEntity');
    const members = await root.get('/api/groups/g-doomed/members');
    expect(members.body.items).toEqual([]);
    const entities = await root.get(`/api/policies/${enc(policy.arn)}/entities`);
    expect(entities.body.items).toEqual([]);
    const actions = (
      await server.deps.db.auditEvent.findMany({
        where: { accountId: account.accountId, details: { path: ['userName'], equals: 'doomed' } },
        orderBy: { id: 'asc' },
      })
    ).map((e) => e.action);
    expect(actions.slice(-5)).toEqual([
      'iam:DeleteLoginProfile',
      'iam:RemoveUserFromGroup',
      'iam:DetachUserPolicy',
      'iam:DeleteUserPolicy',
      'iam:DeleteUser',
    ]);
  });

  it('with force=true authorises each removal with its own action, and removes nothing when one is denied', async () => {
    await userWithEverything('guarded');
    const user = await createTestUser(server, account.accountId, {
      inlinePolicies: {
        almost: allow([
          'iam:DeleteUser',
          'iam:DeleteLoginProfile',
          'iam:DetachUserPolicy',
          'iam:DeleteUserPolicy',
        ]),
      },
    });
    const client = await signInAsUser(server, account, user);
    expectDenied(
      await client.delete('/api/users/guarded?force=true'),
      'iam:RemoveUserFromGroup',
      `arn:aws:iam::${account.accountId}:group/g-guarded`,
    );
    expectStatus(await root.get('/api/users/guarded/login-profile'), 200);
    expect((await root.get('/api/users/guarded/groups')).body.items).toHaveLength(1);
  });

  it('refuses force values other than true/false', async () => {
    expectError(await root.delete('/api/users/plain?force=yes'), 400, 'ValidationError');
  });
});
