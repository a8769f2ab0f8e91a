// Who may create a standalone account (POST /api/accounts): the root user of a standalone or
// management account while GATEHOUSE_STANDALONE_ACCOUNTS=root (off by default); never an IAM user
// or a role session, whatever its policies; never a member account's root user.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ALLOW_ALL,
  createTestAccount,
  createTestUser,
  newRootSession,
  signInAsRoot,
  signInAsUser,
  uniqueSuffix,
} from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';
import { createMember, newOrganization } from './org-fixtures.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ env: { GATEHOUSE_STANDALONE_ACCOUNTS: 'root' } });
});
afterAll(() => server?.close());

const body = () => ({ email: `standalone-${uniqueSuffix()}@example.com`, password: 'Standalone-Pass-1' });

describe('POST /api/accounts', () => {
  it('lets the root user of a standalone account create one (when the deployment allows it)', async () => {
    const { root } = await newRootSession(server);
    const res = await root.post('/api/accounts', body());
    expect(res.status).toBe(201);
    expect(res.body.accountId).toMatch(/^\d{12}$/);
  });

  it('never lets an IAM user create one, even with every permission', async () => {
    const { account } = await newRootSession(server);
    const admin = await createTestUser(server, account.accountId, { managedPolicies: { admin: ALLOW_ALL } });
    const client = await signInAsUser(server, account, admin);
    const before = await server.deps.db.account.count();
    const res = await client.post('/api/accounts', body());
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('AccessDenied');
    expect(res.body.error.message).toContain('only the root user of a standalone or management account');
    expect(await server.deps.db.account.count()).toBe(before);
  });

  it('never lets a role session create one', async () => {
    const org = await newOrganization(server);
    const member = await createMember(org);
    const ops = await createTestUser(server, org.management.accountId, {
      managedPolicies: { admin: ALLOW_ALL },
    });
    const console = await signInAsUser(server, { accountId: org.management.accountId }, ops);
    const switched = await console.post('/api/auth/switch-role', {
      account: member,
      roleName: 'OrganizationAccountAccessRole',
    });
    expect(switched.status).toBe(204);
    const res = await console.post('/api/accounts', body());
    expect(res.status).toBe(403);
    expect(res.body.error.message).toContain('IAM users and roles create member accounts');
    // the management account's root user may
    expect((await org.root.post('/api/accounts', body())).status).toBe(201);
  });

  it('refuses a member account’s root user', async () => {
    const org = await newOrganization(server);
    const invited = await createTestAccount(server);
    const handshake = await org.root.post('/api/organization/handshakes', {
      targetAccountId: invited.accountId,
    });
    const root = await signInAsRoot(server, invited);
    expect((await root.post(`/api/organization/handshakes/${handshake.body.id}/accept`, {})).status).toBe(
      200,
    );
    const res = await root.post('/api/accounts', body());
    expect(res.status).toBe(403);
    expect(res.body.error.message).toContain('member account');
  });

  it('is refused to everyone when the deployment turns it off', async () => {
    const closed = await startTestServer({ env: { GATEHOUSE_STANDALONE_ACCOUNTS: 'disabled' } });
    try {
      const { root } = await newRootSession(closed);
      const res = await root.post('/api/accounts', body());
      expect(res.status).toBe(403);
      expect(res.body.error.message).toContain('GATEHOUSE_STANDALONE_ACCOUNTS=disabled');
    } finally {
      await closed.close();
    }
  });
});
