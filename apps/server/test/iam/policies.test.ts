// Customer managed policies: create (identity, 6,144 quota), get, list by scope, versions
// (at most 5, default, numbering), delete rules, and the entities that use a policy.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../harness/api-client.js';
import { newRootSession, type TestAccount } from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';
import { enc, expectError, expectStatus, policyText } from './iam-helpers.js';

let server: TestServer;
let account: TestAccount;
let root: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  ({ account, root } = await newRootSession(server));
});
afterAll(() => server?.close());

const doc = (action: string) => policyText({ Effect: 'Allow', Action: action, Resource: '*' });
const arnOf = (name: string, path = '/') => `arn:aws:iam::${account.accountId}:policy${path}${name}`;
const versions = (client: ApiClient, arn: string) => client.get(`/api/policies/${enc(arn)}/versions`);

describe('POST /api/policies', () => {
  it('creates a policy as version v1, the default, and GET returns its text', async () => {
    const text = doc('s3:GetObject');
    const res = await root.post('/api/policies', {
      policyName: 'ReadObjects',
      path: '/data/',
      document: text,
      description: 'read any object',
      tags: [{ key: 'owner', value: 'data-team' }],
    });
    expectStatus(res, 201);
    expect(res.body).toMatchObject({
      policyName: 'ReadObjects',
      arn: arnOf('ReadObjects', '/data/'),
      path: '/data/',
      scope: 'Local',
      defaultVersionId: 'v1',
      attachmentCount: 0,
      permissionsBoundaryUsageCount: 0,
      isAttachable: true,
      description: 'read any object',
      document: text,
      tags: [{ key: 'owner', value: 'data-team' }],
    });
    expect(res.body.policyId).toMatch(/^ANPA[A-Z2-7]{17}$/);
    const got = await root.get(`/api/policies/${enc(arnOf('ReadObjects', '/data/'))}`);
    expectStatus(got, 200);
    expect(got.body.document).toBe(text);
  });

  it('refuses an invalid document with MalformedPolicyDocument and positioned diagnostics', async () => {
    const text =
      '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject" }]\n}';
    const res = await root.post('/api/policies', { policyName: 'NoResource', document: text });
    expectError(res, 400, 'MalformedPolicyDocument', 'line 3');
    const [first] = res.body.error.diagnostics;
    expect(first).toMatchObject({ severity: 'error', range: { start: { line: 3 } } });
    expectError(await root.get(`/api/policies/${enc(arnOf('NoResource'))}`), 404, 'NoSuchEntity');
  });

  it('returns the evaluator warnings of an accepted policy', async () => {
    const res = await root.post('/api/policies', {
      policyName: 'PassAnyRole',
      document: policyText({ Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' }),
    });
    expectStatus(res, 201);
    expect(res.body.warnings.length).toBeGreaterThan(0);
    expect(res.body.warnings.every((w: { severity: string }) => w.severity !== 'error')).toBe(true);
  });

  it('holds a policy to 6,144 characters (LimitExceeded) and names to 128', async () => {
    const actions = Array.from({ length: 400 }, (_, i) => `s3:GetObjectVersion${i}`);
    const res = await root.post('/api/policies', {
      policyName: 'Huge',
      document: policyText({ Effect: 'Allow', Action: actions, Resource: '*' }),
    });
    expectError(res, 409, 'LimitExceeded', '6144');
    expectError(
      await root.post('/api/policies', { policyName: 'p'.repeat(129), document: doc('s3:*') }),
      400,
      'ValidationError',
    );
    expectStatus(
      await root.post('/api/policies', { policyName: 'p'.repeat(128), document: doc('s3:*') }),
      201,
    );
  });

  it('refuses a duplicate name in any case and path', async () => {
    await root.post('/api/policies', { policyName: 'Unique', document: doc('s3:*') });
    expectError(
      await root.post('/api/policies', { policyName: 'UNIQUE', path: '/x/', document: doc('s3:*') }),
      409,
      'EntityAlreadyExists',
    );
  });
});

describe('GET /api/policies', () => {
  it('lists customer managed policies by scope and pages by name', async () => {
    for (const name of ['list-b', 'list-a', 'list-c'])
      await root.post('/api/policies', { policyName: name, document: doc('s3:*') });
    const local = await root.get('/api/policies?scope=Local&search=list-');
    expect(local.body.items.map((p: { policyName: string }) => p.policyName)).toEqual([
      'list-a',
      'list-b',
      'list-c',
    ]);
    expect(local.body.notice).toBeUndefined();
    const aws = await root.get('/api/policies?scope=AWS&search=list-');
    expect(aws.body.items).toEqual([]);
    expect(aws.body.notice).toBeUndefined();
    const all = await root.get('/api/policies?search=list-&limit=2');
    expect(all.body.items.map((p: { policyName: string }) => p.policyName)).toEqual(['list-a', 'list-b']);
    const next = await root.get(`/api/policies?search=list-&limit=2&cursor=${all.body.nextCursor}`);
    expect(next.body.items.map((p: { policyName: string }) => p.policyName)).toEqual(['list-c']);
    expectError(await root.get('/api/policies?scope=Mine'), 400, 'ValidationError');
  });
});

describe('policy versions', () => {
  it('keeps at most 5 versions, numbers them for good, and moves the default', async () => {
    const arn = arnOf('Versioned');
    await root.post('/api/policies', { policyName: 'Versioned', document: doc('s3:GetObject') });
    for (const [i, action] of [
      's3:PutObject',
      's3:DeleteObject',
      's3:ListBucket',
      's3:GetBucketTagging',
    ].entries()) {
      const res = await root.post(`/api/policies/${enc(arn)}/versions`, {
        document: doc(action),
        setAsDefault: i === 1,
      });
      expectStatus(res, 201);
      expect(res.body).toMatchObject({
        versionId: `v${i + 2}`,
        isDefaultVersion: i === 1,
        document: doc(action),
      });
    }
    expectError(
      await root.post(`/api/policies/${enc(arn)}/versions`, { document: doc('s3:*') }),
      409,
      'LimitExceeded',
      '5 versions',
    );
    const list = await versions(root, arn);
    expect(
      list.body.items.map((v: { versionId: string; isDefaultVersion: boolean }) => [
        v.versionId,
        v.isDefaultVersion,
      ]),
    ).toEqual([
      ['v5', false],
      ['v4', false],
      ['v3', true],
      ['v2', false],
      ['v1', false],
    ]);
    expect((await root.get(`/api/policies/${enc(arn)}`)).body.document).toBe(doc('s3:DeleteObject'));

    expectError(await root.delete(`/api/policies/${enc(arn)}/versions/v3`), 409, 'DeleteConflict', 'default');
    expectStatus(await root.delete(`/api/policies/${enc(arn)}/versions/v2`), 204);
    expectError(await root.get(`/api/policies/${enc(arn)}/versions/v2`), 404, 'NoSuchEntity');
    const v6 = await root.post(`/api/policies/${enc(arn)}/versions`, { document: doc('s3:*') });
    expect(v6.body.versionId).toBe('v6');

    const set = await root.put(`/api/policies/${enc(arn)}/default-version`, { versionId: 'v6' });
    expectStatus(set, 200);
    expect(set.body.defaultVersionId).toBe('v6');
    const v1 = await root.get(`/api/policies/${enc(arn)}/versions/v1`);
    expect(v1.body).toMatchObject({
      versionId: 'v1',
      isDefaultVersion: false,
      document: doc('s3:GetObject'),
    });
    expectError(
      await root.put(`/api/policies/${enc(arn)}/default-version`, { versionId: 'v2' }),
      404,
      'NoSuchEntity',
    );
    expectError(
      await root.put(`/api/policies/${enc(arn)}/default-version`, { versionId: '2' }),
      400,
      'ValidationError',
    );
    expectError(await root.get(`/api/policies/${enc(arn)}/versions/latest`), 400, 'ValidationError');
    const invalid = await root.post(`/api/policies/${enc(arn)}/versions`, { document: '{}' });
    expectError(invalid, 400, 'MalformedPolicyDocument');
  });
});

describe('DELETE /api/policies/:arn and its entities', () => {
  it('refuses while attached, used as a boundary or holding other versions; lists who uses it', async () => {
    const arn = arnOf('InUse');
    await root.post('/api/policies', { policyName: 'InUse', document: doc('s3:*') });
    await root.post('/api/users', { userName: 'u-b' });
    await root.post('/api/users', { userName: 'u-a' });
    await root.post('/api/groups', { groupName: 'g-a' });
    await root.post('/api/roles', {
      roleName: 'r-a',
      trustPolicy: policyText({
        Effect: 'Allow',
        Principal: { Service: 'ec2.amazonaws.com' },
        Action: 'sts:AssumeRole',
      }),
    });
    for (const path of ['/api/users/u-a', '/api/users/u-b', '/api/groups/g-a', '/api/roles/r-a']) {
      expectStatus(await root.post(`${path}/attached-policies`, { policyArn: arn }), 204);
    }
    expectStatus(await root.put('/api/users/u-a/permissions-boundary', { policyArn: arn }), 200);
    await root.post(`/api/policies/${enc(arn)}/versions`, { document: doc('s3:GetObject') });

    const policy = await root.get(`/api/policies/${enc(arn)}`);
    expect(policy.body).toMatchObject({ attachmentCount: 4, permissionsBoundaryUsageCount: 1 });
    const page1 = await root.get(`/api/policies/${enc(arn)}/entities?limit=3`);
    expect(
      page1.body.items.map(
        (e: { entityType: string; name: string; usage: string }) => `${e.usage}:${e.entityType}:${e.name}`,
      ),
    ).toEqual(['PermissionsPolicy:user:u-a', 'PermissionsPolicy:user:u-b', 'PermissionsPolicy:group:g-a']);
    const page2 = await root.get(
      `/api/policies/${enc(arn)}/entities?limit=3&cursor=${page1.body.nextCursor}`,
    );
    expect(
      page2.body.items.map(
        (e: { entityType: string; name: string; usage: string }) => `${e.usage}:${e.entityType}:${e.name}`,
      ),
    ).toEqual(['PermissionsPolicy:role:r-a', 'PermissionsBoundary:user:u-a']);
    expect(page2.body.nextCursor).toBeUndefined();
    const boundaries = await root.get(`/api/policies/${enc(arn)}/entities?usage=PermissionsBoundary`);
    expect(boundaries.body.items).toEqual([
      {
        entityType: 'user',
        name: 'u-a',
        id: expect.any(String),
        arn: `arn:aws:iam::${account.accountId}:user/u-a`,
        usage: 'PermissionsBoundary',
      },
    ]);

    expectError(
      await root.delete(`/api/policies/${enc(arn)}`),
      409,
      'DeleteConflict',
      '4 attachments',
      'permissions boundary',
      '1 version besides the default',
    );
    for (const path of ['/api/users/u-a', '/api/users/u-b', '/api/groups/g-a', '/api/roles/r-a']) {
      expectStatus(await root.delete(`${path}/attached-policies/${enc(arn)}`), 204);
    }
    expectStatus(await root.delete('/api/users/u-a/permissions-boundary'), 204);
    expectError(
      await root.delete(`/api/policies/${enc(arn)}`),
      409,
      'DeleteConflict',
      '1 version besides the default',
    );
    expectStatus(await root.delete(`/api/policies/${enc(arn)}/versions/v2`), 204);
    expectStatus(await root.delete(`/api/policies/${enc(arn)}`), 204);
    expectError(await root.get(`/api/policies/${enc(arn)}`), 404, 'NoSuchEntity');
    expectError(await root.delete(`/api/policies/${enc(arn)}`), 404, 'NoSuchEntity');
  });

  it('refuses a malformed ARN in the path and another account’s policy', async () => {
    expectError(await root.get('/api/policies/not-an-arn'), 400, 'ValidationError');
    const foreign = 'arn:aws:iam::999988887777:policy/Theirs';
    expectError(await root.get(`/api/policies/${enc(foreign)}`), 403, 'AccessDenied');
  });
});
