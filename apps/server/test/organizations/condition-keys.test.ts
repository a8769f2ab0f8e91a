// aws:PrincipalOrgID and aws:PrincipalOrgPaths are filled for every request: a trust policy can
// admit "any principal of my organization", an identity policy can depend on where the account
// sits in the tree, and a move in the tree takes effect on the next request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ALLOW_ALL,
  createTestUser,
  newRootSession,
  signInAsUser,
  uniqueSuffix,
} from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';
import { createMember, createOu, newOrganization, type TestOrganization } from './org-fixtures.js';

let server: TestServer;
let org: TestOrganization;
beforeAll(async () => {
  server = await startTestServer();
  org = await newOrganization(server);
});
afterAll(() => server?.close());

describe('aws:PrincipalOrgID in a trust policy', () => {
  it('admits a member account’s user and refuses a standalone account’s', async () => {
    const roleName = `org-wide-${uniqueSuffix()}`;
    const created = await org.root.post('/api/roles', {
      roleName,
      trustPolicy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { AWS: '*' },
            Action: 'sts:AssumeRole',
            Condition: { StringEquals: { 'aws:PrincipalOrgID': org.organizationId } },
          },
        ],
      }),
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);

    const member = await createMember(org);
    const insider = await createTestUser(server, member, { managedPolicies: { admin: ALLOW_ALL } });
    const insiderConsole = await signInAsUser(server, { accountId: member }, insider);
    const admitted = await insiderConsole.post('/api/auth/switch-role', {
      account: org.management.accountId,
      roleName,
    });
    expect(admitted.status, JSON.stringify(admitted.body)).toBe(204);

    const { account: lone } = await newRootSession(server);
    const outsider = await createTestUser(server, lone.accountId, { managedPolicies: { admin: ALLOW_ALL } });
    const outsiderConsole = await signInAsUser(server, lone, outsider);
    const refused = await outsiderConsole.post('/api/auth/switch-role', {
      account: org.management.accountId,
      roleName,
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('AccessDenied');
  });
});

describe('aws:PrincipalOrgPaths in an identity policy', () => {
  it('follows the account through the tree, on the next request after a move', async () => {
    const security = await createOu(org, org.rootId, `security-${uniqueSuffix()}`);
    const member = await createMember(org, security, 'audit');
    const user = await createTestUser(server, member, {
      inlinePolicies: {
        fromSecurity: {
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Action: 'iam:ListUsers',
              Resource: '*',
              Condition: {
                'ForAnyValue:StringLike': {
                  'aws:PrincipalOrgPaths': `${org.organizationId}/${org.rootId}/${security}/*`,
                },
              },
            },
          ],
        },
      },
    });
    const client = await signInAsUser(server, { accountId: member }, user);
    expect((await client.get('/api/users')).status).toBe(200);
    await org.root.post(`/api/organization/accounts/${member}/move`, { destinationParentId: org.rootId });
    expect((await client.get('/api/users')).status).toBe(403);
  });
});

describe('aws:ResourceOrgID', () => {
  it('is the organization of the resource’s account, and absent for a standalone account', async () => {
    const condition = (orgId: string) => ({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: 'iam:ListUsers',
          Resource: '*',
          Condition: { StringEquals: { 'aws:ResourceOrgID': orgId } },
        },
      ],
    });
    const member = await createMember(org);
    const inside = await createTestUser(server, member, {
      inlinePolicies: { org: condition(org.organizationId) },
    });
    expect((await (await signInAsUser(server, { accountId: member }, inside)).get('/api/users')).status).toBe(
      200,
    );
    const { account: lone } = await newRootSession(server);
    const outside = await createTestUser(server, lone.accountId, {
      inlinePolicies: { org: condition(org.organizationId) },
    });
    expect((await (await signInAsUser(server, lone, outside)).get('/api/users')).status).toBe(403);
  });
});

describe('nothing half-written', () => {
  it('a refused CreateAccount, CreateOrganizationalUnit or AttachPolicy leaves no trace', async () => {
    const db = server.deps.db;
    const [accounts, units, attachments, statuses] = await Promise.all([
      db.account.count(),
      db.organizationalUnit.count(),
      db.orgPolicyAttachment.count(),
      db.createAccountStatus.count(),
    ]);
    const unknownOu = `ou-${org.rootId.slice(2)}-00000000`;
    const account = await org.root.post('/api/organization/accounts', {
      accountName: 'nowhere',
      email: `nowhere-${uniqueSuffix()}@example.com`,
      parentId: unknownOu,
    });
    expect(account.body.error.code).toBe('ParentNotFoundException');
    const ou = await org.root.post('/api/organization/organizational-units', {
      parentId: unknownOu,
      name: 'x',
    });
    expect(ou.body.error.code).toBe('ParentNotFoundException');
    const attach = await org.root.post('/api/organization/policies/p-FullAWSAccess/attach', {
      targetId: '000000000000',
    });
    expect(attach.body.error.code).toBe('TargetNotFoundException');
    expect(
      await Promise.all([
        db.account.count(),
        db.organizationalUnit.count(),
        db.orgPolicyAttachment.count(),
        db.createAccountStatus.count(),
      ]),
    ).toEqual([accounts, units, attachments, statuses]);
  });

  it('a trust policy naming an account that does not exist admits nobody', async () => {
    const roleName = `ghost-${uniqueSuffix()}`;
    const created = await org.root.post('/api/roles', {
      roleName,
      trustPolicy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::999999999999:root' }, Action: 'sts:AssumeRole' },
        ],
      }),
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const member = await createMember(org);
    const user = await createTestUser(server, member, { managedPolicies: { admin: ALLOW_ALL } });
    const console = await signInAsUser(server, { accountId: member }, user);
    const refused = await console.post('/api/auth/switch-role', {
      account: org.management.accountId,
      roleName,
    });
    expect(refused.status).toBe(403);
    const unknown = await console.post('/api/auth/switch-role', { account: '999999999999', roleName: 'Any' });
    expect(unknown.status).toBe(403);
  });
});
