// Tags on users, roles and policies: tag (overwrite, 50 at most), untag, list, and the tag
// condition keys (aws:RequestTag, aws:TagKeys, aws:ResourceTag, aws:PrincipalTag).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../harness/api-client.js';
import { createTestUser, newRootSession, signInAsUser, type TestAccount } from '../harness/fixtures.js';
import { nameKey } from '../../src/db/name-key.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';
import { enc, expectDenied, expectError, expectStatus, policyText } from './iam-helpers.js';

let server: TestServer;
let account: TestAccount;
let root: ApiClient;
let policyArn: string;

beforeAll(async () => {
  server = await startTestServer();
  ({ account, root } = await newRootSession(server));
  await root.post('/api/users', { userName: 'tagged-user' });
  await root.post('/api/roles', {
    roleName: 'tagged-role',
    trustPolicy: policyText({
      Effect: 'Allow',
      Principal: { Service: 'ec2.amazonaws.com' },
      Action: 'sts:AssumeRole',
    }),
  });
  policyArn = (
    await root.post('/api/policies', {
      policyName: 'tagged-policy',
      document: policyText({ Effect: 'Allow', Action: 's3:*', Resource: '*' }),
    })
  ).body.arn;
});
afterAll(() => server?.close());

describe.each([
  ['users', () => 'tagged-user'],
  ['roles', () => 'tagged-role'],
  ['policies', () => enc(policyArn)],
])('/api/%s/:id/tags', (segment, id) => {
  const base = () => `/api/${segment}/${id()}/tags`;

  it('adds tags, overwrites a key given in another case, lists them by key, removes some', async () => {
    const res = await root.post(base(), {
      tags: [
        { key: 'Team', value: 'web' },
        { key: 'env', value: 'prod' },
      ],
    });
    expectStatus(res, 200);
    expect(res.body.items).toEqual([
      { key: 'env', value: 'prod' },
      { key: 'Team', value: 'web' },
    ]);
    await root.post(base(), { tags: [{ key: 'team', value: 'ops' }] });
    expect((await root.get(base())).body.items).toEqual([
      { key: 'env', value: 'prod' },
      { key: 'team', value: 'ops' },
    ]);
    expectStatus(await root.delete(`${base()}?keys=TEAM,absent`), 204);
    expect((await root.get(base())).body.items).toEqual([{ key: 'env', value: 'prod' }]);
    expectStatus(await root.delete(`${base()}?keys=env`), 204);
  });

  it('holds an entity to 50 tags (LimitExceeded) and checks keys and values', async () => {
    const many = Array.from({ length: 49 }, (_, i) => ({ key: `k${i}`, value: String(i) }));
    expectStatus(await root.post(base(), { tags: many }), 200);
    expectStatus(
      await root.post(base(), {
        tags: [
          { key: 'k0', value: 'again' },
          { key: 'last', value: '' },
        ],
      }),
      200,
    );
    expectError(
      await root.post(base(), { tags: [{ key: 'one-too-many', value: '' }] }),
      409,
      'LimitExceeded',
      '50',
    );
    expectError(await root.post(base(), { tags: [] }), 400, 'ValidationError');
    expectError(await root.post(base(), { tags: [{ key: 'aws:x', value: '' }] }), 400, 'ValidationError');
    expectError(await root.delete(base()), 400, 'ValidationError');
    expectStatus(await root.delete(`${base()}?keys=${[...many.map((t) => t.key), 'last'].join(',')}`), 204);
    expect((await root.get(base())).body.items).toEqual([]);
  });
});

// Keys in any script: the key is compared without case by one definition (nameKey), and the
// database enforces uniqueness on it without lower-casing anything itself (its lower() follows
// the server's locale, which the application cannot know).
const CAPITALS = ['Ä', 'É', 'Ω', 'ǅ', 'İ'];

describe.each([
  ['users', () => 'tagged-user'],
  ['roles', () => 'tagged-role'],
  ['policies', () => enc(policyArn)],
])('/api/%s/:id/tags with keys beyond ASCII', (segment, id) => {
  const base = () => `/api/${segment}/${id()}/tags`;

  it('tags, overwrites in another case, and untags keys with non-ASCII capitals', async () => {
    const res = await root.post(base(), { tags: CAPITALS.map((key) => ({ key, value: 'x' })) });
    expectStatus(res, 200);
    expect(res.body.items.map((t: { key: string }) => t.key).sort()).toEqual([...CAPITALS].sort());
    const lower = ['ä', 'é', 'ω', 'ǆ'];
    expectStatus(await root.post(base(), { tags: lower.map((key) => ({ key, value: 'y' })) }), 200);
    const items = (await root.get(base())).body.items as { key: string; value: string }[];
    expect(items).toHaveLength(CAPITALS.length);
    expect(
      items
        .filter((t) => t.value === 'y')
        .map((t) => t.key)
        .sort(),
    ).toEqual([...lower].sort());
    expectStatus(await root.delete(`${base()}?keys=${enc(CAPITALS.join(','))}`), 204);
    expect((await root.get(base())).body.items).toEqual([]);
  });

  it('takes a key of 128 characters whose lower case is longer', async () => {
    const key = 'İ'.repeat(128);
    expectStatus(await root.post(base(), { tags: [{ key, value: 'long' }] }), 200);
    expect((await root.get(base())).body.items).toEqual([{ key, value: 'long' }]);
    expectStatus(await root.delete(`${base()}?keys=${enc(key)}`), 204);
  });
});

describe('keys beyond ASCII at creation', () => {
  const tags = CAPITALS.map((key) => ({ key, value: 'x' }));
  it.each([
    ['users', (n: string) => ({ userName: n, tags })],
    [
      'roles',
      (n: string) => ({
        roleName: n,
        tags,
        trustPolicy: policyText({
          Effect: 'Allow',
          Principal: { Service: 'ec2.amazonaws.com' },
          Action: 'sts:AssumeRole',
        }),
      }),
    ],
    [
      'policies',
      (n: string) => ({
        policyName: n,
        tags,
        document: policyText({ Effect: 'Allow', Action: 's3:*', Resource: '*' }),
      }),
    ],
  ])('creates %s with them', async (segment, body) => {
    const res = await root.post(`/api/${segment}`, body(`unicode-${segment}`));
    expectStatus(res, 201);
  });

  it('refuses one key twice in different case in one request', async () => {
    expectError(
      await root.post('/api/users', {
        userName: 'twice',
        tags: [
          { key: 'Ä', value: '1' },
          { key: 'ä', value: '2' },
        ],
      }),
      400,
      'ValidationError',
    );
  });

  it('keeps keys unique without case in the database itself', async () => {
    const user = await server.deps.db.user.findFirstOrThrow({
      where: { accountId: account.accountId, name: 'unicode-users' },
    });
    await expect(
      server.deps.db.tag.create({
        data: {
          accountId: account.accountId,
          userId: user.id,
          key: 'ä',
          keyLower: nameKey('ä'),
          value: 'dup',
        },
      }),
    ).rejects.toThrow();
  });

  it('refuses names beyond ASCII (IAM names are ASCII), so names cannot hit the same problem', async () => {
    expectError(await root.post('/api/users', { userName: 'Ä' }), 400, 'ValidationError');
    expectError(await root.post('/api/users', { userName: 'İ' }), 400, 'ValidationError');
  });
});

describe('tag condition keys', () => {
  it('authorises Tag* with aws:RequestTag and aws:TagKeys, and reads with aws:ResourceTag', async () => {
    await root.post('/api/users', { userName: 'web-1', tags: [{ key: 'team', value: 'web' }] });
    await root.post('/api/users', { userName: 'ops-1', tags: [{ key: 'team', value: 'ops' }] });
    const user = await createTestUser(server, account.accountId, {
      inlinePolicies: {
        tags: {
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Action: 'iam:GetUser',
              Resource: '*',
              Condition: { StringEquals: { 'aws:ResourceTag/team': 'web' } },
            },
            {
              Effect: 'Allow',
              Action: ['iam:TagUser', 'iam:UntagUser'],
              Resource: '*',
              Condition: { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['project', 'owner'] } },
            },
          ],
        },
      },
    });
    const client = await signInAsUser(server, account, user);
    const arn = (name: string) => `arn:aws:iam::${account.accountId}:user/${name}`;
    expectStatus(await client.get('/api/users/web-1'), 200);
    expectDenied(await client.get('/api/users/ops-1'), 'iam:GetUser', arn('ops-1'));
    expectStatus(await client.post('/api/users/ops-1/tags', { tags: [{ key: 'project', value: 'x' }] }), 200);
    expectDenied(
      await client.post('/api/users/ops-1/tags', { tags: [{ key: 'team', value: 'web' }] }),
      'iam:TagUser',
      arn('ops-1'),
    );
    expectDenied(await client.delete('/api/users/ops-1/tags?keys=team'), 'iam:UntagUser', arn('ops-1'));
    expectStatus(await client.delete('/api/users/ops-1/tags?keys=project'), 204);
  });

  it('drops cached policy sets when a user’s own tags change (aws:PrincipalTag)', async () => {
    const user = await createTestUser(server, account.accountId, {
      tags: { clearance: 'low' },
      inlinePolicies: {
        own: {
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Action: 'iam:ListRoles',
              Resource: '*',
              Condition: { StringEquals: { 'aws:PrincipalTag/clearance': 'high' } },
            },
          ],
        },
      },
    });
    const client = await signInAsUser(server, account, user);
    expectError(await client.get('/api/roles'), 403, 'AccessDenied');
    expectStatus(
      await root.post(`/api/users/${user.name}/tags`, { tags: [{ key: 'clearance', value: 'high' }] }),
      200,
    );
    expectStatus(await client.get('/api/roles'), 200);
    expectStatus(await root.delete(`/api/users/${user.name}/tags?keys=clearance`), 204);
    expectError(await client.get('/api/roles'), 403, 'AccessDenied');
  });
});
