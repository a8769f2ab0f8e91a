// Beside the deny walker (test/iam/deny-every-route.test.ts), which proves every account route
// refuses a signed-in caller without permissions, this walker proves every route refuses a
// caller who is not signed in at all: every /api route that needs a session answers 401
// NotAuthenticated without a cookie, with a garbage cookie, with an expired session and with a
// signed-out one; every action of the AWS door answers 403 MissingAuthenticationToken unsigned
// and InvalidClientTokenId signed with a key nobody issued. Routes and actions are read from the
// live router and the door's registry, so a route or action added later is walked too.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../../src/auth/sessions.js';
import { sha256Hex } from '../../src/auth/tokens.js';
import { iamActions } from '../../src/aws/iam/iam-actions.js';
import { IAM_MODEL, STS_MODEL } from '../../src/aws/protocol/service-model.js';
import { stsActions } from '../../src/aws/sts/sts-actions.js';
import { CSRF_COOKIE, SESSION_COOKIE } from '../../src/http/session-cookies.js';
import { ApiClient, type ApiResponse } from '../harness/api-client.js';
import {
  allow,
  createManagedPolicy,
  createTestAccount,
  createTestUser,
  signInAsRoot,
  type TestAccount,
} from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';
import { form, send, signedPost } from '../aws/signed-fetch.js';
import {
  fillPath,
  hasBody,
  QUERIES,
  registeredRoutes,
  sampleBody,
  type RouteEntry,
  type SampleContext,
} from '../iam/route-table.js';

/** Routes anyone may call without a session, and why. Every other route needs one. */
const PUBLIC_ROUTES: Record<string, string> = {
  'GET /health': 'liveness probe for load balancers',
  'GET /setup': 'first-run setup status, before any account exists',
  'POST /setup': 'first-run setup, guarded by the one-time token the server prints',
  'GET /signin-info/:aliasOrId': 'the sign-in page resolves an alias before anyone is signed in',
  'POST /auth/signin/root': 'signing in',
  'POST /auth/signin/iam': 'signing in',
  'POST /auth/signin/mfa': 'signing in (the MFA code step)',
  'POST /auth/signout': 'signing out is harmless without a session, and clears stale cookies',
};

let server: TestServer;
let account: TestAccount;
let sample: SampleContext;

beforeAll(async () => {
  server = await startTestServer();
  account = await createTestAccount(server);
  const policyArn = (await createManagedPolicy(server, account.accountId, 'target-policy', allow('s3:*')))
    .arn;
  sample = { accountId: account.accountId, policyArn };
});
afterAll(() => server?.close());

const guardedRoutes = () => registeredRoutes().filter((r) => !PUBLIC_ROUTES[r.key]);

/** The route's sample request (so validation would pass), sent with exactly these cookies. */
function call(route: RouteEntry, cookies: Record<string, string>): Promise<ApiResponse> {
  const client = new ApiClient(server.baseUrl);
  for (const [name, value] of Object.entries(cookies)) client.cookies.set(name, value);
  const url = `/api${fillPath(route.path, sample)}${QUERIES[route.key] ?? ''}`;
  return client.request(route.method, url, hasBody(route.method) ? sampleBody(route.key, sample) : undefined);
}

type Expectation = { message: string; clearsCookie: boolean };

/** Walks every guarded route, four at a time, and lists each answer that is not the 401 expected. */
async function walk(
  cookiesFor: (route: RouteEntry) => Promise<Record<string, string>>,
  expected: Expectation,
) {
  const routes = guardedRoutes();
  const failures: string[] = [];
  const probe = async (route: RouteEntry) => {
    const res = await call(route, await cookiesFor(route));
    const error = res.body?.error;
    const cleared = res.headers
      .getSetCookie()
      .some((c) => c.startsWith(`${SESSION_COOKIE}=;`) && /max-age=0/i.test(c));
    if (
      res.status !== 401 ||
      error?.code !== 'NotAuthenticated' ||
      error?.message !== expected.message ||
      cleared !== expected.clearsCookie
    ) {
      failures.push(
        `${route.key} → ${res.status} ${JSON.stringify(res.body).slice(0, 200)} cleared=${cleared}`,
      );
    }
  };
  for (let i = 0; i < routes.length; i += 4) await Promise.all(routes.slice(i, i + 4).map(probe));
  expect(failures).toEqual([]);
  return routes.length;
}

const SIGN_IN = 'sign in to continue';
const EXPIRED = 'your session has expired: sign in again';

describe('the console API (/api)', () => {
  it('has an open list that names real routes, each answering without a session', async () => {
    const routes = registeredRoutes();
    const keys = routes.map((r) => r.key);
    expect(routes.length).toBeGreaterThan(75);
    for (const open of Object.keys(PUBLIC_ROUTES)) expect(keys).toContain(open);
    const failures: string[] = [];
    for (const route of routes.filter((r) => PUBLIC_ROUTES[r.key])) {
      const res = await call(route, {});
      if (res.status === 401 && res.body?.error?.code === 'NotAuthenticated') failures.push(route.key);
      if (res.status >= 500) failures.push(`${route.key} → ${res.status}`);
    }
    expect(failures).toEqual([]);
  });

  it('answers 401 NotAuthenticated on every route that needs a session, without a cookie', async () => {
    expect(await walk(async () => ({}), { message: SIGN_IN, clearsCookie: false })).toBeGreaterThan(70);
  });

  it('answers 401 NotAuthenticated, and clears the cookie, for a garbage session cookie', async () => {
    const garbage = [
      'garbage',
      randomBytes(32).toString('base64url'),
      '\u0000',
      '%E0%A4',
      'x'.repeat(4000),
      '"quoted"',
      '__proto__',
    ];
    let i = 0;
    await walk(async () => ({ [SESSION_COOKIE]: garbage[i++ % garbage.length]!, [CSRF_COOKIE]: 'garbage' }), {
      message: SIGN_IN,
      clearsCookie: true,
    });
  });

  it('answers 401 NotAuthenticated, saying the session expired, for a session idle past its timeout', async () => {
    const { config } = server.deps;
    await walk(
      async () => {
        // A session last seen longer ago than the idle timeout (each is deleted on sight: one per route).
        const then = new Date(server.clock.now().getTime() - (config.sessionIdleSeconds + 1) * 1000);
        const tokens = await createSession(server.deps.db, config, then, { accountId: account.accountId });
        return { [SESSION_COOKIE]: tokens.token, [CSRF_COOKIE]: tokens.csrfToken };
      },
      { message: EXPIRED, clearsCookie: true },
    );
  });

  it('answers 401 NotAuthenticated, saying the session expired, for a session past its absolute lifetime', async () => {
    const { config, db } = server.deps;
    await walk(
      async () => {
        // Busy until a moment ago, but created longer ago than the absolute lifetime allows.
        const now = server.clock.now();
        const then = new Date(now.getTime() - (config.sessionAbsoluteSeconds + 1) * 1000);
        const tokens = await createSession(db, config, then, { accountId: account.accountId });
        await db.session.update({ where: { tokenHash: sha256Hex(tokens.token) }, data: { lastSeenAt: now } });
        return { [SESSION_COOKIE]: tokens.token, [CSRF_COOKIE]: tokens.csrfToken };
      },
      { message: EXPIRED, clearsCookie: true },
    );
  });

  it('answers 401 NotAuthenticated after sign-out, to the root user and to an IAM user whose password was removed', async () => {
    const root = await signInAsRoot(server, account);
    const cookies = Object.fromEntries(root.cookies);
    expect((await root.post('/api/auth/signout')).status).toBe(204);
    await walk(async () => cookies, { message: SIGN_IN, clearsCookie: true });

    // A user's console sessions end with their console password (each is deleted on sight).
    const user = await createTestUser(server, account.accountId);
    await server.deps.db.loginProfile.delete({ where: { userId: user.userId } });
    await walk(
      async () => {
        const tokens = await createSession(server.deps.db, server.deps.config, server.clock.now(), {
          accountId: account.accountId,
          userId: user.userId,
        });
        return { [SESSION_COOKIE]: tokens.token, [CSRF_COOKIE]: tokens.csrfToken };
      },
      { message: SIGN_IN, clearsCookie: true },
    );
  });
});

describe('the AWS API (/)', () => {
  const actions = () => [
    ...Object.keys(iamActions).map((action) => ({ service: 'iam', model: IAM_MODEL, action })),
    ...Object.keys(stsActions).map((action) => ({ service: 'sts', model: STS_MODEL, action })),
  ];

  async function walkActions(
    request: (
      a: ReturnType<typeof actions>[number],
    ) => Promise<{ status: number; code?: string; message?: string }>,
    expected: { status: number; code: string; message: string },
  ) {
    const list = actions();
    expect(list.length).toBeGreaterThan(50);
    const failures: string[] = [];
    for (let i = 0; i < list.length; i += 4) {
      await Promise.all(
        list.slice(i, i + 4).map(async (a) => {
          const res = await request(a);
          if (
            res.status !== expected.status ||
            res.code !== expected.code ||
            res.message !== expected.message
          ) {
            failures.push(`${a.service}:${a.action} → ${res.status} ${res.code} ${res.message}`);
          }
        }),
      );
    }
    expect(failures).toEqual([]);
  }

  const params = (a: ReturnType<typeof actions>[number]) =>
    form({ Action: a.action, Version: a.model.metadata.apiVersion });

  it('answers every action unsigned with 403 MissingAuthenticationToken, as a form POST and as a GET', async () => {
    const expected = {
      status: 403,
      code: 'MissingAuthenticationToken',
      message: 'Request is missing Authentication Token',
    };
    await walkActions(
      (a) =>
        send(`${server.baseUrl}/`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: params(a),
        }),
      expected,
    );
    await walkActions(
      (a) => send(`${server.baseUrl}/?${params(a)}`, { method: 'GET', headers: {} }),
      expected,
    );
  });

  it('answers every action signed with a key nobody issued with 403 InvalidClientTokenId', async () => {
    const expected = {
      status: 403,
      code: 'InvalidClientTokenId',
      message: 'The security token included in the request is invalid.',
    };
    const keys = [
      { accessKeyId: 'AKIAAAAAAAAAAAAAAAAA', secretAccessKey: 'unknown' },
      { accessKeyId: 'ASIAAAAAAAAAAAAAAAAA', secretAccessKey: 'unknown', sessionToken: 'unknown-token' },
      { accessKeyId: 'not-a-key-id', secretAccessKey: 'unknown' },
    ];
    let i = 0;
    await walkActions(async (a) => {
      const signed = await signedPost(server.baseUrl, keys[i++ % keys.length]!, params(a), {
        service: a.service,
      });
      return send(signed.url, { method: 'POST', headers: signed.headers, body: signed.body });
    }, expected);
  });
});
