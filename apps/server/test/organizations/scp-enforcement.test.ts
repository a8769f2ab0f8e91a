// Service control policies bound every principal of a member account — its IAM users, its
// root user and role sessions in it — and never the management account; the refusal is in
// AWS's words and names the SCP; a change takes effect on the next request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../harness/api-client.js';
import {
  ALLOW_ALL,
  createTestAccount,
  createTestUser,
  signInAsRoot,
  signInAsUser,
  uniqueSuffix,
} from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';
import {
  attachScp,
  createMember,
  createOu,
  createScp,
  newOrganization,
  type TestOrganization,
} from './org-fixtures.js';

const DENY_CREATE_USER = { Effect: 'Deny', Action: 'iam:CreateUser', Resource: '*' };

let server: TestServer;
let org: TestOrganization;
let workloads: string;
let member: string;
let memberAdmin: ApiClient;
let scpId: string;
let scpArn: string;

beforeAll(async () => {
  server = await startTestServer();
  org = await newOrganization(server);
  workloads = await createOu(org, org.rootId, 'workloads');
  member = await createMember(org, workloads, 'prod');
  const admin = await createTestUser(server, member, {
    name: 'admin',
    managedPolicies: { admin: ALLOW_ALL },
  });
  memberAdmin = await signInAsUser(server, { accountId: member }, admin);
  scpId = await createScp(org, 'DenyCreateUser', DENY_CREATE_USER);
  scpArn = `arn:aws:organizations::${org.management.accountId}:policy/${org.organizationId}/service_control_policy/${scpId}`;
});
afterAll(() => server?.close());

const newUser = (client: ApiClient) => client.post('/api/users', { userName: `u-${uniqueSuffix()}` });

describe('before any SCP denies', () => {
  it('FullAWSAccess is attached to the root, the OU and the account, so nothing is refused', async () => {
    const details = (await org.root.get(`/api/organization/accounts/${member}`)).body;
    expect(details.policies.attached.map((p: { id: string }) => p.id)).toEqual(['p-FullAWSAccess']);
    expect(details.policies.inherited.map((i: { from: { name: string } }) => i.from.name)).toEqual([
      'Root',
      'workloads',
    ]);
    const full = (await org.root.get('/api/organization/policies/p-FullAWSAccess')).body;
    expect(full.policy).toMatchObject({
      arn: 'arn:aws:organizations::aws:policy/service_control_policy/p-FullAWSAccess',
      awsManaged: true,
      type: 'SERVICE_CONTROL_POLICY',
    });
    expect(JSON.parse(full.content)).toEqual({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
    });
    expect((await newUser(memberAdmin)).status).toBe(201);
  });
});

describe('an SCP on an OU denying iam:CreateUser', () => {
  beforeAll(async () => {
    await attachScp(org, scpId, workloads);
  });

  it('stops the member account’s administrator, in AWS’s words naming the SCP', async () => {
    const res = await newUser(memberAdmin);
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('AccessDenied');
    expect(res.body.error.message).toMatch(
      new RegExp(
        `^User: arn:aws:iam::${member}:user/admin is not authorized to perform: iam:CreateUser on resource: arn:aws:iam::${member}:user/u-\\w+ with an explicit deny in a service control policy: ${scpArn.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`,
      ),
    );
    // everything else is still allowed
    expect((await memberAdmin.get('/api/users')).status).toBe(200);
  });

  it('stops the member account’s root user', async () => {
    const invited = await createTestAccount(server);
    const invitation = await org.root.post('/api/organization/handshakes', {
      targetAccountId: invited.accountId,
    });
    expect(invitation.status).toBe(201);
    const invitedRoot = await signInAsRoot(server, invited);
    expect((await newUser(invitedRoot)).status).toBe(201);
    const accepted = await invitedRoot.post(`/api/organization/handshakes/${invitation.body.id}/accept`, {});
    expect(accepted.body.state).toBe('ACCEPTED');
    // joined under the root: not yet under the OU's SCP
    expect((await newUser(invitedRoot)).status).toBe(201);
    await org.root.post(`/api/organization/accounts/${invited.accountId}/move`, {
      destinationParentId: workloads,
    });
    const res = await newUser(invitedRoot);
    expect(res.status).toBe(403);
    expect(res.body.error.message).toContain(
      `User: arn:aws:iam::${invited.accountId}:root is not authorized to perform: iam:CreateUser`,
    );
    expect(res.body.error.message).toContain('with an explicit deny in a service control policy');
  });

  it('stops a role session in the member account (OrganizationAccountAccessRole), not the management account', async () => {
    const mgmtAdmin = await createTestUser(server, org.management.accountId, {
      name: `ops-${uniqueSuffix()}`,
      managedPolicies: { admin: ALLOW_ALL },
    });
    const console = await signInAsUser(server, { accountId: org.management.accountId }, mgmtAdmin);
    // the management account is never bounded by SCPs, even placed under the OU
    await org.root.post(`/api/organization/accounts/${org.management.accountId}/move`, {
      destinationParentId: workloads,
    });
    expect((await newUser(console)).status).toBe(201);
    expect((await newUser(org.root)).status).toBe(201);

    const switched = await console.post('/api/auth/switch-role', {
      account: member,
      roleName: 'OrganizationAccountAccessRole',
    });
    expect(switched.status, JSON.stringify(switched.body)).toBe(204);
    expect((await console.get('/api/users')).status).toBe(200);
    const res = await newUser(console);
    expect(res.status).toBe(403);
    expect(res.body.error.message).toContain(
      `User: arn:aws:sts::${member}:assumed-role/OrganizationAccountAccessRole/`,
    );
    expect(res.body.error.message).toContain(`with an explicit deny in a service control policy: ${scpArn}`);
  });

  it('takes an SCP edit into account on the next request (cached sets are invalidated)', async () => {
    expect((await memberAdmin.get('/api/users')).status).toBe(200);
    const edited = await org.root.put(`/api/organization/policies/${scpId}`, {
      content: JSON.stringify({
        Version: '2012-10-17',
        Statement: [DENY_CREATE_USER, { Effect: 'Deny', Action: 'iam:ListUsers', Resource: '*' }],
      }),
    });
    expect(edited.status).toBe(200);
    expect((await memberAdmin.get('/api/users')).status).toBe(403);
    await org.root.put(`/api/organization/policies/${scpId}`, {
      content: JSON.stringify({ Version: '2012-10-17', Statement: [DENY_CREATE_USER] }),
    });
    expect((await memberAdmin.get('/api/users')).status).toBe(200);
  });

  it('without an allowing SCP at a level, the request is refused as AWS words it', async () => {
    const allowList = await createScp(org, `OnlyReads-${uniqueSuffix()}`, {
      Effect: 'Allow',
      Action: ['iam:Get*', 'iam:List*'],
      Resource: '*',
    });
    const account = await createMember(org, undefined, 'allowlist');
    const admin = await createTestUser(server, account, {
      name: 'admin',
      managedPolicies: { admin: ALLOW_ALL },
    });
    const client = await signInAsUser(server, { accountId: account }, admin);
    await attachScp(org, allowList, account);
    const detached = await org.root.post('/api/organization/policies/p-FullAWSAccess/detach', {
      targetId: account,
    });
    expect(detached.status).toBe(204);
    expect((await client.get('/api/users')).status).toBe(200);
    const res = await newUser(client);
    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(
      /because no service control policy allows the iam:CreateUser action$/,
    );
  });
});

describe('the policy type', () => {
  it('disabled, no SCP applies and every attachment is gone; enabled again, FullAWSAccess is everywhere', async () => {
    expect((await newUser(memberAdmin)).status).toBe(403);
    const off = await org.root.delete(
      `/api/organization/roots/${org.rootId}/policy-types?policyType=SERVICE_CONTROL_POLICY`,
    );
    expect(off.status).toBe(200);
    expect(off.body.root.policyTypes).toEqual([]);
    expect((await newUser(memberAdmin)).status).toBe(201);
    const attach = await org.root.post(`/api/organization/policies/${scpId}/attach`, { targetId: workloads });
    expect(attach.body.error.code).toBe('PolicyTypeNotEnabledException');
    const on = await org.root.post(`/api/organization/roots/${org.rootId}/policy-types`, {
      policyType: 'SERVICE_CONTROL_POLICY',
    });
    expect(on.body.root.policyTypes).toEqual([{ type: 'SERVICE_CONTROL_POLICY', status: 'ENABLED' }]);
    const details = (await org.root.get(`/api/organization/accounts/${member}`)).body;
    expect(details.policies.attached.map((p: { id: string }) => p.id)).toEqual(['p-FullAWSAccess']);
    expect(details.policies.inherited.map((i: { policy: { id: string } }) => i.policy.id)).toEqual([
      'p-FullAWSAccess',
      'p-FullAWSAccess',
    ]);
    expect((await newUser(memberAdmin)).status).toBe(201);
    await attachScp(org, scpId, workloads);
    expect((await newUser(memberAdmin)).status).toBe(403);
  });
});

describe('attachments', () => {
  it('refuses detaching a target’s last SCP, a duplicate attachment and one that is not there', async () => {
    const ou = await createOu(org, org.rootId, `lonely-${uniqueSuffix()}`);
    const last = await org.root.post('/api/organization/policies/p-FullAWSAccess/detach', { targetId: ou });
    expect(last.status).toBe(400);
    expect(last.body.error.code).toBe('ConstraintViolationException');
    expect(last.body.error.message).toContain('MIN_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED');
    const dup = await org.root.post('/api/organization/policies/p-FullAWSAccess/attach', { targetId: ou });
    expect(dup.body.error.code).toBe('DuplicatePolicyAttachmentException');
    const absent = await org.root.post(`/api/organization/policies/${scpId}/detach`, { targetId: ou });
    expect(absent.body.error.code).toBe('PolicyNotAttachedException');
    const nowhere = await org.root.post(`/api/organization/policies/${scpId}/attach`, {
      targetId: `ou-${org.rootId.slice(2)}-99999999`,
    });
    expect(nowhere.body.error.code).toBe('TargetNotFoundException');
    // a policy in use cannot be deleted; the targets are listed
    const inUse = await org.root.delete(`/api/organization/policies/${scpId}`);
    expect(inUse.body.error.code).toBe('PolicyInUseException');
    const described = (await org.root.get(`/api/organization/policies/${scpId}`)).body;
    expect(described.targets).toEqual([
      {
        targetId: workloads,
        arn: `arn:aws:organizations::${org.management.accountId}:ou/${org.organizationId}/${workloads}`,
        name: 'workloads',
        type: 'ORGANIZATIONAL_UNIT',
      },
    ]);
    expect(described.policy.targetCount).toBe(1);
  });

  it('refuses a malformed SCP with line and column, changing nothing', async () => {
    const before = (await org.root.get('/api/organization/policies')).body.policies.length;
    const bad = await org.root.post('/api/organization/policies', {
      name: 'broken',
      content: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*",}]}',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('MalformedPolicyDocumentException');
    expect(bad.body.error.message).toMatch(/line 1, column \d+/);
    const principal = await org.root.post('/api/organization/policies', {
      name: 'with-principal',
      content: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Deny', Principal: '*', Action: '*', Resource: '*' }],
      }),
    });
    expect(principal.body.error.code).toBe('MalformedPolicyDocumentException');
    expect((await org.root.get('/api/organization/policies')).body.policies.length).toBe(before);
    const dupName = await org.root.post('/api/organization/policies', {
      name: 'fullawsaccess',
      content: JSON.stringify({ Version: '2012-10-17', Statement: [DENY_CREATE_USER] }),
    });
    expect(dupName.body.error.code).toBe('DuplicatePolicyException');
  });
});
