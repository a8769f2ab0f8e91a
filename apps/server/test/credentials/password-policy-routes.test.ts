import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../harness/api-client.js';
import { ApiClient as Client } from '../harness/api-client.js';
import { newRootSession, signInAsRoot, type TestAccount } from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';

let server: TestServer;
let account: TestAccount;
let root: ApiClient;

const DAY = 86_400;
const STRICT = {
  minimumPasswordLength: 12,
  requireSymbols: true,
  requireNumbers: true,
  requireUppercaseCharacters: true,
  requireLowercaseCharacters: true,
  allowUsersToChangePassword: true,
  passwordReusePrevention: 2,
  maxPasswordAge: 30,
};
const A = 'Alpha-password-1';
const B = 'Bravo-password-2';
const C = 'Charlie-password-3';

beforeAll(async () => {
  server = await startTestServer();
  ({ account, root } = await newRootSession(server));
});
afterAll(() => server?.close());

async function signIn(userName: string, password: string) {
  const client = new Client(server.baseUrl);
  const res = await client.post('/api/auth/signin/iam', { account: account.accountId, userName, password });
  return { client, res };
}

describe('account password policy', () => {
  it('starts unset, with AWS’s default rules in force', async () => {
    const res = await root.get('/api/account/password-policy');
    expect(res.status).toBe(200);
    expect(res.body.passwordPolicy).toBeNull();
    expect(res.body.rulesInForce).toContain('at least 8 characters');
    expect(res.body.rulesInForce).toContain(
      'at least three of: uppercase letters, lowercase letters, digits, symbols',
    );
  });

  it('refuses values outside AWS’s ranges', async () => {
    for (const body of [
      { minimumPasswordLength: 5 },
      { minimumPasswordLength: 129 },
      { maxPasswordAge: 0 },
      { maxPasswordAge: 1096 },
      { passwordReusePrevention: 25 },
      { requireSymbols: 'yes' },
    ]) {
      const res = await root.put('/api/account/password-policy', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe('ValidationError');
    }
  });

  it('saves a policy; omitted fields take AWS’s defaults', async () => {
    const partial = await root.put('/api/account/password-policy', { requireNumbers: true });
    expect(partial.status).toBe(200);
    expect(partial.body.passwordPolicy).toEqual({
      minimumPasswordLength: 6,
      requireSymbols: false,
      requireNumbers: true,
      requireUppercaseCharacters: false,
      requireLowercaseCharacters: false,
      allowUsersToChangePassword: false,
      expirePasswords: false,
      maxPasswordAge: null,
      passwordReusePrevention: null,
      hardExpiry: false,
    });
    const strict = await root.put('/api/account/password-policy', STRICT);
    expect(strict.body.passwordPolicy).toMatchObject({ ...STRICT, expirePasswords: true });
    expect((await root.get('/api/account/password-policy')).body.rulesInForce).toEqual([
      'at least 12 characters',
      'at least one uppercase letter (A–Z)',
      'at least one lowercase letter (a–z)',
      'at least one digit (0–9)',
      "at least one symbol of `!@#$%^&*()_+-=[]{}|'`",
      'passwords expire after 30 days',
      'the last 2 passwords cannot be reused',
      'users can change their own password',
    ]);
  });

  it('names every unmet rule when a password is set', async () => {
    await root.post('/api/users', { userName: 'weak' });
    const res = await root.put('/api/users/weak/login-profile', { password: 'short' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('PasswordPolicyViolation');
    expect(res.body.error.fieldErrors.map((f: { message: string }) => f.message)).toEqual([
      'it must have at least 12 characters',
      'it must contain an uppercase letter (A–Z)',
      'it must contain a digit (0–9)',
      "it must contain one of the symbols `!@#$%^&*()_+-=[]{}|'`",
    ]);
  });

  it('prevents reusing the last N passwords, by the user or an administrator', async () => {
    await root.post('/api/users', { userName: 'reuser' });
    expect((await root.put('/api/users/reuser/login-profile', { password: A })).status).toBe(201);
    // Each change a minute after the last (history is ordered by time).
    const later = () => server.clock.advanceSeconds(60);
    later();
    const { client } = await signIn('reuser', A);
    expect((await client.post('/api/auth/change-password', { oldPassword: A, newPassword: B })).status).toBe(
      204,
    );

    const back = await client.post('/api/auth/change-password', { oldPassword: B, newPassword: A });
    expect(back.status).toBe(400);
    expect(back.body.error.code).toBe('PasswordPolicyViolation');
    expect(back.body.error.fieldErrors).toEqual([
      { path: 'newPassword', message: 'it must not be one of your last 2 passwords' },
    ]);
    const adminReuse = await root.put('/api/users/reuser/login-profile', { password: B });
    expect(adminReuse.status).toBe(400);

    later();
    expect((await client.post('/api/auth/change-password', { oldPassword: B, newPassword: C })).status).toBe(
      204,
    );
    later();
    // Two remembered: C (current) and B. A is three back, so it may come back.
    expect((await client.post('/api/auth/change-password', { oldPassword: C, newPassword: A })).status).toBe(
      204,
    );
    // History holds hashes only.
    const rows = await server.deps.db.passwordHistory.findMany({ where: { accountId: account.accountId } });
    expect(rows.length).toBeGreaterThanOrEqual(4);
    for (const row of rows) {
      expect(row.passwordHash).toMatch(/^\$argon2id\$/);
      expect([A, B, C].some((p) => row.passwordHash.includes(p))).toBe(false);
    }
  });

  it('an expired password forces a change at sign-in', async () => {
    await root.post('/api/users', { userName: 'expiring' });
    await root.put('/api/users/expiring/login-profile', { password: A });
    server.clock.advanceSeconds(31 * DAY);
    const { client, res } = await signIn('expiring', A);
    expect(res.status).toBe(200);
    expect(res.body.passwordResetRequired).toBe(true);
    const blocked = await client.get('/api/users');
    expect(blocked.status).toBe(403);
    expect(blocked.body.error.code).toBe('PasswordResetRequired');
    expect((await client.post('/api/auth/change-password', { oldPassword: A, newPassword: B })).status).toBe(
      204,
    );
    expect((await client.get('/api/auth/whoami')).body.passwordResetRequired).toBe(false);
  });

  it('with hard expiry, only an administrator can revive an expired password', async () => {
    root = await signInAsRoot(server, account);
    expect((await root.put('/api/account/password-policy', { ...STRICT, hardExpiry: true })).status).toBe(
      200,
    );
    await root.post('/api/users', { userName: 'hard' });
    await root.put('/api/users/hard/login-profile', { password: A });
    server.clock.advanceSeconds(31 * DAY);
    const { res } = await signIn('hard', A);
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('PasswordResetRequired');
    expect(res.body.error.message).toBe('your password has expired: ask an administrator to reset it');

    root = await signInAsRoot(server, account);
    expect(
      (await root.put('/api/users/hard/login-profile', { password: C, passwordResetRequired: false })).status,
    ).toBe(200);
    expect((await signIn('hard', C)).res.status).toBe(200);
  });

  it('lets users without iam:ChangePassword change their own password only when the policy allows it', async () => {
    root = await signInAsRoot(server, account);
    await root.put('/api/account/password-policy', { ...STRICT, allowUsersToChangePassword: false });
    await root.post('/api/users', { userName: 'changer' });
    await root.put('/api/users/changer/login-profile', { password: A });
    const { client } = await signIn('changer', A);
    const refused = await client.post('/api/auth/change-password', { oldPassword: A, newPassword: B });
    expect(refused.status).toBe(403);
    expect(refused.body.error.action).toBe('iam:ChangePassword');
    await root.put('/api/account/password-policy', { ...STRICT, allowUsersToChangePassword: true });
    expect((await client.post('/api/auth/change-password', { oldPassword: A, newPassword: B })).status).toBe(
      204,
    );
  });

  it('deletes the policy; deleting again is NoSuchEntity', async () => {
    root = await signInAsRoot(server, account);
    expect((await root.delete('/api/account/password-policy')).status).toBe(204);
    expect((await root.get('/api/account/password-policy')).body.passwordPolicy).toBeNull();
    const again = await root.delete('/api/account/password-policy');
    expect(again.status).toBe(404);
    expect(again.body.error.code).toBe('NoSuchEntity');
  });
});
