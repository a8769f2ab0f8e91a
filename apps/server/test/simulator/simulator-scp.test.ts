// Service control policies in the simulator (issue 14): simulating a principal of a member
// account includes the SCPs on its path, as enforcement does and as AWS's simulator does for
// Organizations, on the console's simulator API and on the AWS door's SimulatePrincipalPolicy
// (OrganizationsDecisionDetail). The management account's principals are never bounded.
import { SimulatePrincipalPolicyCommand, type IAMClient } from '@aws-sdk/client-iam';
import type { Explanation } from '@gatehouse/evaluator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserPrincipal } from '../../src/auth/principal.js';
import { authorize } from '../../src/authz/authorize.js';
import { isAppError } from '../../src/errors/app-error.js';
import { awsClients, createTestAccessKey } from '../aws/aws-clients.js';
import type { ApiClient } from '../harness/api-client.js';
import { ALLOW_ALL, createTestUser, signInAsUser, type TestUser } from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';
import {
  attachScp,
  createMember,
  createOu,
  createScp,
  newOrganization,
  type TestOrganization,
} from '../organizations/org-fixtures.js';

let server: TestServer;
let org: TestOrganization;
let member: string;
let admin: ApiClient;
let door: IAMClient;
let dev: TestUser;
let denyArn: string;
let managementDev: TestUser;

const GET = 'arn:aws:s3:::reports/q3.pdf';

beforeAll(async () => {
  server = await startTestServer();
  org = await newOrganization(server);
  const workloads = await createOu(org, org.rootId, 'workloads');
  member = await createMember(org, workloads, 'prod');
  const adminUser = await createTestUser(server, member, {
    name: 'admin',
    managedPolicies: { admin: ALLOW_ALL },
  });
  admin = await signInAsUser(server, { accountId: member }, adminUser);
  door = awsClients(server, await createTestAccessKey(server, member, adminUser.userId)).iam;
  dev = await createTestUser(server, member, { name: 'dev', inlinePolicies: { all: ALLOW_ALL } });
  managementDev = await createTestUser(server, org.management.accountId, {
    name: 'dev',
    inlinePolicies: { all: ALLOW_ALL },
  });
  // On the OU: no deletes from S3. On the account, in place of FullAWSAccess: S3 and IAM only.
  const noDeletes = await createScp(org, 'NoDeletes', {
    Effect: 'Deny',
    Action: 's3:DeleteObject',
    Resource: '*',
  });
  denyArn = `arn:aws:organizations::${org.management.accountId}:policy/${org.organizationId}/service_control_policy/${noDeletes}`;
  await attachScp(org, noDeletes, workloads);
  const s3AndIam = await createScp(org, 'S3AndIamOnly', {
    Effect: 'Allow',
    Action: ['s3:*', 'iam:*'],
    Resource: '*',
  });
  await attachScp(org, s3AndIam, member);
  const detached = await org.root.post('/api/organization/policies/p-FullAWSAccess/detach', {
    targetId: member,
  });
  expect(detached.status, JSON.stringify(detached.body)).toBe(204);
});
afterAll(() => server?.close());

async function enforced(
  accountId: string,
  user: TestUser,
  action: string,
  resource: string,
): Promise<string> {
  const principal: UserPrincipal = {
    type: 'user',
    accountId,
    arn: user.arn,
    userId: user.userId,
    userName: user.name,
    path: '/',
    passwordResetRequired: false,
  };
  const request = { requestId: 'scp-simulator', sourceIp: '127.0.0.1', secureTransport: false, origin: '' };
  try {
    await authorize({ ...server.deps, request, principal }, action, resource);
    return 'Allow';
  } catch (err) {
    if (isAppError(err) && err.code === 'AccessDenied') return err.message;
    throw err;
  }
}

const CASES = [
  { action: 's3:GetObject', resource: GET, decision: 'Allow', aws: 'allowed', byOrganizations: true },
  {
    action: 's3:DeleteObject',
    resource: GET,
    decision: 'ExplicitDeny',
    aws: 'explicitDeny',
    byOrganizations: false,
  },
  {
    action: 'ec2:DescribeInstances',
    resource: '*',
    decision: 'ImplicitDeny',
    aws: 'implicitDeny',
    byOrganizations: false,
  },
] as const;

describe('simulating a principal of a member account', () => {
  it('the console simulator applies the SCPs on its path, and says which denied', async () => {
    const res = await admin.post('/api/simulator/principal-policy', {
      userName: dev.name,
      actions: CASES.map((c) => c.action),
      resources: [GET, '*'],
    });
    expect(res.status, JSON.stringify(res.body).slice(0, 400)).toBe(200);
    type Result = { action: string; resource: string; decision: string; explanation: Explanation };
    const results = res.body.results as Result[];
    for (const c of CASES) {
      const result = results.find((r) => r.action === c.action && r.resource === c.resource)!;
      expect(result.decision, c.action).toBe(c.decision);
    }
    const deleted = results.find((r) => r.action === 's3:DeleteObject' && r.resource === GET)!;
    expect(deleted.explanation.decidedBy).toEqual([expect.objectContaining({ policyId: denyArn })]);
    expect(deleted.explanation.policies).toContainEqual(
      expect.objectContaining({ id: denyArn, name: 'NoDeletes', category: 'scp', decision: 'ExplicitDeny' }),
    );
    const ec2 = results.find((r) => r.action === 'ec2:DescribeInstances')!;
    expect(ec2.explanation.summary).toMatch(/service control polic/);
  });

  it('decides as enforcement does', async () => {
    for (const c of CASES) {
      const fact = await enforced(member, dev, c.action, c.resource);
      if (c.decision === 'Allow') expect(fact, c.action).toBe('Allow');
      else expect(fact, c.action).toMatch(/service control policy/);
    }
  });

  it('SimulatePrincipalPolicy on the AWS door answers with OrganizationsDecisionDetail', async () => {
    for (const c of CASES) {
      const out = await door.send(
        new SimulatePrincipalPolicyCommand({
          PolicySourceArn: dev.arn,
          ActionNames: [c.action],
          ResourceArns: [c.resource],
        }),
      );
      const result = out.EvaluationResults![0]!;
      expect(result.EvalDecision, c.action).toBe(c.aws);
      expect(result.OrganizationsDecisionDetail, c.action).toEqual({
        AllowedByOrganizations: c.byOrganizations,
      });
    }
  });
});

describe('simulating a principal of the management account', () => {
  it('applies no SCP, as enforcement applies none', async () => {
    const res = await org.root.post('/api/simulator/principal-policy', {
      userName: managementDev.name,
      actions: ['s3:DeleteObject', 'ec2:DescribeInstances'],
      resources: [GET],
    });
    expect(res.status).toBe(200);
    expect(res.body.results.map((r: { decision: string }) => r.decision)).toEqual(['Allow', 'Allow']);
    expect(await enforced(org.management.accountId, managementDev, 's3:DeleteObject', GET)).toBe('Allow');
  });
});
