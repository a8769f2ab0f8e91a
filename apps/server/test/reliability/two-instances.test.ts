// Two app instances on one database, as behind a load balancer: each with its own Prisma client
// and its own PolicyCache, sharing only PostgreSQL (DESIGN.md, "Scale path"). A change made
// through one instance binds the other on its very next request, through both doors (the
// per-account authz version counter); the sign-in throttle is one budget, kept in the database
// (src/auth/sign-in-throttle.ts: failures counted on one instance lock out on the other).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FREE_FAILURES, lockSecondsAfter } from '../../src/auth/sign-in-throttle.js';
import { createApp } from '../../src/app.js';
import { PolicyCache } from '../../src/authz/policy-cache.js';
import { createDb } from '../../src/db/client.js';
import type { AppDeps } from '../../src/services/service-context.js';
import { ApiClient } from '../harness/api-client.js';
import {
  ALLOW_ALL,
  allow,
  createTestAccount,
  createTestUser,
  deny,
  signInAsRoot,
  TEST_PASSWORD,
  uniqueSuffix,
  type TestAccount,
  type TestUser,
} from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';
import { createTestAccessKey, type AwsCredentials } from '../aws/aws-clients.js';
import { form, send, signedPost } from '../aws/signed-fetch.js';

interface Instance {
  name: string;
  baseUrl: string;
  deps: AppDeps;
  close(): Promise<void>;
}

/**
 * A second app on the first one's database: its own connection pool and policy cache, the same
 * configuration (master key included) and the same clock (one wall clock, as NTP keeps two
 * machines), so that moving time lifts a throttle lock on both.
 */
async function startSecondInstance(first: TestServer): Promise<Instance> {
  const deps: AppDeps = {
    db: createDb(first.databaseUrl, { poolSize: 5 }),
    clock: first.clock.now,
    config: first.deps.config,
    log: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    policyCache: new PolicyCache(),
  };
  const server: Server = await new Promise((resolve) => {
    const s = createServer(createApp(deps)).listen(0, '127.0.0.1', () => resolve(s));
  });
  return {
    name: 'B',
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    deps,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await deps.db.$disconnect();
    },
  };
}

let first: TestServer;
let a: Instance;
let b: Instance;
let account: TestAccount;

beforeAll(async () => {
  // Trusting X-Forwarded-For lets the throttle tests come from addresses of their own.
  first = await startTestServer({ config: { trustProxy: true } });
  a = { name: 'A', baseUrl: first.baseUrl, deps: first.deps, close: () => first.close() };
  b = await startSecondInstance(first);
  account = await createTestAccount(first);
});
afterAll(async () => {
  await b?.close();
  await first?.close();
});

describe('a Deny made through one instance binds the other on its next request', () => {
  const DENY_LIST = deny('iam:ListUsers');
  let worker: TestUser;
  let workerKey: AwsCredentials;
  let rootKey: AwsCredentials;
  /** Console sessions, one per instance (sessions live in the database: either serves both). */
  const workerConsole: Record<string, ApiClient> = {};
  const rootConsole: Record<string, ApiClient> = {};

  beforeAll(async () => {
    worker = await createTestUser(first, account.accountId, {
      name: `worker-${uniqueSuffix()}`,
      inlinePolicies: { everything: ALLOW_ALL },
    });
    workerKey = await createTestAccessKey(first, account.accountId, worker.userId);
    rootKey = await createTestAccessKey(first, account.accountId, null);
    for (const instance of [a, b]) {
      workerConsole[instance.name] = await signIn(instance, worker);
      rootConsole[instance.name] = await signInAsRoot({ ...first, baseUrl: instance.baseUrl }, account);
    }
  });

  async function signIn(instance: Instance, user: TestUser): Promise<ApiClient> {
    const client = new ApiClient(instance.baseUrl);
    const res = await client.post('/api/auth/signin/iam', {
      account: account.accountId,
      userName: user.name,
      password: user.password,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return client;
  }

  async function aws(instance: Instance, credentials: AwsCredentials, params: Record<string, string>) {
    const signed = await signedPost(
      instance.baseUrl,
      credentials,
      form({ Version: '2010-05-08', ...params }),
    );
    return send(signed.url, { method: 'POST', headers: signed.headers, body: signed.body });
  }

  /** The worker's ListUsers on `instance`, through the console and through the AWS door. */
  async function workerListsUsers(instance: Instance): Promise<{ console: string; aws: string }> {
    const viaConsole = await workerConsole[instance.name]!.get('/api/users');
    const viaAws = await aws(instance, workerKey, { Action: 'ListUsers' });
    return {
      console: viaConsole.status === 200 ? 'allowed' : `${viaConsole.status} ${viaConsole.body?.error?.code}`,
      aws: viaAws.status === 200 ? 'allowed' : `${viaAws.status} ${viaAws.code}`,
    };
  }

  const ALLOWED = { console: 'allowed', aws: 'allowed' };
  const DENIED = { console: '403 AccessDenied', aws: '403 AccessDenied' };

  /**
   * Warms `other`'s cache with an allowed call, changes the worker's permissions through
   * `through`, expects `other` to refuse at once through both doors, undoes it, expects allowed.
   */
  async function expectBindsAtOnce(
    through: Instance,
    other: Instance,
    change: { apply(): Promise<void>; undo(): Promise<void> },
  ) {
    expect(await workerListsUsers(other)).toEqual(ALLOWED);
    // The other instance holds the worker's compiled policies: what must not be served stale.
    expect(other.deps.policyCache.size).toBeGreaterThan(0);
    await change.apply();
    expect(await workerListsUsers(other), `change through ${through.name}, seen on ${other.name}`).toEqual(
      DENIED,
    );
    await change.undo();
    expect(await workerListsUsers(other), `undone through ${through.name}, seen on ${other.name}`).toEqual(
      ALLOWED,
    );
  }

  const okStatus = (status: number, what: string) => expect(status, what).toBeLessThan(300);

  it('an inline Deny put through A’s console', async () => {
    const root = rootConsole.A!;
    const path = `/api/users/${worker.name}/inline-policies/deny-list`;
    await expectBindsAtOnce(a, b, {
      apply: async () =>
        okStatus((await root.put(path, { document: JSON.stringify(DENY_LIST) })).status, 'put'),
      undo: async () => okStatus((await root.delete(path)).status, 'delete'),
    });
  });

  it('a managed Deny attached through A’s AWS door', async () => {
    const created = await aws(a, rootKey, {
      Action: 'CreatePolicy',
      PolicyName: `deny-list-${uniqueSuffix()}`,
      PolicyDocument: JSON.stringify(DENY_LIST),
    });
    expect(created.status, created.text).toBe(200);
    const policyArn = /<Arn>([^<]+)<\/Arn>/.exec(created.text)![1]!;
    const attachment = { UserName: worker.name, PolicyArn: policyArn };
    await expectBindsAtOnce(a, b, {
      apply: async () =>
        okStatus((await aws(a, rootKey, { Action: 'AttachUserPolicy', ...attachment })).status, 'attach'),
      undo: async () =>
        okStatus((await aws(a, rootKey, { Action: 'DetachUserPolicy', ...attachment })).status, 'detach'),
    });
  });

  it('membership of a group with a Deny, added through B’s console', async () => {
    const root = rootConsole.B!;
    const group = `deny-group-${uniqueSuffix()}`;
    okStatus((await root.post('/api/groups', { groupName: group })).status, 'create group');
    okStatus(
      (
        await root.put(`/api/groups/${group}/inline-policies/deny-list`, {
          document: JSON.stringify(DENY_LIST),
        })
      ).status,
      'group policy',
    );
    await expectBindsAtOnce(b, a, {
      apply: async () =>
        okStatus((await root.post(`/api/groups/${group}/members`, { userName: worker.name })).status, 'join'),
      undo: async () =>
        okStatus((await root.delete(`/api/groups/${group}/members/${worker.name}`)).status, 'leave'),
    });
  });

  it('a permissions boundary that leaves out IAM, put through B’s AWS door', async () => {
    const created = await aws(b, rootKey, {
      Action: 'CreatePolicy',
      PolicyName: `s3-only-${uniqueSuffix()}`,
      PolicyDocument: JSON.stringify(allow('s3:*')),
    });
    expect(created.status, created.text).toBe(200);
    const boundary = /<Arn>([^<]+)<\/Arn>/.exec(created.text)![1]!;
    await expectBindsAtOnce(b, a, {
      apply: async () =>
        okStatus(
          (
            await aws(b, rootKey, {
              Action: 'PutUserPermissionsBoundary',
              UserName: worker.name,
              PermissionsBoundary: boundary,
            })
          ).status,
          'put boundary',
        ),
      undo: async () =>
        okStatus(
          (await aws(b, rootKey, { Action: 'DeleteUserPermissionsBoundary', UserName: worker.name })).status,
          'delete boundary',
        ),
    });
  });
});

describe('the sign-in throttle is one budget across instances', () => {
  const WRONG = 'Wrong-Password-1';
  let ipCounter = 0;
  const newIp = () => `203.0.113.${++ipCounter}`;

  function signIn(instance: Instance, userName: string, password: string, ip: string) {
    return new ApiClient(instance.baseUrl).post(
      '/api/auth/signin/iam',
      { account: account.accountId, userName, password },
      { headers: { 'X-Forwarded-For': ip } },
    );
  }

  function expectThrottled(res: Awaited<ReturnType<typeof signIn>>, where: string) {
    expect(res.status, `${where}: ${JSON.stringify(res.body)}`).toBe(429);
    expect(res.body.error.code).toBe('Throttling');
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  }

  /** Sends failures alternately to A and B; all must be counted and checked (401). */
  async function failAlternately(userName: string, ips: string[]) {
    for (const [i, ip] of ips.entries()) {
      const res = await signIn(i % 2 === 0 ? a : b, userName, WRONG, ip);
      expect(res.status, `failure ${i + 1} on ${i % 2 === 0 ? 'A' : 'B'}: ${JSON.stringify(res.body)}`).toBe(
        401,
      );
    }
  }

  it('locks a name at an address after the free failures, counted on A and B together, on both', async () => {
    const user = await createTestUser(first, account.accountId);
    const ip = newIp();
    const free = FREE_FAILURES.nameAtAddress;
    // Half the failures each: neither instance alone has seen more than the free ones.
    expect(Math.ceil((free + 1) / 2)).toBeLessThanOrEqual(free);
    await failAlternately(user.name, Array(free + 1).fill(ip));
    expectThrottled(await signIn(a, user.name, TEST_PASSWORD, ip), 'right password on A');
    expectThrottled(await signIn(b, user.name, TEST_PASSWORD, ip), 'right password on B');

    first.clock.advanceSeconds(lockSecondsAfter(free + 1, free) + 1);
    expect((await signIn(b, user.name, TEST_PASSWORD, ip)).status).toBe(200);
  });

  it('refuses on B the address A locked, with only A having seen the failures', async () => {
    const user = await createTestUser(first, account.accountId);
    const ip = newIp();
    const free = FREE_FAILURES.nameAtAddress;
    for (let i = 0; i <= free; i++) expect((await signIn(a, user.name, WRONG, ip)).status).toBe(401);
    expectThrottled(await signIn(b, user.name, TEST_PASSWORD, ip), 'right password on B');
    // Another address is not refused: the lock is on this address's attempts at this name.
    expect((await signIn(b, user.name, TEST_PASSWORD, newIp())).status).toBe(200);
    first.clock.advanceSeconds(lockSecondsAfter(free + 1, free) + 1);
  });

  it('slows a name guessed from many addresses on both instances, never refusing the owner from a clean address', async () => {
    const user = await createTestUser(first, account.accountId);
    const free = FREE_FAILURES.name;
    const ips = Array.from({ length: free + 1 }, newIp);
    // One failure per address: no address's own budget is touched, only the name's.
    await failAlternately(user.name, ips);
    expectThrottled(await signIn(b, user.name, TEST_PASSWORD, ips[0]!), 'a failing address on B');
    expectThrottled(await signIn(a, user.name, TEST_PASSWORD, ips[1]!), 'a failing address on A');
    expect((await signIn(a, user.name, TEST_PASSWORD, newIp())).status, 'clean address on A').toBe(200);
    expect((await signIn(b, user.name, TEST_PASSWORD, newIp())).status, 'clean address on B').toBe(200);
    first.clock.advanceSeconds(lockSecondsAfter(free + 1, free) + 1);
  });

  it('locks an address that tried many names, counted on A and B together, on both', async () => {
    const user = await createTestUser(first, account.accountId);
    const ip = newIp();
    const free = FREE_FAILURES.address;
    // Names nobody has count like real ones; one failure each keeps every name's budget whole.
    for (let i = 0; i <= free; i++) {
      const res = await signIn(i % 2 === 0 ? a : b, `nobody-${i}-${uniqueSuffix()}`, WRONG, ip);
      expect(res.status, JSON.stringify(res.body)).toBe(401);
    }
    expectThrottled(await signIn(a, user.name, TEST_PASSWORD, ip), 'right password on A');
    expectThrottled(await signIn(b, user.name, TEST_PASSWORD, ip), 'right password on B');
    expect((await signIn(b, user.name, TEST_PASSWORD, newIp())).status, 'another address').toBe(200);
    first.clock.advanceSeconds(lockSecondsAfter(free + 1, free) + 1);
  });
});
