// The console's navigation learns what the signed-in account is in AWS Organizations from whoami
// (`organizationRole`), which needs no permission: an IAM user without any policy gets it, and
// asking leaves no audit event (GET /api/organization, authorised as DescribeOrganization, would
// record a denial on every console load).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../harness/api-client.js';
import { createTestUser, newRootSession, signInAsUser, type TestAccount } from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';
import { newOrganization } from './org-fixtures.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

/** An IAM user of the account with no policies at all, signed in. */
async function policylessUser(account: TestAccount): Promise<{ client: ApiClient; arn: string }> {
  const user = await createTestUser(server, account.accountId);
  return { client: await signInAsUser(server, account, user), arn: user.arn };
}

/** The principal's audit events other than its console sign-in. */
const eventsOf = (principalArn: string) =>
  server.deps.db.auditEvent.findMany({ where: { principalArn, action: { not: 'signin:ConsoleLogin' } } });

describe('whoami’s organizationRole', () => {
  it('is null for a standalone account, management for the management account, member once invited', async () => {
    const standalone = await newRootSession(server);
    const loner = await policylessUser(standalone.account);
    const lonerAnswer = await loner.client.get('/api/auth/whoami');
    expect(lonerAnswer.status).toBe(200);
    expect(lonerAnswer.body.organizationRole).toBeNull();
    expect((await standalone.root.get('/api/auth/whoami')).body.organizationRole).toBeNull();

    const org = await newOrganization(server, { scp: false });
    const manager = await policylessUser(org.management);
    expect((await manager.client.get('/api/auth/whoami')).body.organizationRole).toBe('management');
    expect((await org.root.get('/api/auth/whoami')).body.organizationRole).toBe('management');

    const invited = await org.root.post('/api/organization/handshakes', {
      targetAccountId: standalone.account.accountId,
    });
    expect(invited.status, JSON.stringify(invited.body)).toBe(201);
    const accepted = await standalone.root.post(`/api/organization/handshakes/${invited.body.id}/accept`, {});
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    expect((await loner.client.get('/api/auth/whoami')).body.organizationRole).toBe('member');
    expect((await standalone.root.get('/api/auth/whoami')).body.organizationRole).toBe('member');

    // asking leaves no audit event for these users
    expect(await eventsOf(manager.arn)).toEqual([]);
    expect(await eventsOf(loner.arn)).toEqual([]);
  });

  it('writes no audit event, where GET /api/organization records the denial', async () => {
    const org = await newOrganization(server, { scp: false });
    const user = await policylessUser(org.management);
    for (let i = 0; i < 3; i++) {
      expect((await user.client.get('/api/auth/whoami')).body.organizationRole).toBe('management');
    }
    expect(await eventsOf(user.arn)).toEqual([]);
    // the pages themselves stay authorised: DescribeOrganization is denied and audited
    const refused = await user.client.get('/api/organization');
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('AccessDenied');
    const denied = (await eventsOf(user.arn)).filter((e) => e.result === 'Denied');
    expect(denied.map((e) => e.action)).toEqual(['organizations:DescribeOrganization']);
  });
});
