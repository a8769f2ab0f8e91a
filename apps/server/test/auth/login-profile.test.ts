// Console passwords: an administrator creates, resets and removes a user's login profile; a
// user who must reset can do nothing but change their password; users change their own
// password with iam:ChangePassword (or when the account's policy allows it).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../harness/api-client.js';
import {
  allow,
  createTestUser,
  newRootSession,
  signInAsUser,
  TEST_PASSWORD,
  type TestAccount,
} from '../harness/fixtures.js';
import type { ApiClient as Client } from '../harness/api-client.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';

let server: TestServer;
let account: TestAccount;
let root: Client;

beforeAll(async () => {
  server = await startTestServer();
  ({ account, root } = await newRootSession(server));
});
afterAll(() => server?.close());

const profilePath = (name: string) => `/api/users/${encodeURIComponent(name)}/login-profile`;

async function lastAudit(action: string) {
  return server.deps.db.auditEvent.findFirst({
    where: { action, accountId: account.accountId },
    orderBy: { id: 'desc' },
  });
}

describe('login profile administration (root)', () => {
  it('creates, reads, updates and deletes a console password, auditing each change', async () => {
    const user = await createTestUser(server, account.accountId, { password: null });
    expect((await root.get(profilePath(user.name))).body.error).toEqual({
      code: 'NoSuchEntity',
      message: `the login profile for user \`${user.name}\` cannot be found`,
    });

    const created = await root.put(profilePath(user.name), {
      password: 'First-Pass-1',
      passwordResetRequired: true,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ userName: user.name, passwordResetRequired: true });
    expect(new Date(created.body.createDate).getTime()).not.toBeNaN();
    expect(await lastAudit('iam:CreateLoginProfile')).toMatchObject({
      result: 'Success',
      resource: user.arn,
    });

    expect((await root.get(profilePath(user.name))).body).toEqual(created.body);

    const updated = await root.put(profilePath(user.name), { passwordResetRequired: false });
    expect(updated.status).toBe(200);
    expect(updated.body.passwordResetRequired).toBe(false);
    expect(await lastAudit('iam:UpdateLoginProfile')).toMatchObject({ details: { passwordChanged: false } });

    // The first password still works (only the flag changed), then a reset replaces it.
    await signInAsUser(server, account, { name: user.name, password: 'First-Pass-1' });
    await root.put(profilePath(user.name), { password: 'Second-Pass-2' });
    const old = await new ApiClient(server.baseUrl).post('/api/auth/signin/iam', {
      account: account.accountId,
      userName: user.name,
      password: 'First-Pass-1',
    });
    expect(old.status).toBe(401);

    expect((await root.delete(profilePath(user.name))).status).toBe(204);
    expect(await lastAudit('iam:DeleteLoginProfile')).toMatchObject({
      result: 'Success',
      resource: user.arn,
    });
    expect((await root.delete(profilePath(user.name))).status).toBe(404);
    const after = await new ApiClient(server.baseUrl).post('/api/auth/signin/iam', {
      account: account.accountId,
      userName: user.name,
      password: 'Second-Pass-2',
    });
    expect(after.status).toBe(401);
  });

  it('requires a password to create a profile', async () => {
    const user = await createTestUser(server, account.accountId, { password: null });
    const res = await root.put(profilePath(user.name), { passwordResetRequired: true });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'InvalidInput', fieldErrors: [{ path: 'password' }] });
  });

  it('enforces the password policy, naming the unmet rule', async () => {
    const user = await createTestUser(server, account.accountId, { password: null });
    const cases: [string, string][] = [
      ['Ab1!', 'it must have at least 8 characters'],
      ['alllowercase', 'it must mix at least three of'],
      ['ALLUPPER123', 'it must mix at least three of'],
      [user.name.charAt(0).toUpperCase() + user.name.slice(1), 'it must'],
    ];
    for (const [password, rule] of cases) {
      const res = await root.put(profilePath(user.name), { password });
      expect(res.status, password).toBe(400);
      expect(res.body.error.code).toBe('PasswordPolicyViolation');
      expect(res.body.error.message).toContain(rule);
    }
    const custom = await server.deps.db.passwordPolicy.create({
      data: { accountId: account.accountId, minimumPasswordLength: 14, requireSymbols: true },
    });
    const res = await root.put(profilePath(user.name), { password: 'Long-Enough-But1' });
    expect(res.status).toBe(201);
    const noSymbol = await root.put(profilePath(user.name), { password: 'LongEnoughNoSymbol1' });
    expect(noSymbol.body.error.message).toContain('it must contain one of the symbols');
    await server.deps.db.passwordPolicy.delete({ where: { accountId: custom.accountId } });
  });

  it('answers NoSuchEntity for an unknown user', async () => {
    const res = await root.put(profilePath('nobody-here'), { password: TEST_PASSWORD });
    expect(res.status).toBe(404);
    expect(res.body.error).toEqual({
      code: 'NoSuchEntity',
      message: 'the user with name `nobody-here` cannot be found',
    });
  });

  it('ends the user’s sessions when the password is reset or removed', async () => {
    const user = await createTestUser(server, account.accountId);
    const session = await signInAsUser(server, account, user);
    await root.put(profilePath(user.name), { password: 'Reset-By-Admin-1' });
    expect((await session.get('/api/auth/whoami')).status).toBe(401);
    const again = await signInAsUser(server, account, { name: user.name, password: 'Reset-By-Admin-1' });
    await root.delete(profilePath(user.name));
    expect((await again.get('/api/auth/whoami')).status).toBe(401);
  });
});

describe('login profile operations and the target user’s tags', () => {
  it('authorise with aws:ResourceTag/* as every other user action does', async () => {
    const onTeam = (action: string) => ({
      Effect: 'Allow',
      Action: action,
      Resource: '*',
      Condition: { StringEquals: { 'aws:ResourceTag/team': 'x' } },
    });
    const admin = await createTestUser(server, account.accountId, {
      inlinePolicies: {
        team: {
          Version: '2012-10-17',
          Statement: [
            onTeam('iam:GetLoginProfile'),
            onTeam('iam:CreateLoginProfile'),
            onTeam('iam:UpdateLoginProfile'),
            onTeam('iam:DeleteLoginProfile'),
          ],
        },
      },
    });
    const inTeam = await createTestUser(server, account.accountId, { tags: { team: 'x' }, password: null });
    const outside = await createTestUser(server, account.accountId, { tags: { team: 'y' } });
    const client = await signInAsUser(server, account, admin);

    expect((await client.put(profilePath(inTeam.name), { password: 'Team-Pass-123' })).status).toBe(201);
    expect((await client.get(profilePath(inTeam.name))).status).toBe(200);
    expect((await client.put(profilePath(inTeam.name), { passwordResetRequired: true })).status).toBe(200);
    expect((await client.delete(profilePath(inTeam.name))).status).toBe(204);

    for (const [res, action] of [
      [await client.get(profilePath(outside.name)), 'iam:GetLoginProfile'],
      [
        await client.put(profilePath(outside.name), { passwordResetRequired: true }),
        'iam:UpdateLoginProfile',
      ],
      [await client.delete(profilePath(outside.name)), 'iam:DeleteLoginProfile'],
    ] as const) {
      expect(res.status, JSON.stringify(res.body)).toBe(403);
      expect(res.body.error).toMatchObject({ code: 'AccessDenied', action, resource: outside.arn });
    }
  });
});

describe('must reset at next sign-in', () => {
  it('lets the user only ask who they are, change their password, or sign out', async () => {
    const user = await createTestUser(server, account.accountId, {
      passwordResetRequired: true,
      inlinePolicies: { everything: allow('*') },
    });
    const session = await signInAsUser(server, account, user);
    expect((await session.get('/api/auth/whoami')).body.passwordResetRequired).toBe(true);
    const blocked = await session.get('/api/account');
    expect(blocked.status).toBe(403);
    expect(blocked.body.error).toEqual({
      code: 'PasswordResetRequired',
      message: 'you must change your password before you continue',
    });

    const changed = await session.post('/api/auth/change-password', {
      oldPassword: TEST_PASSWORD,
      newPassword: 'Brand-New-Pass-7',
    });
    expect(changed.status).toBe(204);
    expect((await session.get('/api/auth/whoami')).body.passwordResetRequired).toBe(false);
    expect((await session.get('/api/account')).status).toBe(200);
    expect(await lastAudit('iam:ChangePassword')).toMatchObject({
      result: 'Success',
      principalArn: user.arn,
    });
  });

  it('does not need iam:ChangePassword while the reset is required', async () => {
    const user = await createTestUser(server, account.accountId, { passwordResetRequired: true });
    const session = await signInAsUser(server, account, user);
    const res = await session.post('/api/auth/change-password', {
      oldPassword: TEST_PASSWORD,
      newPassword: 'Fresh-Pass-42',
    });
    expect(res.status).toBe(204);
  });
});

describe('changing one’s own password', () => {
  it('needs iam:ChangePassword on the user’s own ARN', async () => {
    const user = await createTestUser(server, account.accountId);
    const session = await signInAsUser(server, account, user);
    const denied = await session.post('/api/auth/change-password', {
      oldPassword: TEST_PASSWORD,
      newPassword: 'Next-Pass-99',
    });
    expect(denied.status).toBe(403);
    expect(denied.body.error).toEqual({
      code: 'AccessDenied',
      message: `User: ${user.arn} is not authorized to perform: iam:ChangePassword on resource: ${user.arn} because no identity-based policy allows the iam:ChangePassword action`,
      action: 'iam:ChangePassword',
      resource: user.arn,
    });

    const allowed = await createTestUser(server, account.accountId, {
      inlinePolicies: { self: allow('iam:ChangePassword', 'arn:aws:iam::*:user/${aws:username}') },
    });
    const own = await signInAsUser(server, account, allowed);
    const res = await own.post('/api/auth/change-password', {
      oldPassword: TEST_PASSWORD,
      newPassword: 'Next-Pass-99',
    });
    expect(res.status).toBe(204);
    await signInAsUser(server, account, { name: allowed.name, password: 'Next-Pass-99' });
  });

  it('is allowed to everyone when the account’s password policy says so', async () => {
    await server.deps.db.passwordPolicy.create({
      data: { accountId: account.accountId, allowUsersToChangePassword: true },
    });
    try {
      const user = await createTestUser(server, account.accountId);
      const session = await signInAsUser(server, account, user);
      const res = await session.post('/api/auth/change-password', {
        oldPassword: TEST_PASSWORD,
        newPassword: 'pass-by-policy',
      });
      expect(res.status).toBe(204);
    } finally {
      await server.deps.db.passwordPolicy.delete({ where: { accountId: account.accountId } });
    }
  });

  it('checks the current password and refuses reusing it', async () => {
    const user = await createTestUser(server, account.accountId, { passwordResetRequired: true });
    const session = await signInAsUser(server, account, user);
    const wrong = await session.post('/api/auth/change-password', {
      oldPassword: 'Not-It-123',
      newPassword: 'Whatever-12',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error).toMatchObject({ code: 'InvalidInput', fieldErrors: [{ path: 'oldPassword' }] });
    const same = await session.post('/api/auth/change-password', {
      oldPassword: TEST_PASSWORD,
      newPassword: TEST_PASSWORD,
    });
    expect(same.status).toBe(400);
    expect(same.body.error.code).toBe('PasswordPolicyViolation');
  });

  it('lets the root user change its password, ending its other sessions', async () => {
    const { account: own, root: first } = await newRootSession(server);
    const second = await new ApiClient(server.baseUrl).post('/api/auth/signin/root', {
      email: own.email,
      password: own.password,
    });
    expect(second.status).toBe(200);
    const other = new ApiClient(server.baseUrl);
    await other.post('/api/auth/signin/root', { email: own.email, password: own.password });
    const res = await first.post('/api/auth/change-password', {
      oldPassword: own.password,
      newPassword: 'Root-Changed-5',
    });
    expect(res.status).toBe(204);
    expect((await first.get('/api/auth/whoami')).status).toBe(200);
    expect((await other.get('/api/auth/whoami')).status).toBe(401);
    const signIn = await new ApiClient(server.baseUrl).post('/api/auth/signin/root', {
      email: own.email,
      password: 'Root-Changed-5',
    });
    expect(signIn.status).toBe(200);
  });
});
