import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../harness/api-client.js';
import { newRootSession, signInAsRoot, signInAsUser, type TestAccount } from '../harness/fixtures.js';
import type { TestServer } from '../harness/test-server.js';
import { addMfaDevice, startCredentialServer } from './credential-helpers.js';

let server: TestServer;
let account: TestAccount;
let root: ApiClient;

const DAY = 86_400;

beforeAll(async () => {
  ({ server } = await startCredentialServer());
  ({ account, root } = await newRootSession(server));
});
afterAll(() => server?.close());

function parseCsv(text: string): Record<string, string>[] {
  const [header, ...lines] = text.trim().split('\n');
  const columns = header!.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [columns[i]!, v])));
}

describe('credential report', () => {
  it('is NoSuchEntity before the first generate', async () => {
    const res = await root.get('/api/credential-report');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('NoSuchEntity');
  });

  it('has AWS’s columns, a root row and one row per user', async () => {
    await root.put('/api/account/password-policy', { maxPasswordAge: 90 });
    await root.post('/api/users', { userName: 'console-only' });
    await root.put('/api/users/console-only/login-profile', { password: 'Console-Password-1' });
    await signInAsUser(server, account, { name: 'console-only', password: 'Console-Password-1' });
    await root.post('/api/users', { userName: 'robot' });
    const key1 = (await root.post('/api/users/robot/access-keys')).body.accessKeyId;
    await root.post('/api/users/robot/access-keys');
    await root.patch(`/api/users/robot/access-keys/${key1}`, { status: 'Inactive' });
    await addMfaDevice(server, root, '/self', `root-${account.accountId}`);

    const generated = await root.post('/api/credential-report');
    expect(generated.status).toBe(200);
    expect(generated.body).toEqual({ state: 'COMPLETE', generatedTime: server.clock.now().toISOString() });

    const report = await root.get('/api/credential-report');
    expect(report.status).toBe(200);
    expect(report.body.reportFormat).toBe('text/csv');
    const content: string = report.body.content;
    expect(content.split('\n')[0]).toBe(
      'user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,' +
        'password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,' +
        'access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,' +
        'access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,' +
        'access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,' +
        'cert_1_last_rotated,cert_2_active,cert_2_last_rotated',
    );
    const rows = parseCsv(content);
    expect(rows.map((r) => r.user)).toEqual(['<root_account>', 'console-only', 'robot']);
    const time = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/;

    const [rootRow, consoleRow, robotRow] = rows as [
      Record<string, string>,
      Record<string, string>,
      Record<string, string>,
    ];
    expect(rootRow).toMatchObject({
      arn: `arn:aws:iam::${account.accountId}:root`,
      password_enabled: 'not_supported',
      password_last_changed: 'not_supported',
      password_next_rotation: 'not_supported',
      mfa_active: 'true',
      access_key_1_active: 'false',
      access_key_1_last_rotated: 'N/A',
      cert_1_active: 'false',
      cert_2_last_rotated: 'N/A',
    });
    expect(rootRow.password_last_used).toMatch(time);

    expect(consoleRow).toMatchObject({
      password_enabled: 'true',
      mfa_active: 'false',
      access_key_1_active: 'false',
    });
    expect(consoleRow.password_last_used).toMatch(time);
    expect(consoleRow.password_last_changed).toMatch(time);
    const changed = Date.parse(consoleRow.password_last_changed!.replace('+00:00', 'Z'));
    const next = Date.parse(consoleRow.password_next_rotation!.replace('+00:00', 'Z'));
    expect(next - changed).toBe(90 * DAY * 1000);

    expect(robotRow).toMatchObject({
      password_enabled: 'false',
      password_last_used: 'N/A',
      password_last_changed: 'N/A',
      password_next_rotation: 'N/A',
      access_key_1_active: 'false',
      access_key_1_last_used_date: 'N/A',
      access_key_1_last_used_region: 'N/A',
      access_key_1_last_used_service: 'N/A',
      access_key_2_active: 'true',
    });
    expect(robotRow.access_key_1_last_rotated).toMatch(time);

    const download = await root.get('/api/credential-report/download');
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(download.headers.get('content-disposition')).toMatch(
      /^attachment; filename="?credential-report-\d{12}-/,
    );
    expect(download.body).toBe(content);
  });
});

describe('account security facts', () => {
  it('reports root MFA, policy, old and unused credentials, and passwords without MFA', async () => {
    const { account: fresh, root: freshRoot } = await newRootSession(server);
    const before = await freshRoot.get('/api/account/security');
    expect(before.status).toBe(200);
    expect(before.body).toEqual({
      rootMfaEnabled: false,
      rootAccessKeys: 0,
      passwordPolicySet: false,
      activeAccessKeysOlderThan90Days: 0,
      usersWithPasswordWithoutMfa: [],
      usersWithPasswordWithoutMfaCount: 0,
      passwordsUnusedFor90Days: 0,
      accessKeysUnusedFor90Days: 0,
    });
    await freshRoot.post('/api/users', { userName: 'no-mfa' });
    await freshRoot.put('/api/users/no-mfa/login-profile', { password: 'No-Mfa-Password-1' });
    await freshRoot.post('/api/users', { userName: 'has-mfa' });
    await freshRoot.put('/api/users/has-mfa/login-profile', { password: 'Has-Mfa-Password-1' });
    await addMfaDevice(server, freshRoot, '/users/has-mfa', `has-mfa-${fresh.accountId}`);
    await freshRoot.post('/api/users/has-mfa/access-keys');
    await freshRoot.post('/api/self/access-keys');
    await freshRoot.put('/api/account/password-policy', {});
    server.clock.advanceSeconds(91 * DAY);

    const again = await signInAsRoot(server, fresh);
    const after = await again.get('/api/account/security');
    expect(after.body).toEqual({
      rootMfaEnabled: false,
      rootAccessKeys: 1,
      passwordPolicySet: true,
      activeAccessKeysOlderThan90Days: 2,
      usersWithPasswordWithoutMfa: ['no-mfa'],
      usersWithPasswordWithoutMfaCount: 1,
      passwordsUnusedFor90Days: 2,
      accessKeysUnusedFor90Days: 2,
    });
  });
});
