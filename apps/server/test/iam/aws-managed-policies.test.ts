// AWS managed policies in every account: listed beside customer managed ones, readable with
// their versions, attachable (as permissions and as boundaries) and evaluated at their default
// version, read-only, and each account sees only its own use of them. Expected values come from
// the catalog's build of the same data package, not from this file.
import {
  defaultManagedPoliciesDir,
  loadManagedPolicy,
  loadManagedPolicyIndex,
} from '@gatehouse/catalog/node';
import type { ManagedPolicyIndex } from '@gatehouse/catalog';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authorize } from '../../src/authz/authorize.js';
import { awsManagedPolicyId } from '../../src/model/unique-ids.js';
import type { ServiceContext } from '../../src/services/service-context.js';
import type { ApiClient } from '../harness/api-client.js';
import {
  createTestUser,
  newRootSession,
  signInAsUser,
  uniqueSuffix,
  type TestAccount,
} from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';
import { enc, expectError, expectStatus, policyText } from './iam-helpers.js';

const READ_ONLY = 'arn:aws:iam::aws:policy/ReadOnlyAccess';
const ADMIN = 'arn:aws:iam::aws:policy/AdministratorAccess';

let server: TestServer;
let account: TestAccount;
let root: ApiClient;
let index: ManagedPolicyIndex;

beforeAll(async () => {
  server = await startTestServer();
  ({ account, root } = await newRootSession(server));
  index = await loadManagedPolicyIndex();
});
afterAll(() => server?.close());

const summary = (name: string) => {
  const found = index.policies.find((p) => p.name === name);
  if (!found) throw new Error(`${name} is not in the catalog`);
  return found;
};

/** A group with the AWS policies attached through the API, and a signed-in member. */
async function memberOfGroupWith(policyArns: string[]) {
  const groupName = `aws-${uniqueSuffix()}`;
  expectStatus(await root.post('/api/groups', { groupName }), 201);
  for (const policyArn of policyArns) {
    expectStatus(await root.post(`/api/groups/${groupName}/attached-policies`, { policyArn }), 204);
  }
  const user = await createTestUser(server, account.accountId);
  expectStatus(await root.post(`/api/groups/${groupName}/members`, { userName: user.name }), 204);
  return { groupName, user, client: await signInAsUser(server, account, user) };
}

describe('listing AWS managed policies', () => {
  it('lists every policy of the data with scope AWS, by name, in keyset pages', async () => {
    const names: string[] = [];
    let cursor: string | undefined;
    do {
      const res = await root.get(`/api/policies?scope=AWS&limit=1000${cursor ? `&cursor=${cursor}` : ''}`);
      expectStatus(res, 200);
      expect(res.body.notice).toBeUndefined();
      for (const p of res.body.items) {
        expect(p.scope).toBe('AWS');
        names.push(p.policyName);
      }
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(names.length).toBe(index.policies.length);
    expect(new Set(names)).toEqual(new Set(index.policies.map((p) => p.name)));
    const lower = names.map((n) => n.toLowerCase());
    expect(lower).toEqual([...lower].sort());
  });

  it('shows both types in `All`, finds by name, and counts only the caller’s account', async () => {
    expectStatus(
      await root.post('/api/policies', {
        policyName: 'ReadOnlyAccess',
        document: policyText({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }),
      }),
      201,
    );
    const res = await root.get('/api/policies?search=readonlyaccess&limit=1000');
    expectStatus(res, 200);
    const exact = res.body.items.filter((p: { policyName: string }) => p.policyName === 'ReadOnlyAccess');
    expect(exact.map((p: { arn: string; scope: string }) => [p.scope, p.arn]).sort()).toEqual([
      ['AWS', READ_ONLY],
      ['Local', `arn:aws:iam::${account.accountId}:policy/ReadOnlyAccess`],
    ]);
    const local = await root.get('/api/policies?scope=Local&search=readonlyaccess');
    expect(local.body.items.map((p: { scope: string }) => p.scope)).toEqual(['Local']);
  });

  it('lists an exact name match first, then every other match once, across pages', async () => {
    const expected = new Set([
      ...index.policies.filter((p) => p.name.toLowerCase().includes('readonlyaccess')).map((p) => p.arn),
      `arn:aws:iam::${account.accountId}:policy/ReadOnlyAccess`,
    ]);
    for (const limit of [2, 7, 1]) {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const res = await root.get(
          `/api/policies?search=ReadOnlyAccess&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`,
        );
        expectStatus(res, 200);
        expect(res.body.items.length).toBeLessThanOrEqual(limit);
        if (!cursor && limit > 1) {
          expect(res.body.items.slice(0, 2).map((p: { policyName: string }) => p.policyName)).toEqual([
            'ReadOnlyAccess',
            'ReadOnlyAccess',
          ]);
        }
        seen.push(...res.body.items.map((p: { arn: string }) => p.arn));
        cursor = res.body.nextCursor;
      } while (cursor);
      expect(seen.length, `limit ${limit}`).toBe(expected.size);
      expect(new Set(seen)).toEqual(expected);
    }
  });

  it('refuses an unknown onlyAttached or usage filter value', async () => {
    expectError(await root.get('/api/policies?onlyAttached=yes'), 400, 'ValidationError');
    expectError(
      await root.get('/api/policies?onlyAttached=true&policyUsageFilter=Both'),
      400,
      'ValidationError',
    );
  });
});

describe('reading an AWS managed policy', () => {
  it('returns the default version’s text, a stable id, the data’s dates and AWS’s ARN', async () => {
    const expected = await loadManagedPolicy(defaultManagedPoliciesDir(), 'ReadOnlyAccess');
    const res = await root.get(`/api/policies/${enc(READ_ONLY)}`);
    expectStatus(res, 200);
    expect(res.body).toMatchObject({
      policyName: 'ReadOnlyAccess',
      policyId: awsManagedPolicyId(READ_ONLY),
      arn: READ_ONLY,
      path: '/',
      scope: 'AWS',
      defaultVersionId: expected?.defaultVersionId,
      isAttachable: true,
      attachmentCount: 0,
      permissionsBoundaryUsageCount: 0,
      createDate: expected?.createDate,
      updateDate: expected?.updateDate,
      tags: [],
    });
    expect(res.body.document).toBe(expected?.document);
    expect(res.body.policyId).toMatch(/^ANPA[A-Z2-7]{17}$/);
  });

  it('lists every version newest first and reads an old one', async () => {
    const expected = summary('ReadOnlyAccess');
    const res = await root.get(`/api/policies/${enc(READ_ONLY)}/versions?limit=1000`);
    expectStatus(res, 200);
    expect(res.body.items).toHaveLength(expected.versionCount);
    const defaults = res.body.items.filter((v: { isDefaultVersion: boolean }) => v.isDefaultVersion);
    expect(defaults.map((v: { versionId: string }) => v.versionId)).toEqual([expected.defaultVersionId]);
    expect(res.body.items[0].versionId).toBe(expected.defaultVersionId);
    expect(res.body.items[0].document).toBeUndefined();
    const oldest = res.body.items.at(-1).versionId as string;
    const old = await root.get(`/api/policies/${enc(READ_ONLY)}/versions/${oldest}`);
    expectStatus(old, 200);
    expect(old.body).toMatchObject({ versionId: oldest, isDefaultVersion: false });
    expect(JSON.parse(old.body.document)).toHaveProperty('Statement');
    expectError(await root.get(`/api/policies/${enc(READ_ONLY)}/versions/v999999`), 404, 'NoSuchEntity');
  });

  it('keeps the path of a service-role policy and marks service-linked ones not attachable', async () => {
    const serviceRole = index.policies.find((p) => p.path === '/service-role/')!;
    const linked = index.policies.find((p) => p.path === '/aws-service-role/')!;
    const a = await root.get(`/api/policies/${enc(serviceRole.arn)}`);
    expect(a.body).toMatchObject({
      path: '/service-role/',
      isAttachable: true,
      policyName: serviceRole.name,
    });
    const b = await root.get(`/api/policies/${enc(linked.arn)}`);
    expect(b.body).toMatchObject({ path: '/aws-service-role/', isAttachable: false });
  });

  it('is NoSuchEntity for an AWS ARN the data does not have', async () => {
    expectError(
      await root.get(`/api/policies/${enc('arn:aws:iam::aws:policy/NoSuchPolicy')}`),
      404,
      'NoSuchEntity',
    );
  });

  it('is authorised on the AWS ARN, as AWS does', async () => {
    const user = await createTestUser(server, account.accountId, {
      inlinePolicies: {
        p: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: 'iam:GetPolicy', Resource: ADMIN }],
        },
      },
    });
    const client = await signInAsUser(server, account, user);
    expectStatus(await client.get(`/api/policies/${enc(ADMIN)}`), 200);
    const denied = await client.get(`/api/policies/${enc(READ_ONLY)}`);
    expectError(denied, 403, 'AccessDenied', `iam:GetPolicy on resource: ${READ_ONLY}`);
  });
});

describe('attaching AWS managed policies', () => {
  it('gives a group member ReadOnlyAccess’s default version through the real authorizer', async () => {
    const { user, client } = await memberOfGroupWith([READ_ONLY]);
    expectStatus(await client.get('/api/users'), 200);
    expectError(await client.post('/api/users', { userName: `x-${uniqueSuffix()}` }), 403, 'AccessDenied');
    const [row] = await server.deps.db.user.findMany({ where: { id: user.userId } });
    const ctx: ServiceContext = {
      ...server.publicContext(),
      principal: {
        type: 'user',
        accountId: account.accountId,
        arn: user.arn,
        userId: user.userId,
        userName: user.name,
        path: row!.path,
        passwordResetRequired: false,
      },
    };
    await expect(authorize(ctx, 's3:GetObject', 'arn:aws:s3:::reports/2026/q3.csv')).resolves.toBeUndefined();
    await expect(
      authorize(ctx, 'iam:ListUsers', `arn:aws:iam::${account.accountId}:user/`),
    ).resolves.toBeUndefined();
    await expect(
      authorize(ctx, 'iam:CreateUser', `arn:aws:iam::${account.accountId}:user/new`),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
  });

  it('simulates a group with ReadOnlyAccess from its default version', async () => {
    const { groupName } = await memberOfGroupWith([READ_ONLY]);
    const res = await root.post('/api/simulator/principal-policy', {
      groupName,
      actions: ['s3:GetObject', 'iam:ListUsers', 'iam:CreateUser'],
    });
    expectStatus(res, 200);
    expect(res.body.results.map((r: { action: string; decision: string }) => [r.action, r.decision])).toEqual(
      [
        ['s3:GetObject', 'Allow'],
        ['iam:ListUsers', 'Allow'],
        ['iam:CreateUser', 'ImplicitDeny'],
      ],
    );
  });

  it('attaches to users and roles, lists them among attached policies, and detaches', async () => {
    const user = await createTestUser(server, account.accountId);
    expectStatus(await root.post(`/api/users/${user.name}/attached-policies`, { policyArn: READ_ONLY }), 204);
    const listed = await root.get(`/api/users/${user.name}/attached-policies`);
    expect(listed.body.items).toEqual([{ policyName: 'ReadOnlyAccess', policyArn: READ_ONLY }]);
    const roleName = `r-${uniqueSuffix()}`;
    const trust = policyText({
      Effect: 'Allow',
      Principal: { Service: 'ec2.amazonaws.com' },
      Action: 'sts:AssumeRole',
    });
    expectStatus(await root.post('/api/roles', { roleName, trustPolicy: trust }), 201);
    expectStatus(await root.post(`/api/roles/${roleName}/attached-policies`, { policyArn: ADMIN }), 204);
    const effective = await root.get(`/api/roles/${roleName}/effective-policies`);
    const adminDoc = (await loadManagedPolicy(defaultManagedPoliciesDir(), 'AdministratorAccess'))?.document;
    expect(effective.body.items).toEqual([
      expect.objectContaining({
        policyArn: ADMIN,
        versionId: summary('AdministratorAccess').defaultVersionId,
        document: adminDoc,
      }),
    ]);
    expectStatus(await root.delete(`/api/roles/${roleName}/attached-policies/${enc(ADMIN)}`), 204);
    expect((await root.get(`/api/roles/${roleName}/attached-policies`)).body.items).toEqual([]);
  });

  it('refuses a policy AWS reserves for service-linked roles with PolicyNotAttachable', async () => {
    const linked = index.policies.find((p) => !p.attachable)!;
    const user = await createTestUser(server, account.accountId);
    const res = await root.post(`/api/users/${user.name}/attached-policies`, { policyArn: linked.arn });
    expectError(res, 400, 'PolicyNotAttachable', linked.arn);
    expect((await root.get(`/api/users/${user.name}/attached-policies`)).body.items).toEqual([]);
  });

  it('counts AWS managed policies toward the 10 per entity', async () => {
    const user = await createTestUser(server, account.accountId);
    const ten = index.policies.filter((p) => p.attachable).slice(0, 11);
    for (const p of ten.slice(0, 10)) {
      expectStatus(await root.post(`/api/users/${user.name}/attached-policies`, { policyArn: p.arn }), 204);
    }
    const res = await root.post(`/api/users/${user.name}/attached-policies`, { policyArn: ten[10]!.arn });
    expectError(res, 409, 'LimitExceeded');
  });

  it('uses an AWS managed policy as a permissions boundary', async () => {
    const user = await createTestUser(server, account.accountId);
    expectStatus(await root.post(`/api/users/${user.name}/attached-policies`, { policyArn: ADMIN }), 204);
    expectStatus(
      await root.put(`/api/users/${user.name}/permissions-boundary`, { policyArn: READ_ONLY }),
      200,
    );
    const client = await signInAsUser(server, account, user);
    expectStatus(await client.get('/api/users'), 200);
    expectError(
      await client.post('/api/users', { userName: `x-${uniqueSuffix()}` }),
      403,
      'AccessDenied',
      'permissions boundary',
    );
    const got = await root.get(`/api/policies/${enc(READ_ONLY)}`);
    expect(got.body.permissionsBoundaryUsageCount).toBe(1);
  });
});

describe('AWS managed policies are read-only', () => {
  const write = (client: ApiClient) => ({
    'iam:CreatePolicyVersion': () =>
      client.post(`/api/policies/${enc(READ_ONLY)}/versions`, {
        document: policyText({ Effect: 'Allow', Action: '*', Resource: '*' }),
        setAsDefault: true,
      }),
    'iam:DeletePolicyVersion': async () => {
      const versions = await root.get(`/api/policies/${enc(READ_ONLY)}/versions?limit=1000`);
      return client.delete(
        `/api/policies/${enc(READ_ONLY)}/versions/${versions.body.items.at(-1).versionId}`,
      );
    },
    'iam:SetDefaultPolicyVersion': async () => {
      const versions = await root.get(`/api/policies/${enc(READ_ONLY)}/versions?limit=1000`);
      return client.put(`/api/policies/${enc(READ_ONLY)}/default-version`, {
        versionId: versions.body.items.at(-1).versionId,
      });
    },
    'iam:DeletePolicy': () => client.delete(`/api/policies/${enc(READ_ONLY)}`),
    'iam:TagPolicy': () =>
      client.post(`/api/policies/${enc(READ_ONLY)}/tags`, { tags: [{ key: 'k', value: 'v' }] }),
    'iam:UntagPolicy': () => client.delete(`/api/policies/${enc(READ_ONLY)}/tags?keys=k`),
  });

  async function snapshot() {
    const db = server.deps.db;
    const id = awsManagedPolicyId(READ_ONLY);
    return {
      policy: await db.managedPolicy.findUnique({ where: { id } }),
      versions: await db.policyVersion.count({ where: { policyId: id } }),
      tags: await db.tag.count({ where: { policyId: id } }),
    };
  }

  it('refuses every change with AccessDenied, even for root, and changes nothing', async () => {
    const before = await snapshot();
    for (const [action, call] of Object.entries(write(root))) {
      const res = await call();
      expectError(res, 403, 'AccessDenied', READ_ONLY, 'not modifiable', action);
      expect(res.body.error).toMatchObject({ action, resource: READ_ONLY });
    }
    expect(await snapshot()).toEqual(before);
    const audit = await server.deps.db.auditEvent.findMany({
      where: {
        accountId: account.accountId,
        resource: READ_ONLY,
        result: 'Denied',
        action: { in: Object.keys(write(root)) },
      },
    });
    expect(new Set(audit.map((e) => e.action))).toEqual(new Set(Object.keys(write(root))));
  });

  it('refuses them for a user whose policies allow everything', async () => {
    const user = await createTestUser(server, account.accountId, {
      inlinePolicies: {
        all: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] },
      },
    });
    const client = await signInAsUser(server, account, user);
    const before = await snapshot();
    for (const [action, call] of Object.entries(write(client))) {
      expectError(await call(), 403, 'AccessDenied', 'not modifiable', action);
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe('accounts share AWS managed policies, not their use of them', () => {
  it('shows account A’s attachments to A only', async () => {
    const { groupName } = await memberOfGroupWith([ADMIN]);
    const other = await newRootSession(server);
    const mine = await root.get(`/api/policies/${enc(ADMIN)}`);
    const theirs = await other.root.get(`/api/policies/${enc(ADMIN)}`);
    expect(mine.body.attachmentCount).toBeGreaterThanOrEqual(1);
    expect(theirs.body.attachmentCount).toBe(0);
    const myEntities = await root.get(`/api/policies/${enc(ADMIN)}/entities`);
    expect(myEntities.body.items).toContainEqual(
      expect.objectContaining({ entityType: 'group', name: groupName, usage: 'PermissionsPolicy' }),
    );
    const theirEntities = await other.root.get(`/api/policies/${enc(ADMIN)}/entities`);
    expect(theirEntities.body.items).toEqual([]);
    const attached = await other.root.get('/api/policies?onlyAttached=true&scope=AWS');
    expect(attached.body.items).toEqual([]);
    const myAttached = await root.get(
      '/api/policies?onlyAttached=true&scope=AWS&policyUsageFilter=PermissionsPolicy',
    );
    expect(myAttached.body.items.map((p: { arn: string }) => p.arn)).toContain(ADMIN);
    expect(myAttached.body.items.every((p: { attachmentCount: number }) => p.attachmentCount > 0)).toBe(true);
  });
});
