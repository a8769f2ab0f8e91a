// The console's OU page in one request: GET /api/organization/organizational-units/:id answers
// the OU, its path, its children and its SCPs (attached and inherited), authorised as
// organizations:DescribeOrganizationalUnit on the OU's ARN.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allow, createTestUser, newRootSession, signInAsUser } from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';
import {
  attachScp,
  createMember,
  createOu,
  createScp,
  newOrganization,
  type TestOrganization,
} from './org-fixtures.js';

let server: TestServer;
let org: TestOrganization;
beforeAll(async () => {
  server = await startTestServer();
  org = await newOrganization(server);
});
afterAll(() => server?.close());

const ouArn = (id: string) =>
  `arn:aws:organizations::${org.management.accountId}:ou/${org.organizationId}/${id}`;

describe('GET /api/organization/organizational-units/:id', () => {
  it('answers the OU, its path, children and attached and inherited SCPs', async () => {
    const workloads = await createOu(org, org.rootId, 'workloads');
    const prod = await createOu(org, workloads, 'prod');
    const beta = await createOu(org, prod, 'beta');
    const alpha = await createOu(org, prod, 'Alpha');
    const account = await createMember(org, prod, 'prod-app');
    const onWorkloads = await createScp(org, 'deny-leave', {
      Effect: 'Deny',
      Action: 'organizations:LeaveOrganization',
      Resource: '*',
    });
    const onProd = await createScp(org, 'deny-users', {
      Effect: 'Deny',
      Action: 'iam:CreateUser',
      Resource: '*',
    });
    await attachScp(org, onWorkloads, workloads);
    await attachScp(org, onProd, prod);

    const res = await org.root.get(`/api/organization/organizational-units/${prod}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.organizationalUnit).toEqual({
      id: prod,
      arn: ouArn(prod),
      name: 'prod',
      parentId: workloads,
    });
    expect(res.body.path).toEqual([
      { id: org.rootId, name: 'Root', type: 'ROOT' },
      { id: workloads, name: 'workloads', type: 'ORGANIZATIONAL_UNIT' },
    ]);
    expect(res.body.children.organizationalUnits).toEqual([
      { id: alpha, arn: ouArn(alpha), name: 'Alpha', parentId: prod },
      { id: beta, arn: ouArn(beta), name: 'beta', parentId: prod },
    ]);
    expect(res.body.children.accounts).toHaveLength(1);
    expect(res.body.children.accounts[0]).toMatchObject({ id: account, parentId: prod, management: false });
    // SCPs are enabled: FullAWSAccess sits on every node, then each OU's own policy
    expect(res.body.policies.attached.map((p: { name: string }) => p.name).sort()).toEqual([
      'FullAWSAccess',
      'deny-users',
    ]);
    expect(res.body.policies.attached.find((p: { id: string }) => p.id === onProd)).toMatchObject({
      type: 'SERVICE_CONTROL_POLICY',
      awsManaged: false,
      targetCount: 1,
    });
    const inherited = res.body.policies.inherited.map(
      (i: { from: { name: string }; policy: { name: string } }) => `${i.from.name}:${i.policy.name}`,
    );
    expect(inherited.sort()).toEqual([
      'Root:FullAWSAccess',
      'workloads:FullAWSAccess',
      'workloads:deny-leave',
    ]);
    // an empty OU three levels down
    const leaf = (await org.root.get(`/api/organization/organizational-units/${beta}`)).body;
    expect(leaf.children).toEqual({ organizationalUnits: [], accounts: [] });
    expect(leaf.path.map((p: { name: string }) => p.name)).toEqual(['Root', 'workloads', 'prod']);
  });

  it('answers OrganizationalUnitNotFoundException for unknown ids and the root, ValidationError for malformed ones', async () => {
    const unknown = await org.root.get(
      `/api/organization/organizational-units/ou-${org.rootId.slice(2)}-zzzzzzzz`,
    );
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.code).toBe('OrganizationalUnitNotFoundException');
    const malformed = await org.root.get(`/api/organization/organizational-units/${org.rootId}`);
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe('ValidationError');
  });

  it('is authorised as organizations:DescribeOrganizationalUnit on the OU’s ARN', async () => {
    const ou = await createOu(org, org.rootId, 'audited');
    const other = await createOu(org, org.rootId, 'elsewhere');
    const user = await createTestUser(server, org.management.accountId, {
      inlinePolicies: {
        ou: allow(
          [
            'organizations:DescribeOrganizationalUnit',
            'organizations:ListParents',
            'organizations:ListChildren',
            'organizations:ListPoliciesForTarget',
          ],
          ouArn(ou),
        ),
      },
    });
    const client = await signInAsUser(server, org.management, user);
    expect((await client.get(`/api/organization/organizational-units/${ou}`)).status).toBe(200);
    const refused = await client.get(`/api/organization/organizational-units/${other}`);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('AccessDenied');
    expect(refused.body.error.message).toContain('organizations:DescribeOrganizationalUnit');
    const events = await server.deps.db.auditEvent.findMany({
      where: { accountId: org.management.accountId, principalArn: user.arn, result: 'Denied' },
    });
    expect(events.map((e) => [e.action, e.resource])).toEqual([
      ['organizations:DescribeOrganizationalUnit', ouArn(other)],
    ]);
  });

  it('answers AWSOrganizationsNotInUseException to an account outside any organization', async () => {
    const { root } = await newRootSession(server);
    const res = await root.get(`/api/organization/organizational-units/ou-${org.rootId.slice(2)}-aaaaaaaa`);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('AWSOrganizationsNotInUseException');
  });
});
