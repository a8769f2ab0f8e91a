// DELETE /api/policies/:arn?force=true — the console's delete of a customer managed policy in use:
// detached from every user, group and role and its other versions deleted, each removal
// authorised on its own and audited, all in the policy delete's transaction (issue 12, finding 3).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../harness/api-client.js';
import {
  allow,
  createTestUser,
  deny,
  newRootSession,
  signInAsUser,
  type TestAccount,
} from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';
import { enc, expectDenied, expectError, expectStatus, policyText } from './iam-helpers.js';

let server: TestServer;
let account: TestAccount;
let root: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  ({ account, root } = await newRootSession(server));
});
afterAll(() => server?.close());

const doc = (action: string) => policyText({ Effect: 'Allow', Action: action, Resource: '*' });
const arnOf = (name: string) => `arn:aws:iam::${account.accountId}:policy/${name}`;
const TRUST = policyText({
  Effect: 'Allow',
  Principal: { Service: 'ec2.amazonaws.com' },
  Action: 'sts:AssumeRole',
});

/** A policy attached to a user, a group and a role, with a second version. */
async function policyInUse(name: string) {
  const arn = arnOf(name);
  expectStatus(await root.post('/api/policies', { policyName: name, document: doc('s3:*') }), 201);
  expectStatus(await root.post('/api/users', { userName: `${name}-u` }), 201);
  expectStatus(await root.post('/api/groups', { groupName: `${name}-g` }), 201);
  expectStatus(await root.post('/api/roles', { roleName: `${name}-r`, trustPolicy: TRUST }), 201);
  for (const path of [`/api/users/${name}-u`, `/api/groups/${name}-g`, `/api/roles/${name}-r`]) {
    expectStatus(await root.post(`${path}/attached-policies`, { policyArn: arn }), 204);
  }
  expectStatus(await root.post(`/api/policies/${enc(arn)}/versions`, { document: doc('s3:GetObject') }), 201);
  return arn;
}

const attachmentCount = async (arn: string) =>
  (await root.get(`/api/policies/${enc(arn)}`)).body.attachmentCount;

describe('DELETE /api/policies/:arn?force=true', () => {
  it('detaches the policy from every entity, deletes its versions and the policy, one audit event each', async () => {
    const arn = await policyInUse('ForceMe');
    expectError(await root.delete(`/api/policies/${enc(arn)}`), 409, 'DeleteConflict', '3 attachments');
    expectStatus(await root.delete(`/api/policies/${enc(arn)}?force=true`), 204);
    expectError(await root.get(`/api/policies/${enc(arn)}`), 404, 'NoSuchEntity');
    const attached = await root.get('/api/users/ForceMe-u/attached-policies');
    expect(attached.body.items).toEqual([]);
    const events = await server.deps.db.auditEvent.findMany({
      where: {
        accountId: account.accountId,
        OR: [{ resource: arn }, { details: { path: ['policyArn'], equals: arn } }],
      },
      orderBy: { id: 'asc' },
      select: { action: true, resource: true },
    });
    const removals = events.slice(-5).map((e) => e.action);
    expect(removals.slice(0, 3).sort()).toEqual([
      'iam:DetachGroupPolicy',
      'iam:DetachRolePolicy',
      'iam:DetachUserPolicy',
    ]);
    expect(removals.slice(3)).toEqual(['iam:DeletePolicyVersion', 'iam:DeletePolicy']);
  });

  it('never drops a permissions boundary: DeleteConflict and nothing detached', async () => {
    const arn = await policyInUse('Bounds');
    expectStatus(await root.put('/api/users/Bounds-u/permissions-boundary', { policyArn: arn }), 200);
    expectError(
      await root.delete(`/api/policies/${enc(arn)}?force=true`),
      409,
      'DeleteConflict',
      'permissions boundary',
    );
    expect(await attachmentCount(arn)).toBe(3);
    const versions = await root.get(`/api/policies/${enc(arn)}/versions`);
    expect(versions.body.items).toHaveLength(2);
  });

  it('needs each detach to be allowed: refused on the first denied one, nothing removed', async () => {
    const arn = await policyInUse('Guarded');
    const caller = await createTestUser(server, account.accountId, {
      inlinePolicies: { all: allow('iam:*'), noRoleDetach: deny('iam:DetachRolePolicy') },
    });
    const client = await signInAsUser(server, account, caller);
    expectDenied(
      await client.delete(`/api/policies/${enc(arn)}?force=true`),
      'iam:DetachRolePolicy',
      `arn:aws:iam::${account.accountId}:role/Guarded-r`,
    );
    expect(await attachmentCount(arn)).toBe(3);
    expectStatus(await root.get(`/api/policies/${enc(arn)}`), 200);
  });

  it('refuses a malformed force value', async () => {
    const arn = await policyInUse('BadForce');
    expectError(await root.delete(`/api/policies/${enc(arn)}?force=yes`), 400, 'ValidationError');
    expect(await attachmentCount(arn)).toBe(3);
  });
});
