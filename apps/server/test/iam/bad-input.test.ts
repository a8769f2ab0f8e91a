// Bad input to the IAM entity routes gets a clear 4xx answer with an error code, never a 500:
// wrong types and shapes in every body field, junk in every path parameter and query.
import { Router } from 'express';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { mountIamRoutes } from '../../src/routes/iam/mount-iam-routes.js';
import type { ApiClient } from '../harness/api-client.js';
import { allow, createManagedPolicy, newRootSession, type TestAccount } from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';
import {
  fillPath,
  hasBody,
  IDENTITY,
  pathParams,
  QUERIES,
  sampleBody,
  TARGET,
  TRUST,
  type RouteEntry,
  type SampleContext,
} from './route-table.js';

let server: TestServer;
let account: TestAccount;
let root: ApiClient;
let sample: SampleContext;

/** The routes mountIamRoutes registers (the ones this helper owns). */
function iamRoutes(): RouteEntry[] {
  const router = Router();
  mountIamRoutes(router);
  type Layer = { route?: { path: string; methods: Record<string, boolean> } };
  return (router.stack as unknown as Layer[]).flatMap((layer) =>
    layer.route
      ? Object.keys(layer.route.methods).map((m) => ({
          method: m.toUpperCase(),
          path: layer.route!.path,
          key: `${m.toUpperCase()} ${layer.route!.path}`,
        }))
      : [],
  );
}

beforeAll(async () => {
  server = await startTestServer();
  ({ account, root } = await newRootSession(server));
  const policyArn = (await createManagedPolicy(server, account.accountId, 'target-policy', allow('s3:*')))
    .arn;
  sample = { accountId: account.accountId, policyArn };
  await root.post('/api/users', { userName: TARGET });
  await root.put(`/api/users/${TARGET}/inline-policies/inline`, { document: IDENTITY });
  await root.post('/api/groups', { groupName: TARGET });
  await root.post('/api/roles', { roleName: TARGET, trustPolicy: TRUST });
});
afterAll(() => server?.close());

const JUNK_VALUES: unknown[] = [123, null, 'nul\u0000byte', 'arn:aws:iam::123456789012:policy/a\u0000b'];
const JUNK_PARAMS = ['%00', '%E2%82', encodeURIComponent('arn:aws:iam::123456789012:policy/a\u0000b')];
const JUNK_QUERIES = [
  'limit=-1&cursor=%00',
  'cursor=eyJ4IjoxfQ',
  'search=%00&pathPrefix=%00',
  'search=%25_%5C',
  'sort=x&order=y&scope=Nope&usage=x',
  'force=maybe',
  'keys=%00',
];

it('answers every malformed request with a 4xx error body', async () => {
  const routes = iamRoutes();
  expect(routes.length).toBeGreaterThan(55);
  const failures: string[] = [];
  const requests: [string, string, unknown?][] = [];
  const check = (method: string, url: string, body?: unknown) => requests.push([method, url, body]);
  const send = async (method: string, url: string, body?: unknown) => {
    const res = await root.request(method, url, body);
    const fine = res.status < 500 && (res.status < 400 || typeof res.body?.error?.code === 'string');
    if (!fine)
      failures.push(
        `${method} ${url.slice(0, 120)} ${JSON.stringify(body)?.slice(0, 80)} → ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`,
      );
  };
  for (const route of routes) {
    const url = `/api${fillPath(route.path, sample)}`;
    for (const param of pathParams(route.path)) {
      for (const value of JUNK_PARAMS) {
        const junkUrl = `/api${fillPath(route.path, sample, { param, value })}${QUERIES[route.key] ?? ''}`;
        check(route.method, junkUrl, hasBody(route.method) ? sampleBody(route.key, sample) : undefined);
      }
    }
    if (route.method === 'GET' || route.method === 'DELETE') {
      for (const query of JUNK_QUERIES) check(route.method, `${url}?${query}`);
      continue;
    }
    const body = sampleBody(route.key, sample);
    check(route.method, url, []);
    check(route.method, url, 'text');
    for (const field of Object.keys(body)) {
      for (const value of JUNK_VALUES) check(route.method, url, { ...body, [field]: value });
    }
  }
  // Four at a time: enough to be quick, few enough for the test database's connection pool.
  for (let i = 0; i < requests.length; i += 4) {
    await Promise.all(requests.slice(i, i + 4).map(([method, url, body]) => send(method, url, body)));
  }
  expect(requests.length).toBeGreaterThan(400);
  expect(failures).toEqual([]);
}, 180_000);

it('answers NoSuchEntity on every route whose path names an entity that does not exist', async () => {
  const missingPolicy = encodeURIComponent(`arn:aws:iam::${account.accountId}:policy/missing-policy`);
  const missing: Record<string, string> = {
    name: 'missing-entity',
    userName: 'missing-entity',
    arn: missingPolicy,
    policyArn: missingPolicy,
    versionId: 'v99',
    policyName: 'missing-inline',
  };
  const failures: string[] = [];
  let checked = 0;
  for (const route of iamRoutes()) {
    for (const param of pathParams(route.path)) {
      const value =
        param === 'id'
          ? route.path.startsWith('/policies/')
            ? missingPolicy
            : 'missing-entity'
          : missing[param];
      if (value === undefined) throw new Error(`no missing value for \`:${param}\``);
      // PUT of an inline policy that does not exist yet creates it.
      if (route.key.startsWith('PUT ') && param === 'policyName') continue;
      const url = `/api${fillPath(route.path, sample, { param, value })}${QUERIES[route.key] ?? ''}`;
      const res = await root.request(
        route.method,
        url,
        hasBody(route.method) ? sampleBody(route.key, sample) : undefined,
      );
      checked++;
      if (res.status !== 404 || res.body?.error?.code !== 'NoSuchEntity') {
        failures.push(`${route.key} (:${param}) → ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
      }
    }
  }
  expect(checked).toBeGreaterThan(60);
  expect(failures).toEqual([]);
}, 120_000);
