// Loading the AWS managed policies: a restart with the same release changes nothing; a new
// release adds policies and versions, moves defaults (and the users of a changed policy see it
// on their next request), removes what AWS dropped unless an account uses it; a database whose
// load failed says so in the policy list. Runs on this file's own clone of the template.
import { loadManagedPolicies, managedPoliciesDataFile } from '@gatehouse/catalog/node';
import type { ManagedPolicy as AwsPolicyData } from '@gatehouse/catalog';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { awsManagedPolicyId } from '../../src/model/unique-ids.js';
import { loadAwsPolicies } from '../../src/services/aws-policies/load-aws-policies.js';
import { managedPolicyDataSource } from '../../src/services/aws-policies/managed-policy-data.js';
import { syncAwsPolicies } from '../../src/services/aws-policies/sync-aws-policies.js';
import type { ApiClient } from '../harness/api-client.js';
import {
  createTestUser,
  newRootSession,
  signInAsUser,
  uniqueSuffix,
  type TestAccount,
} from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';
import { enc, expectError, expectStatus } from './iam-helpers.js';

const READ_ONLY = 'arn:aws:iam::aws:policy/ReadOnlyAccess';

let server: TestServer;
let account: TestAccount;
let root: ApiClient;
let data: AwsPolicyData[];

beforeAll(async () => {
  server = await startTestServer();
  ({ account, root } = await newRootSession(server));
  data = await loadManagedPolicies(managedPoliciesDataFile());
});
afterAll(() => server?.close());

const byName = (name: string) => data.find((p) => p.name === name)!;

describe('a start with the release already loaded', () => {
  it('reads one row and writes nothing', async () => {
    const before = await server.deps.db.managedPolicy.count({ where: { scope: 'AWS' } });
    const load = await loadAwsPolicies(server.deps.db);
    expect(load).toMatchObject({ changed: false, release: (await managedPolicyDataSource()).version });
    expect(before).toBe(data.length);
    expect(await server.deps.db.policyVersion.count({ where: { policy: { scope: 'AWS' } } })).toBe(
      data.reduce((n, p) => n + p.versions.length, 0),
    );
  });
});

describe('a new release', () => {
  it('adds, updates, moves the default, removes what nobody uses, and invalidates users', async () => {
    const attachedGone = byName('AdministratorAccess');
    const unusedGone = byName('PowerUserAccess');
    const user = await createTestUser(server, account.accountId);
    for (const policyArn of [READ_ONLY, attachedGone.arn]) {
      expectStatus(await root.post(`/api/users/${user.name}/attached-policies`, { policyArn }), 204);
    }
    expectStatus(
      await root.delete(`/api/users/${user.name}/attached-policies/${enc(attachedGone.arn)}`),
      204,
    );
    expectStatus(
      await root.put(`/api/users/${user.name}/permissions-boundary`, { policyArn: attachedGone.arn }),
      200,
    );
    const client = await signInAsUser(server, account, user);
    expectStatus(await client.get('/api/users'), 200); // compiles and caches ReadOnlyAccess
    expectError(await client.post('/api/users', { userName: `n-${uniqueSuffix()}` }), 403, 'AccessDenied');

    const readOnly = byName('ReadOnlyAccess');
    const onlyCreateUser = JSON.stringify(
      { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:CreateUser', Resource: '*' }] },
      null,
      4,
    );
    const next: AwsPolicyData[] = data
      .filter((p) => p !== attachedGone && p !== unusedGone)
      .map((p) =>
        p === readOnly
          ? {
              ...p,
              defaultVersionId: 'v9999',
              updateDate: '2026-11-01T00:00:00.000Z',
              versions: [
                ...p.versions.slice(1),
                { versionId: 'v9999', document: onlyCreateUser, createDate: '2026-11-01T00:00:00.000Z' },
              ],
            }
          : p,
      );
    const added: AwsPolicyData = {
      ...byName('AdministratorAccess'),
      arn: 'arn:aws:iam::aws:policy/job-function/GatehouseAuditor',
      name: 'GatehouseAuditor',
      path: '/job-function/',
    };
    next.push(added);

    const result = await syncAwsPolicies(server.deps.db, 'test-release-2', next);
    expect(result).toEqual({
      changed: true,
      release: 'test-release-2',
      policiesAdded: 1,
      policiesUpdated: 1,
      policiesDeleted: 1,
      policiesKept: 1,
      versionsWritten: 1 + added.versions.length,
      versionsRemoved: 1,
    });

    const got = await root.get(`/api/policies/${enc(READ_ONLY)}`);
    expect(got.body).toMatchObject({ defaultVersionId: 'v9999', document: onlyCreateUser });
    const versions = await root.get(`/api/policies/${enc(READ_ONLY)}/versions?limit=1000`);
    expect(versions.body.items).toHaveLength(readOnly.versions.length);
    expect(versions.body.items.map((v: { versionId: string }) => v.versionId)).not.toContain(
      readOnly.versions[0]!.versionId,
    );
    expectStatus(await root.get(`/api/policies/${enc(added.arn)}`), 200);
    expect(
      await server.deps.db.managedPolicy.findUnique({ where: { id: awsManagedPolicyId(unusedGone.arn) } }),
    ).toBeNull();
    // Still the user's boundary, so still there.
    expectStatus(await root.get(`/api/policies/${enc(attachedGone.arn)}`), 200);

    // The user's cached policies were compiled from the old default: the next request sees the new one.
    expectError(await client.get('/api/users'), 403, 'AccessDenied');
    expectStatus(await client.post('/api/users', { userName: `n-${uniqueSuffix()}` }), 201);

    expect(await syncAwsPolicies(server.deps.db, 'test-release-2', next)).toMatchObject({ changed: false });
  });
});

describe('a database whose load failed', () => {
  it('lists customer managed policies and says AWS managed ones are missing', async () => {
    const db = server.deps.db;
    await db.$executeRaw`DELETE FROM "PolicyAttachment"`;
    await db.$executeRaw`UPDATE "User" SET "permissionsBoundaryId" = NULL`;
    await db.$executeRaw`DELETE FROM "ManagedPolicy" WHERE "scope" = 'AWS'`;
    const aws = await root.get('/api/policies?scope=AWS');
    expect(aws.body.items).toEqual([]);
    expect(aws.body.notice).toMatch(/AWS managed policies could not be loaded/);
    expect((await root.get('/api/policies?scope=All')).body.notice).toMatch(/could not be loaded/);
    expect((await root.get('/api/policies?scope=Local')).body.notice).toBeUndefined();
  });
});
