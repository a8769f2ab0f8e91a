import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../harness/api-client.js';
import { ALLOW_ALL, createTestUser, newRootSession, type TestAccount } from '../harness/fixtures.js';
import type { TestServer } from '../harness/test-server.js';
import { addMfaDevice, codeAt, startCredentialServer } from './credential-helpers.js';

let server: TestServer;
let account: TestAccount;
let root: ApiClient;

beforeAll(async () => {
  ({ server } = await startCredentialServer());
  ({ account, root } = await newRootSession(server));
});
afterAll(() => server?.close());

async function rawDump(): Promise<string> {
  const client = new pg.Client({ connectionString: server.databaseUrl });
  await client.connect();
  try {
    const res = await client.query(
      `SELECT row_to_json(m)::text AS r FROM "MfaDevice" m UNION ALL SELECT row_to_json(a)::text FROM "AuditEvent" a`,
    );
    return JSON.stringify(res.rows);
  } finally {
    await client.end();
  }
}

async function iamSignIn(user: { name: string; password: string }) {
  const client = new ApiClient(server.baseUrl);
  const res = await client.post('/api/auth/signin/iam', {
    account: account.accountId,
    userName: user.name,
    password: user.password,
  });
  return { client, res };
}

describe('virtual MFA devices', () => {
  it('shows the seed once, stores it encrypted, and enables with two consecutive codes', async () => {
    await root.post('/api/users', { userName: 'mfa-user' });
    const created = await root.post('/api/users/mfa-user/mfa-devices', { deviceName: 'mfa-user-phone' });
    expect(created.status).toBe(201);
    const { serialNumber, base32StringSeed: seed, otpauthUri } = created.body;
    expect(serialNumber).toBe(`arn:aws:iam::${account.accountId}:mfa/mfa-user-phone`);
    expect(seed).toMatch(/^[A-Z2-7]{32}$/);
    expect(otpauthUri).toBe(
      `otpauth://totp/Gatehouse%3Amfa-user%40${account.accountId}?secret=${seed}&issuer=Gatehouse&algorithm=SHA1&digits=6&period=30`,
    );
    const dump = await rawDump();
    expect(dump).toContain(serialNumber);
    expect(dump).not.toContain(seed);

    const pending = await root.get('/api/users/mfa-user/mfa-devices');
    expect(pending.body.items).toEqual([
      { serialNumber, userName: 'mfa-user', enableDate: null, createDate: expect.any(String) },
    ]);
    expect(JSON.stringify(pending.body)).not.toContain(seed);

    const path = `/api/users/mfa-user/mfa-devices/${encodeURIComponent(serialNumber)}`;
    const notConsecutive = await root.post(`${path}/enable`, {
      authenticationCode1: codeAt(server, seed, 0),
      authenticationCode2: codeAt(server, seed, -1),
    });
    expect(notConsecutive.status).toBe(400);
    expect(notConsecutive.body.error.code).toBe('InvalidInput');
    const malformed = await root.post(`${path}/enable`, {
      authenticationCode1: '12345',
      authenticationCode2: 'abcdef',
    });
    expect(malformed.status).toBe(400);

    const enabled = await root.post(`${path}/enable`, {
      authenticationCode1: codeAt(server, seed, -1),
      authenticationCode2: codeAt(server, seed, 0),
    });
    expect(enabled.status).toBe(204);
    const list = await root.get('/api/users/mfa-user/mfa-devices');
    expect(list.body.items[0].enableDate).not.toBeNull();

    // Resync: two later consecutive codes.
    server.clock.advanceSeconds(90);
    const resynced = await root.post(`${path}/resync`, {
      authenticationCode1: codeAt(server, seed, 0),
      authenticationCode2: codeAt(server, seed, 1),
    });
    expect(resynced.status).toBe(204);

    // Delete (deactivate + delete): the user can be deleted without conflict afterwards.
    expect((await root.delete(path)).status).toBe(204);
    expect((await root.get('/api/users/mfa-user/mfa-devices')).body.items).toEqual([]);
    expect((await root.delete('/api/users/mfa-user')).status).toBe(204);
  });

  it('refuses a ninth device and a duplicate name', async () => {
    await root.post('/api/users', { userName: 'collector' });
    for (let i = 0; i < 8; i++) {
      expect(
        (await root.post('/api/users/collector/mfa-devices', { deviceName: `collector-${i}` })).status,
      ).toBe(201);
    }
    const ninth = await root.post('/api/users/collector/mfa-devices', { deviceName: 'collector-8' });
    expect(ninth.status).toBe(409);
    expect(ninth.body.error.code).toBe('LimitExceeded');
    const duplicate = await root.post('/api/self/mfa-devices', { deviceName: 'collector-0' });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error.code).toBe('EntityAlreadyExists');
  });
});

describe('self-service MFA', () => {
  it('a ${aws:username} policy manages one’s own devices and no one else’s', async () => {
    const selfService = {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: 'iam:CreateVirtualMFADevice', Resource: 'arn:aws:iam::*:mfa/*' },
        {
          Effect: 'Allow',
          Action: [
            'iam:EnableMFADevice',
            'iam:ListMFADevices',
            'iam:ResyncMFADevice',
            'iam:DeactivateMFADevice',
            'iam:DeleteVirtualMFADevice',
          ],
          Resource: ['arn:aws:iam::*:user/${aws:username}', 'arn:aws:iam::*:mfa/*'],
        },
      ],
    };
    const alice = await createTestUser(server, account.accountId, { inlinePolicies: { self: selfService } });
    const bob = await createTestUser(server, account.accountId);
    const { client } = await iamSignIn(alice);
    const { serialNumber } = await addMfaDevice(server, client, '/self', `${alice.name}-phone`);
    expect((await client.get(`/api/users/${alice.name}/mfa-devices`)).body.items).toHaveLength(1);

    const theirs = await client.post(`/api/users/${bob.name}/mfa-devices`, {
      deviceName: `${bob.name}-phone`,
    });
    expect(theirs.status).toBe(403);
    expect(theirs.body.error.action).toBe('iam:EnableMFADevice');
    expect(theirs.body.error.resource).toBe(bob.arn);
    expect((await client.get(`/api/users/${bob.name}/mfa-devices`)).status).toBe(403);
    // Bob's device is out of reach too.
    await root.post(`/api/users/${bob.name}/mfa-devices`, { deviceName: `${bob.name}-key` });
    const bobDevice = encodeURIComponent(`arn:aws:iam::${account.accountId}:mfa/${bob.name}-key`);
    expect((await client.delete(`/api/users/${bob.name}/mfa-devices/${bobDevice}`)).status).toBe(403);
    expect((await client.delete(`/api/self/mfa-devices/${bobDevice}`)).status).toBe(404);
    expect((await client.delete(`/api/self/mfa-devices/${encodeURIComponent(serialNumber)}`)).status).toBe(
      204,
    );
  });
});

describe('sign-in with MFA', () => {
  it('asks the root user for a code, accepts it once, and never twice', async () => {
    const { account: acct, root: rootClient } = await newRootSession(server);
    const { seed } = await addMfaDevice(server, rootClient, '/self', `root-${acct.accountId}`);
    server.clock.advanceSeconds(30);

    const browser = new ApiClient(server.baseUrl);
    const first = await browser.post('/api/auth/signin/root', { email: acct.email, password: acct.password });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ mfaRequired: true, mfaToken: expect.any(String) });
    expect(browser.cookies.has('gatehouse_session')).toBe(false);
    expect((await browser.get('/api/auth/whoami')).status).toBe(401);

    const wrong = await browser.post('/api/auth/signin/mfa', {
      mfaToken: first.body.mfaToken,
      code: codeAt(server, seed, 5),
    });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.code).toBe('NotAuthenticated');

    const code = codeAt(server, seed);
    const second = await browser.post('/api/auth/signin/mfa', { mfaToken: first.body.mfaToken, code });
    expect(second.status).toBe(200);
    expect(second.body.arn).toBe(`arn:aws:iam::${acct.accountId}:root`);
    expect((await browser.get('/api/auth/whoami')).status).toBe(200);

    // The same code again, even with a fresh password step, is refused.
    const again = new ApiClient(server.baseUrl);
    const step1 = await again.post('/api/auth/signin/root', { email: acct.email, password: acct.password });
    const replay = await again.post('/api/auth/signin/mfa', { mfaToken: step1.body.mfaToken, code });
    expect(replay.status).toBe(401);

    // A token past its five minutes is refused, whatever the code.
    server.clock.advanceSeconds(301);
    const late = await again.post('/api/auth/signin/mfa', {
      mfaToken: step1.body.mfaToken,
      code: codeAt(server, seed),
    });
    expect(late.status).toBe(401);
    expect(late.body.error.message).toContain('expired');
    // A forged token is refused.
    const forged = await again.post('/api/auth/signin/mfa', { mfaToken: 'e30.AAAA', code: '123456' });
    expect(forged.status).toBe(401);
  });

  it('throttles guessing codes like guessing passwords', async () => {
    const { account: acct, root: rootClient } = await newRootSession(server);
    const { seed } = await addMfaDevice(server, rootClient, '/self', `guess-${acct.accountId}`);
    server.clock.advanceSeconds(30);
    const browser = new ApiClient(server.baseUrl);
    const { mfaToken } = (
      await browser.post('/api/auth/signin/root', { email: acct.email, password: acct.password })
    ).body;
    const wrong = codeAt(server, seed, 7);
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++)
      statuses.push((await browser.post('/api/auth/signin/mfa', { mfaToken, code: wrong })).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 401, 429]);
    // Even the right code waits out the lock.
    const locked = await browser.post('/api/auth/signin/mfa', { mfaToken, code: codeAt(server, seed) });
    expect(locked.status).toBe(429);
    const failures = await server.deps.db.auditEvent.count({
      where: { accountId: acct.accountId, action: 'signin:ConsoleLogin', result: 'Failure' },
    });
    expect(failures).toBe(6);
  });

  it('a "deny unless MFA" policy blocks a password-only session and allows an MFA one', async () => {
    const denyWithoutMfa = {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Deny',
          NotAction: ['iam:*MFADevice*', 'iam:ListMFADevices'],
          Resource: '*',
          Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
        },
      ],
    };
    const user = await createTestUser(server, account.accountId, {
      inlinePolicies: { all: ALLOW_ALL, mfa: denyWithoutMfa },
    });
    const { client: plain } = await iamSignIn(user);
    const refused = await plain.get('/api/users');
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toContain('with an explicit deny');

    // The user enrols a device on their own (MFA actions are exempt from the deny).
    const { seed } = await addMfaDevice(server, plain, '/self', `${user.name}-phone`);
    server.clock.advanceSeconds(30);
    const { client: withMfa, res } = await iamSignIn(user);
    expect(res.body.mfaRequired).toBe(true);
    const done = await withMfa.post('/api/auth/signin/mfa', {
      mfaToken: res.body.mfaToken,
      code: codeAt(server, seed),
    });
    expect(done.status).toBe(200);
    expect((await withMfa.get('/api/users')).status).toBe(200);
    // The password-only session stays blocked.
    expect((await plain.get('/api/users')).status).toBe(403);
  });

  it('aws:MultiFactorAuthAge reaches the evaluator', async () => {
    const recentMfa = {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: ['iam:ListUsers', 'iam:*MFADevice*', 'iam:ListMFADevices'],
          Resource: '*',
          Condition: { NumericLessThan: { 'aws:MultiFactorAuthAge': '600' } },
        },
        { Effect: 'Allow', Action: 'iam:*MFADevice*', Resource: '*' },
      ],
    };
    const user = await createTestUser(server, account.accountId, { inlinePolicies: { recent: recentMfa } });
    const { client } = await iamSignIn(user);
    expect((await client.get('/api/users')).status).toBe(403);
    const { seed } = await addMfaDevice(server, client, '/self', `${user.name}-age`);
    server.clock.advanceSeconds(30);
    const { client: mfaClient, res } = await iamSignIn(user);
    await mfaClient.post('/api/auth/signin/mfa', { mfaToken: res.body.mfaToken, code: codeAt(server, seed) });
    expect((await mfaClient.get('/api/users')).status).toBe(200);
    server.clock.advanceSeconds(601);
    expect((await mfaClient.get('/api/users')).status).toBe(403);
  });
});
