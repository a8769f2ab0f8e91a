// The second sign-in step under replay and races: the token from the password step starts one
// session at most, and parallel attempts with one code give one session and clean refusals.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../harness/api-client.js';
import { createTestUser, newRootSession, type TestAccount } from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';
import { addMfaDevice, codeAt } from '../credentials/credential-helpers.js';

let server: TestServer;
let account: TestAccount;
let root: ApiClient;
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'gatehouse-mfa-signin-'));

beforeAll(async () => {
  server = await startTestServer({ config: { dataDir } });
  ({ account, root } = await newRootSession(server));
});
afterAll(async () => {
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** An IAM user with an enabled MFA device; returns the user and the device's seed. */
async function userWithMfa() {
  const user = await createTestUser(server, account.accountId);
  const { seed } = await addMfaDevice(server, root, `/users/${user.name}`, `${user.name}-phone`);
  server.clock.advanceSeconds(30);
  return { user, seed };
}

async function passwordStep(user: { name: string; password: string }): Promise<string> {
  const res = await new ApiClient(server.baseUrl).post('/api/auth/signin/iam', {
    account: account.accountId,
    userName: user.name,
    password: user.password,
  });
  expect(res.body, JSON.stringify(res.body)).toEqual({ mfaRequired: true, mfaToken: expect.any(String) });
  return res.body.mfaToken;
}

describe('the MFA sign-in token', () => {
  it('starts one session only, even with a fresh code later', async () => {
    const { user, seed } = await userWithMfa();
    const mfaToken = await passwordStep(user);
    const first = await new ApiClient(server.baseUrl).post('/api/auth/signin/mfa', {
      mfaToken,
      code: codeAt(server, seed),
    });
    expect(first.status).toBe(200);

    server.clock.advanceSeconds(60);
    const replay = new ApiClient(server.baseUrl);
    const again = await replay.post('/api/auth/signin/mfa', { mfaToken, code: codeAt(server, seed) });
    expect(again.status).toBe(401);
    expect(again.body.error).toEqual({
      code: 'NotAuthenticated',
      message: 'your sign-in has expired: enter your password again',
    });
    expect((await replay.get('/api/auth/whoami')).status).toBe(401);
    // The code itself was not spent by the refused replay: a new password step can use it.
    const fresh = await new ApiClient(server.baseUrl).post('/api/auth/signin/mfa', {
      mfaToken: await passwordStep(user),
      code: codeAt(server, seed),
    });
    expect(fresh.status).toBe(200);
  });

  it('survives a wrong code (only a session spends it)', async () => {
    const { user, seed } = await userWithMfa();
    const mfaToken = await passwordStep(user);
    const browser = new ApiClient(server.baseUrl);
    expect(
      (await browser.post('/api/auth/signin/mfa', { mfaToken, code: codeAt(server, seed, 5) })).status,
    ).toBe(401);
    expect(
      (await browser.post('/api/auth/signin/mfa', { mfaToken, code: codeAt(server, seed) })).status,
    ).toBe(200);
  });
});

describe('parallel second steps', () => {
  it('with one token and one valid code give one session and clean refusals', async () => {
    for (let round = 0; round < 3; round++) {
      const { user, seed } = await userWithMfa();
      const mfaToken = await passwordStep(user);
      const code = codeAt(server, seed);
      const answers = await Promise.all(
        Array.from({ length: 8 }, () =>
          new ApiClient(server.baseUrl).post('/api/auth/signin/mfa', { mfaToken, code }),
        ),
      );
      const statuses = answers.map((a) => a.status).sort();
      expect(
        statuses.filter((s) => s === 200),
        JSON.stringify(answers.map((a) => a.body)),
      ).toHaveLength(1);
      expect(
        statuses.every((s) => s === 200 || s === 401 || s === 429),
        statuses.join(),
      ).toBe(true);
    }
  });

  it('with separate password steps and one valid code give one session and clean refusals', async () => {
    for (let round = 0; round < 3; round++) {
      const { user, seed } = await userWithMfa();
      const tokens: string[] = [];
      for (let i = 0; i < 8; i++) tokens.push(await passwordStep(user));
      const code = codeAt(server, seed);
      const answers = await Promise.all(
        tokens.map((mfaToken) =>
          new ApiClient(server.baseUrl).post('/api/auth/signin/mfa', { mfaToken, code }),
        ),
      );
      const statuses = answers.map((a) => a.status).sort();
      expect(
        statuses.filter((s) => s === 200),
        JSON.stringify(answers.map((a) => a.body)),
      ).toHaveLength(1);
      expect(
        statuses.every((s) => s === 200 || s === 401 || s === 429),
        statuses.join(),
      ).toBe(true);
    }
  });
});
