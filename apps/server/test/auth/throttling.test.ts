// Sign-in throttling, in the database (so every server instance shares it): per user name at
// one source address (locks that double), per user name everywhere (slows guessing spread over
// many addresses, never refusing a right password from an address that has not been failing),
// and per address. Each attempt is counted before its password is checked, so parallel guesses
// get no more checks than serial ones. The answers never tell whether the user exists, and a
// stranger cannot lock the owner out (AWS does not lock IAM users out).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FREE_FAILURES, lockSecondsAfter, MAX_LOCK_SECONDS } from '../../src/auth/sign-in-throttle.js';
import { ApiClient } from '../harness/api-client.js';
import {
  createTestAccount,
  createTestUser,
  TEST_PASSWORD,
  uniqueSuffix,
  type TestAccount,
} from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';

let server: TestServer;
let account: TestAccount;
let ipCounter = 0;

beforeAll(async () => {
  // Trust X-Forwarded-For so each test can come from its own addresses.
  server = await startTestServer({ config: { trustProxy: true } });
  account = await createTestAccount(server);
});
afterAll(() => server?.close());

const WRONG = 'Wrong-Password-1';
const newIp = () => `203.0.${Math.floor(++ipCounter / 250)}.${(ipCounter % 250) + 1}`;

async function iamSignIn(userName: string, password: string, ip: string, accountRef = account.accountId) {
  return new ApiClient(server.baseUrl).post(
    '/api/auth/signin/iam',
    { account: accountRef, userName, password },
    { headers: { 'X-Forwarded-For': ip } },
  );
}

async function statuses(userName: string, password: string, ip: string, times: number): Promise<number[]> {
  const answers: number[] = [];
  for (let i = 0; i < times; i++) answers.push((await iamSignIn(userName, password, ip)).status);
  return answers;
}

const failedChecks = (arn: string) =>
  server.deps.db.auditEvent.count({
    where: { action: 'signin:ConsoleLogin', result: 'Failure', principalArn: arn },
  });

describe('per user name at one address', () => {
  const free = FREE_FAILURES.nameAtAddress;

  it('locks the address after the free failures, refuses even the right password from it, then lifts', async () => {
    const user = await createTestUser(server, account.accountId);
    const ip = newIp();
    // The failure beyond the free ones sets the first lock (2 s).
    expect(await statuses(user.name, WRONG, ip, free + 1)).toEqual(Array(free + 1).fill(401));
    const locked = await iamSignIn(user.name, TEST_PASSWORD, ip);
    expect(locked.status).toBe(429);
    expect(locked.body.error.code).toBe('Throttling');
    expect(locked.body.error.message).toMatch(/^too many failed sign-in attempts: try again in \d+ seconds$/);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);

    server.clock.advanceSeconds(lockSecondsAfter(free + 1, free) + 1);
    expect((await iamSignIn(user.name, TEST_PASSWORD, ip)).status).toBe(200);
    // Success clears the address's failures: the next ones are free again.
    expect(await statuses(user.name, WRONG, ip, free)).toEqual(Array(free).fill(401));
    expect((await iamSignIn(user.name, TEST_PASSWORD, ip)).status).toBe(200);
  });

  it('never locks the owner out: a stranger’s failures do not refuse the right password elsewhere', async () => {
    const user = await createTestUser(server, account.accountId);
    const stranger = newIp();
    expect(await statuses(user.name, WRONG, stranger, free + 3)).toEqual([
      ...Array(free + 1).fill(401),
      429,
      429,
    ]);
    expect((await iamSignIn(user.name, TEST_PASSWORD, newIp())).status).toBe(200);
    // The stranger's address stays locked, even with the right password.
    expect((await iamSignIn(user.name, TEST_PASSWORD, stranger)).status).toBe(429);
  });

  it('treats an unknown user exactly like a known one', async () => {
    const user = await createTestUser(server, account.accountId);
    const known = await statuses(user.name, WRONG, newIp(), free + 2);
    const unknown = await statuses(`ghost-${uniqueSuffix()}`, WRONG, newIp(), free + 2);
    expect(unknown).toEqual([...Array(free + 1).fill(401), 429]);
    expect(known).toEqual(unknown);
  });

  it('counts the alias and the account id as one account', async () => {
    const aliased = await createTestAccount(server, { alias: `thr-${uniqueSuffix()}` });
    const user = await createTestUser(server, aliased.accountId);
    const ip = newIp();
    for (let i = 0; i <= free; i++) {
      const ref = i % 2 === 0 ? aliased.alias! : aliased.accountId;
      expect((await iamSignIn(user.name, WRONG, ip, ref)).status).toBe(401);
    }
    expect((await iamSignIn(user.name, TEST_PASSWORD, ip, aliased.alias!)).status).toBe(429);
  });

  it('doubles the lock with each further failure, up to a cap', () => {
    expect([1, 2, 3, 4].map((n) => lockSecondsAfter(free + n, free))).toEqual([2, 4, 8, 16]);
    expect(lockSecondsAfter(free, free)).toBe(0);
    expect(lockSecondsAfter(free + 30, free)).toBe(MAX_LOCK_SECONDS);
  });

  it('throttles root sign-in by email too, at the failing address only', async () => {
    const other = await createTestAccount(server);
    const rootSignIn = (password: string, ip: string) =>
      new ApiClient(server.baseUrl).post(
        '/api/auth/signin/root',
        { email: other.email, password },
        { headers: { 'X-Forwarded-For': ip } },
      );
    const ip = newIp();
    for (let i = 0; i <= free; i++) expect((await rootSignIn(WRONG, ip)).status).toBe(401);
    expect((await rootSignIn(TEST_PASSWORD, ip)).status).toBe(429);
    expect((await rootSignIn(TEST_PASSWORD, newIp())).status).toBe(200);
  });
});

describe('per user name everywhere', () => {
  // Failures spread over addresses, each below its own budget, one past the name's free ones.
  async function spreadFailures(userName: string): Promise<string[]> {
    const total = FREE_FAILURES.name + 1;
    const ips: string[] = [];
    for (let sent = 0; sent < total;) {
      const ip = newIp();
      const n = Math.min(FREE_FAILURES.nameAtAddress - 1, total - sent);
      ips.push(ip);
      expect(await statuses(userName, WRONG, ip, n)).toEqual(Array(n).fill(401));
      sent += n;
    }
    return ips;
  }

  it('slows guessing from many addresses, yet lets the right password in from a clean one', async () => {
    const user = await createTestUser(server, account.accountId);
    const ips = await spreadFailures(user.name);
    // An address that has been failing is refused now, though under its own budget.
    expect((await iamSignIn(user.name, WRONG, ips[0]!)).status).toBe(429);
    expect((await iamSignIn(user.name, TEST_PASSWORD, ips[0]!)).status).toBe(429);
    // A clean address gets its password checked: one guess, then it is a failing address too.
    const guesser = newIp();
    expect(await statuses(user.name, WRONG, guesser, 2)).toEqual([401, 429]);
    // The owner, from a clean address, signs in, and that neither counts nor extends the lock.
    const nameRow = () =>
      server.deps.db.signInThrottle.findUniqueOrThrow({
        where: { key: `name:${account.accountId}:${user.name.toLowerCase()}` },
      });
    const before = await nameRow();
    expect((await iamSignIn(user.name, TEST_PASSWORD, newIp())).status).toBe(200);
    expect(await nameRow()).toEqual(before);
    // Once the name's lock lapses, failing addresses are checked again.
    server.clock.advanceSeconds(MAX_LOCK_SECONDS + 1);
    expect((await iamSignIn(user.name, TEST_PASSWORD, ips[0]!)).status).toBe(200);
  });

  it('answers the same for an unknown name', async () => {
    const ghost = `ghost-${uniqueSuffix()}`;
    const ips = await spreadFailures(ghost);
    expect((await iamSignIn(ghost, WRONG, ips[0]!)).status).toBe(429);
    expect(await statuses(ghost, WRONG, newIp(), 2)).toEqual([401, 429]);
  });
});

describe('per source address', () => {
  it('locks an address that fails across many user names', async () => {
    const ip = newIp();
    for (let i = 0; i < FREE_FAILURES.address; i++) {
      expect((await iamSignIn(`spray-${i}-${uniqueSuffix()}`, WRONG, ip)).status).toBe(401);
    }
    expect((await iamSignIn(`spray-x-${uniqueSuffix()}`, WRONG, ip)).status).toBe(401);
    expect((await iamSignIn(`spray-y-${uniqueSuffix()}`, WRONG, ip)).status).toBe(429);
    // Another address is unaffected.
    const user = await createTestUser(server, account.accountId);
    expect((await iamSignIn(user.name, TEST_PASSWORD, newIp())).status).toBe(200);
  });
});

describe('parallel guesses', () => {
  const budget = FREE_FAILURES.nameAtAddress + 1;

  it('are counted before they are checked: no more checks than serial guesses get', async () => {
    const user = await createTestUser(server, account.accountId);
    const ip = newIp();
    const answers = await Promise.all(Array.from({ length: 100 }, () => iamSignIn(user.name, WRONG, ip)));
    const counts = { 401: 0, 429: 0 } as Record<number, number>;
    for (const a of answers) counts[a.status] = (counts[a.status] ?? 0) + 1;
    expect(counts).toEqual({ 401: budget, 429: 100 - budget });
    expect(await failedChecks(user.arn)).toBe(budget);
  });

  it('do not let the right password ride in among many wrong ones', async () => {
    const user = await createTestUser(server, account.accountId);
    const ip = newIp();
    const answers = await Promise.all([
      ...Array.from({ length: 40 }, () => iamSignIn(user.name, WRONG, ip)),
      iamSignIn(user.name, TEST_PASSWORD, ip),
    ]);
    const checked = answers.filter((a) => a.status === 401 || a.status === 200).length;
    expect(checked).toBeLessThanOrEqual(budget);
    expect(answers.filter((a) => a.status === 429)).toHaveLength(41 - checked);
  });
});
