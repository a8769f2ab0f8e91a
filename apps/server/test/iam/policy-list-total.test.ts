// The console's policies list says how many policies match its filters over every page (issue
// 12, finding 8: the header showed "(50+)"), as AWS's console does: the same number on every
// page, the number of rows the pages hold together, for each type, search, path prefix and use
// filter, only the caller's account's own policies, and only to a caller who may list them.
// AWS managed counts come from the catalog's build of the same data package, not this file.
import { loadManagedPolicyIndex } from '@gatehouse/catalog/node';
import type { ManagedPolicyIndex } from '@gatehouse/catalog';
import { policyPageSchema } from '@gatehouse/contracts/iam/policies';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../harness/api-client.js';
import {
  allow,
  createTestUser,
  newRootSession,
  signInAsUser,
  uniqueSuffix,
  type TestAccount,
} from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';
import { enc, expectDenied, expectStatus, policyText } from './iam-helpers.js';

let server: TestServer;
let account: TestAccount;
let root: ApiClient;
let index: ManagedPolicyIndex;
const suffix = uniqueSuffix();
/** The account's three customer managed policies: one under /team/, one whose name holds ReadOnly. */
const LOCAL = [
  { policyName: `Total-${suffix}-a` },
  { policyName: `Total-${suffix}-b`, path: '/team/' },
  { policyName: `MyReadOnlyBits-${suffix}` },
];

beforeAll(async () => {
  server = await startTestServer();
  ({ account, root } = await newRootSession(server));
  index = await loadManagedPolicyIndex();
  for (const p of LOCAL) {
    expectStatus(
      await root.post('/api/policies', {
        ...p,
        document: policyText({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }),
      }),
      201,
    );
  }
  // Another account's policies never count in this one's lists.
  const other = await newRootSession(server);
  expectStatus(
    await other.root.post('/api/policies', {
      policyName: `Total-${suffix}-elsewhere`,
      document: policyText({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }),
    }),
    201,
  );
});
afterAll(() => server?.close());

/** AWS managed policies of the catalog whose name holds `search` (any case) under `pathPrefix`. */
function awsCount(search = '', pathPrefix = '/'): number {
  return index.policies.filter(
    (p) => p.name.toLowerCase().includes(search.toLowerCase()) && p.path.startsWith(pathPrefix),
  ).length;
}

function localCount(search = '', pathPrefix = '/'): number {
  return LOCAL.filter(
    (p) =>
      p.policyName.toLowerCase().includes(search.toLowerCase()) && (p.path ?? '/').startsWith(pathPrefix),
  ).length;
}

/** Every page of a list: the total each page gives, and how many rows they hold together. */
async function walk(client: ApiClient, query: string, limit: number) {
  const totals = new Set<number | undefined>();
  const arns = new Set<string>();
  let pages = 0;
  let cursor: string | undefined;
  do {
    const res = await client.get(`/api/policies?${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
    expectStatus(res, 200);
    policyPageSchema.parse(res.body);
    totals.add(res.body.total);
    for (const p of res.body.items as { arn: string }[]) arns.add(p.arn);
    cursor = res.body.nextCursor;
    pages++;
  } while (cursor);
  return { totals: [...totals], rows: arns.size, pages };
}

describe('the total of a policies list', () => {
  it('is the number of AWS managed policies in the catalog, on the first page of 50', async () => {
    const res = await root.get('/api/policies?scope=AWS');
    expectStatus(res, 200);
    expect(res.body.items).toHaveLength(50);
    expect(res.body.total).toBe(index.policies.length);
  });

  it('counts both types in `All`, this account’s only in `Local`, on the first page', async () => {
    const all = await root.get('/api/policies');
    expect(all.body.total).toBe(index.policies.length + LOCAL.length);
    const local = await root.get('/api/policies?scope=Local');
    expect(local.body.total).toBe(LOCAL.length);
  });

  it.each([
    ['AWS', '', 1000],
    ['All', '', 1000],
    ['Local', '', 2],
    ['AWS', 'ReadOnly', 7],
    ['All', 'ReadOnly', 7],
    ['Local', 'ReadOnly', 1],
    ['All', 'readonlyaccess', 5],
    ['All', `total-${suffix}`, 1],
  ])(
    'is the same on every page and equals the rows listed: scope %s, search `%s`, %i a page',
    async (scope, search, limit) => {
      const expected =
        (scope === 'Local' ? 0 : awsCount(search)) + (scope === 'AWS' ? 0 : localCount(search));
      const { totals, rows, pages } = await walk(root, `scope=${scope}&search=${enc(search)}`, limit);
      expect(totals).toEqual([expected]);
      expect(rows).toBe(expected);
      if (expected > limit) expect(pages).toBeGreaterThan(1);
    },
  );

  it('counts an exact name match once, though it is listed first', async () => {
    const { totals, rows } = await walk(root, 'scope=AWS&search=ReadOnlyAccess', 3);
    expect(totals).toEqual([awsCount('ReadOnlyAccess')]);
    expect(rows).toBe(awsCount('ReadOnlyAccess'));
    expect(awsCount('ReadOnlyAccess')).toBeGreaterThan(3);
  });

  it('follows the path prefix', async () => {
    const team = await root.get('/api/policies?scope=All&pathPrefix=/team/');
    expect(team.body.total).toBe(localCount('', '/team/'));
    const serviceRole = await root.get('/api/policies?scope=AWS&pathPrefix=/service-role/');
    expect(serviceRole.body.total).toBe(awsCount('', '/service-role/'));
    expect(serviceRole.body.total).toBeGreaterThan(0);
  });

  it('counts only the policies in use when onlyAttached is asked', async () => {
    const userName = `total-${suffix}`;
    expectStatus(await root.post('/api/users', { userName }), 201);
    const local = await root.get(`/api/policies?scope=Local&search=Total-${suffix}-a`);
    for (const policyArn of [local.body.items[0].arn, 'arn:aws:iam::aws:policy/ReadOnlyAccess']) {
      expectStatus(await root.post(`/api/users/${userName}/attached-policies`, { policyArn }), 204);
    }
    const used = await root.get('/api/policies?scope=All&onlyAttached=true');
    expect(used.body.total).toBe(2);
    const usedAws = await root.get('/api/policies?scope=AWS&onlyAttached=true');
    expect(usedAws.body.total).toBe(1);
    const boundaries = await root.get(
      '/api/policies?scope=All&onlyAttached=true&policyUsageFilter=PermissionsBoundary',
    );
    expect(boundaries.body.total).toBe(0);
  });

  it('is 0 for a search no policy name can hold', async () => {
    const res = await root.get(`/api/policies?search=${enc('read only')}`);
    expectStatus(res, 200);
    expect(res.body.items).toEqual([]);
    expect(res.body.total).toBe(0);
  });
});

describe('who sees the total', () => {
  it('is refused, with no count, to a user who may not list policies', async () => {
    const user = await createTestUser(server, account.accountId, {
      inlinePolicies: { nothing: allow('iam:GetUser') },
    });
    const client = await signInAsUser(server, account, user);
    const res = await client.get('/api/policies');
    expectDenied(res, 'iam:ListPolicies', `arn:aws:iam::${account.accountId}:policy/`);
    expect(res.body.total).toBeUndefined();
  });

  it('counts what a user allowed to list under one path may list there', async () => {
    const user = await createTestUser(server, account.accountId, {
      inlinePolicies: {
        team: allow('iam:ListPolicies', `arn:aws:iam::${account.accountId}:policy/team/*`),
      },
    });
    const client = await signInAsUser(server, account, user);
    expectDenied(
      await client.get('/api/policies?scope=Local'),
      'iam:ListPolicies',
      `arn:aws:iam::${account.accountId}:policy/`,
    );
    const res = await client.get('/api/policies?scope=Local&pathPrefix=/team/');
    expectStatus(res, 200);
    expect(res.body.total).toBe(localCount('', '/team/'));
  });
});
