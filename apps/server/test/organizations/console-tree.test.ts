// The console's Organizations API: the organization, its tree of OUs and accounts, moves, and
// the errors AWS answers for bad trees.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newRootSession } from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';
import { createMember, createOu, newOrganization, type TestOrganization } from './org-fixtures.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

describe('the organization', () => {
  it('is absent until created; then the caller account is its management account', async () => {
    const { account, root } = await newRootSession(server);
    expect((await root.get('/api/organization')).body).toEqual({ organization: null });
    const created = await root.post('/api/organization', {});
    expect(created.status).toBe(201);
    const org = created.body.organization;
    expect(org.id).toMatch(/^o-[a-z0-9]{10}$/);
    expect(created.body.rootId).toMatch(/^r-[a-z0-9]{4}$/);
    expect(org).toMatchObject({
      arn: `arn:aws:organizations::${account.accountId}:organization/${org.id}`,
      masterAccountId: account.accountId,
      masterAccountArn: `arn:aws:organizations::${account.accountId}:account/${org.id}/${account.accountId}`,
      featureSet: 'ALL',
      role: 'management',
    });
    expect((await root.get('/api/organization')).body.organization).toEqual(org);
    const again = await root.post('/api/organization', {});
    expect(again.status).toBe(400);
    expect(again.body.error.code).toBe('AlreadyInOrganizationException');
  });

  it('is deleted only once it has no member accounts', async () => {
    const org = await newOrganization(server);
    const member = await createMember(org);
    const refused = await org.root.delete('/api/organization');
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('OrganizationNotEmptyException');
    expect((await org.root.delete(`/api/organization/accounts/${member}`)).status).toBe(204);
    expect((await org.root.delete('/api/organization')).status).toBe(204);
    expect((await org.root.get('/api/organization')).body).toEqual({ organization: null });
  });
});

describe('the tree', () => {
  let org: TestOrganization;
  beforeAll(async () => {
    org = await newOrganization(server);
  });

  it('shows the root, OUs and accounts with AWS ids and ARNs', async () => {
    const security = await createOu(org, org.rootId, 'security');
    const workloads = await createOu(org, org.rootId, 'workloads');
    const prod = await createOu(org, workloads, 'prod');
    expect(security).toMatch(new RegExp(`^ou-${org.rootId.slice(2)}-[a-z0-9]{8}$`));
    const dev = await createMember(org, workloads, 'dev');
    const tree = (await org.root.get('/api/organization/tree')).body;
    expect(tree.root).toEqual({
      id: org.rootId,
      arn: `arn:aws:organizations::${org.management.accountId}:root/${org.organizationId}/${org.rootId}`,
      name: 'Root',
      policyTypes: [{ type: 'SERVICE_CONTROL_POLICY', status: 'ENABLED' }],
    });
    expect(tree.organizationalUnits).toEqual(
      expect.arrayContaining([
        {
          id: prod,
          arn: `arn:aws:organizations::${org.management.accountId}:ou/${org.organizationId}/${prod}`,
          name: 'prod',
          parentId: workloads,
        },
      ]),
    );
    const devAccount = tree.accounts.find((a: { id: string }) => a.id === dev);
    expect(devAccount).toMatchObject({
      arn: `arn:aws:organizations::${org.management.accountId}:account/${org.organizationId}/${dev}`,
      parentId: workloads,
      status: 'ACTIVE',
      joinedMethod: 'CREATED',
      management: false,
    });
    expect(tree.accounts.find((a: { management: boolean }) => a.management).id).toBe(
      org.management.accountId,
    );
  });

  it('refuses a duplicate OU name among siblings, whatever the case, and unknown parents', async () => {
    const ou = await createOu(org, org.rootId, 'Shared');
    const dup = await org.root.post('/api/organization/organizational-units', {
      parentId: org.rootId,
      name: 'shared',
    });
    expect(dup.status).toBe(400);
    expect(dup.body.error.code).toBe('DuplicateOrganizationalUnitException');
    // the same name under another parent is fine
    await createOu(org, ou, 'shared');
    const unknown = await org.root.post('/api/organization/organizational-units', {
      parentId: `ou-${org.rootId.slice(2)}-zzzzzzzz`,
      name: 'x',
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.code).toBe('ParentNotFoundException');
  });

  it('nests OUs at most five levels deep', async () => {
    let parent = org.rootId;
    for (let i = 1; i <= 5; i++) parent = await createOu(org, parent, `level-${i}`);
    const sixth = await org.root.post('/api/organization/organizational-units', {
      parentId: parent,
      name: 'level-6',
    });
    expect(sixth.status).toBe(400);
    expect(sixth.body.error.code).toBe('ConstraintViolationException');
    expect(sixth.body.error.message).toContain('OU_DEPTH_LIMIT_EXCEEDED');
  });

  it('moves accounts between parents and refuses bad moves with AWS errors', async () => {
    const a = await createOu(org, org.rootId, 'move-a');
    const b = await createOu(org, org.rootId, 'move-b');
    const account = await createMember(org, a, 'mover');
    const moved = await org.root.post(`/api/organization/accounts/${account}/move`, {
      destinationParentId: b,
    });
    expect(moved.status).toBe(204);
    const details = (await org.root.get(`/api/organization/accounts/${account}`)).body;
    expect(details.account.parentId).toBe(b);
    expect(details.path.map((p: { name: string }) => p.name)).toEqual(['Root', 'move-b']);

    const same = await org.root.post(`/api/organization/accounts/${account}/move`, {
      destinationParentId: b,
    });
    expect(same.body.error.code).toBe('DuplicateAccountException');
    const nowhere = await org.root.post(`/api/organization/accounts/${account}/move`, {
      destinationParentId: `ou-${org.rootId.slice(2)}-00000000`,
    });
    expect(nowhere.body.error.code).toBe('DestinationParentNotFoundException');
    const stranger = await org.root.post('/api/organization/accounts/000000000000/move', {
      destinationParentId: a,
    });
    expect(stranger.body.error.code).toBe('AccountNotFoundException');
    // the management account may move between OUs, but never out of the organization
    const mgmt = org.management.accountId;
    expect(
      (await org.root.post(`/api/organization/accounts/${mgmt}/move`, { destinationParentId: a })).status,
    ).toBe(204);
    const leave = await org.root.delete(`/api/organization/accounts/${mgmt}`);
    expect(leave.status).toBe(400);
    expect(leave.body.error.code).toBe('MasterCannotLeaveOrganizationException');
    expect((await org.root.get(`/api/organization/accounts/${mgmt}`)).body.account.parentId).toBe(a);
  });

  it('deletes only empty OUs and renames them', async () => {
    const parent = await createOu(org, org.rootId, 'to-delete');
    const child = await createOu(org, parent, 'child');
    const refused = await org.root.delete(`/api/organization/organizational-units/${parent}`);
    expect(refused.body.error.code).toBe('OrganizationalUnitNotEmptyException');
    const renamed = await org.root.put(`/api/organization/organizational-units/${child}`, {
      name: 'renamed',
    });
    expect(renamed.body.name).toBe('renamed');
    expect((await org.root.delete(`/api/organization/organizational-units/${child}`)).status).toBe(204);
    expect((await org.root.delete(`/api/organization/organizational-units/${parent}`)).status).toBe(204);
    const gone = await org.root.delete(`/api/organization/organizational-units/${parent}`);
    expect(gone.body.error.code).toBe('OrganizationalUnitNotFoundException');
  });

  it('is the management account’s only: a member account’s root is refused', async () => {
    const { root } = await newRootSession(server);
    const res = await root.get('/api/organization/tree');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('AWSOrganizationsNotInUseException');
  });
});
