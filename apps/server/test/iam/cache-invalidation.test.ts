// Compiled policy sets are cached per user; every change that feeds them takes effect on the
// very next request: grants allow at once, revocations deny at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../harness/api-client.js';
import {
  allow,
  createManagedPolicy,
  createTestUser,
  deny,
  newRootSession,
  signInAsUser,
  type TestAccount,
  type TestUser,
} from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';
import { enc, expectError, expectStatus } from './iam-helpers.js';

let server: TestServer;
let account: TestAccount;
let root: ApiClient;
let user: TestUser;
let client: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  ({ account, root } = await newRootSession(server));
  user = await createTestUser(server, account.accountId);
  client = await signInAsUser(server, account, user);
});
afterAll(() => server?.close());

const allowed = async () => expectStatus(await client.get('/api/groups'), 200);
const denied = async () => expectError(await client.get('/api/groups'), 403, 'AccessDenied');

describe('grant → allowed at once; revoke → denied at once', () => {
  it('through an inline policy', async () => {
    await denied();
    expectStatus(
      await root.put(`/api/users/${user.name}/inline-policies/g`, {
        document: JSON.stringify(allow('iam:ListGroups')),
      }),
      201,
    );
    await allowed();
    expectStatus(
      await root.put(`/api/users/${user.name}/inline-policies/g`, {
        document: JSON.stringify(allow('iam:ListRoles')),
      }),
      200,
    );
    await denied();
    expectStatus(await root.delete(`/api/users/${user.name}/inline-policies/g`), 204);
    await denied();
  });

  it('through an attached policy, and its default version', async () => {
    const policy = await createManagedPolicy(server, account.accountId, 'Lister', allow('iam:ListGroups'));
    const base = `/api/users/${user.name}/attached-policies`;
    expectStatus(await root.post(base, { policyArn: policy.arn }), 204);
    await allowed();
    const v2 = await root.post(`/api/policies/${enc(policy.arn)}/versions`, {
      document: JSON.stringify(deny('iam:ListGroups')),
      setAsDefault: true,
    });
    expectStatus(v2, 201);
    await denied();
    expectStatus(
      await root.put(`/api/policies/${enc(policy.arn)}/default-version`, { versionId: 'v1' }),
      200,
    );
    await allowed();
    expectStatus(await root.delete(`${base}/${enc(policy.arn)}`), 204);
    await denied();
  });

  it('through a group: membership, the group’s policies, and deleting the group', async () => {
    await root.post('/api/groups', { groupName: 'listers' });
    await root.put('/api/groups/listers/inline-policies/p', {
      document: JSON.stringify(allow('iam:ListGroups')),
    });
    await denied();
    expectStatus(await root.post('/api/groups/listers/members', { userName: user.name }), 204);
    await allowed();
    expectStatus(await root.delete(`/api/groups/listers/members/${user.name}`), 204);
    await denied();
    expectStatus(await root.post('/api/groups/listers/members', { userName: user.name }), 204);
    await allowed();
    expectStatus(await root.delete('/api/groups/listers?force=true'), 204);
    await denied();
  });

  it('through a permissions boundary', async () => {
    await root.put(`/api/users/${user.name}/inline-policies/all`, {
      document: JSON.stringify(allow('iam:*')),
    });
    await allowed();
    const cap = await createManagedPolicy(server, account.accountId, 'CapRoles', allow('iam:ListRoles'));
    expectStatus(await root.put(`/api/users/${user.name}/permissions-boundary`, { policyArn: cap.arn }), 200);
    await denied();
    expectStatus(await root.delete(`/api/users/${user.name}/permissions-boundary`), 204);
    await allowed();
    expectStatus(await root.delete(`/api/users/${user.name}/inline-policies/all`), 204);
    await denied();
    expect(server.deps.policyCache.size).toBeGreaterThan(0);
  });
});
