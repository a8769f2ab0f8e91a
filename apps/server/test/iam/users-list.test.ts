// GET /api/users: keyset pages in every sort order, path prefix and name search, and which
// ARN iam:ListUsers is authorised on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nameKey } from '../../src/db/name-key.js';
import { newUniqueId } from '../../src/model/unique-ids.js';
import type { ApiClient } from '../harness/api-client.js';
import {
  allow,
  createTestUser,
  newRootSession,
  signInAsUser,
  type TestAccount,
} from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';
import { enc, expectDenied, expectError, expectStatus } from './iam-helpers.js';

let server: TestServer;
let account: TestAccount;
let root: ApiClient;

const PATHS = ['/', '/app/', '/app/web/', '/family/'];
const COUNT = 130;
interface Seeded {
  name: string;
  path: string;
  createdAt: Date;
  passwordLastUsed: Date | null;
}
const seeded: Seeded[] = [];

beforeAll(async () => {
  server = await startTestServer();
  ({ account, root } = await newRootSession(server));
  // Rows straight into the table: the list is what is under test, not creation.
  for (let i = 0; i < COUNT; i++) {
    seeded.push({
      name: `${['Ann', 'bob', 'Cy_d', 'dee'][i % 4]}-${String((i * 37) % COUNT).padStart(3, '0')}`,
      path: PATHS[i % PATHS.length]!,
      // Several users share a creation time, so the name must break ties.
      createdAt: new Date(Date.UTC(2025, 0, 1, 0, Math.floor(i / 3))),
      passwordLastUsed: i % 4 === 0 ? null : new Date(Date.UTC(2025, 5, 1, 0, (i * 13) % 50)),
    });
  }
  await server.deps.db.user.createMany({
    data: seeded.map((u) => ({
      id: newUniqueId('user'),
      accountId: account.accountId,
      name: u.name,
      nameLower: nameKey(u.name),
      path: u.path,
      createdAt: u.createdAt,
      passwordLastUsed: u.passwordLastUsed,
    })),
  });
});
afterAll(() => server?.close());

async function walk(client: ApiClient, query: string, limit: number): Promise<string[]> {
  const names: string[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < 100; pages++) {
    const res = await client.get(`/api/users?limit=${limit}&${query}${cursor ? `&cursor=${cursor}` : ''}`);
    expectStatus(res, 200);
    expect(res.body.items.length).toBeLessThanOrEqual(limit);
    names.push(...res.body.items.map((u: { userName: string }) => u.userName));
    cursor = res.body.nextCursor;
    if (!cursor) return names;
    expect(res.body.items).toHaveLength(limit);
  }
  throw new Error('too many pages');
}

const byName = (a: Seeded, b: Seeded) => (nameKey(a.name) < nameKey(b.name) ? -1 : 1);
const time = (d: Date | null) => d?.getTime() ?? null;
/** PostgreSQL's order: nulls last going up, first going down; ties by lower-cased name. */
function byTime(key: 'createdAt' | 'passwordLastUsed', desc: boolean) {
  return (a: Seeded, b: Seeded) => {
    const [x, y] = [time(a[key]), time(b[key])];
    let c = x === y ? 0 : x === null ? 1 : y === null ? -1 : x - y;
    if (c === 0) c = byName(a, b);
    return desc ? -c : c;
  };
}

describe('GET /api/users pages', () => {
  it('walks every user exactly once by name, in pages, both ways', async () => {
    const expected = [...seeded].sort(byName).map((u) => u.name);
    expect(await walk(root, 'sort=userName', 29)).toEqual(expected);
    expect(await walk(root, 'sort=userName&order=desc', 50)).toEqual([...expected].reverse());
  });

  it.each([
    ['createDate', 'asc'],
    ['createDate', 'desc'],
    ['passwordLastUsed', 'asc'],
    ['passwordLastUsed', 'desc'],
  ] as const)('walks every user exactly once by %s %s', async (sort, order) => {
    const key = sort === 'createDate' ? 'createdAt' : 'passwordLastUsed';
    const expected = [...seeded].sort(byTime(key, order === 'desc')).map((u) => u.name);
    expect(await walk(root, `sort=${sort}&order=${order}`, 19)).toEqual(expected);
  });

  it('filters by path prefix and by a case-insensitive name substring, together with pages', async () => {
    const app = seeded
      .filter((u) => u.path.startsWith('/app/'))
      .sort(byName)
      .map((u) => u.name);
    expect(await walk(root, `pathPrefix=${enc('/app/')}`, 9)).toEqual(app);
    const web = seeded
      .filter((u) => u.path === '/app/web/')
      .sort(byName)
      .map((u) => u.name);
    expect(await walk(root, `pathPrefix=${enc('/app/web/')}`, 50)).toEqual(web);
    // `_` is a LIKE wildcard: the search must treat it as a character.
    const cyd = seeded
      .filter((u) => u.name.toLowerCase().includes('y_d-0'))
      .sort(byName)
      .map((u) => u.name);
    expect(cyd.length).toBeGreaterThan(3);
    expect(await walk(root, `search=${enc('Y_D-0')}`, 3)).toEqual(cyd);
    expect(await walk(root, `search=${enc('y%d')}`, 10)).toEqual([]);
    const both = seeded
      .filter((u) => u.path.startsWith('/app/') && u.name.toLowerCase().includes('bob'))
      .sort(byTime('createdAt', true))
      .map((u) => u.name);
    expect(await walk(root, `pathPrefix=${enc('/app/')}&search=BOB&sort=createDate&order=desc`, 4)).toEqual(
      both,
    );
  });

  it('returns list items without tags or boundary, and the first page by default', async () => {
    const res = await root.get('/api/users');
    expectStatus(res, 200);
    expect(res.body.items).toHaveLength(50);
    expect(Object.keys(res.body.items[0]).sort()).toEqual(
      ['arn', 'createDate', 'passwordLastUsed', 'path', 'userId', 'userName'].sort(),
    );
    expect(res.body.nextCursor).toEqual(expect.any(String));
  });

  it.each([
    ['limit=0', 'limit'],
    ['limit=1001', 'limit'],
    ['limit=abc', 'limit'],
    ['sort=age', 'sort'],
    ['order=up', 'order'],
    ['pathPrefix=app', 'pathPrefix'],
  ])('refuses %s with a field error', async (query, field) => {
    const res = await root.get(`/api/users?${query}`);
    expectError(res, 400, 'ValidationError');
    expect(res.body.error.fieldErrors[0].path).toBe(field);
  });

  it('refuses a cursor from another sort order or a forged one with InvalidInput', async () => {
    const page = await root.get('/api/users?limit=5&sort=userName');
    expectError(
      await root.get(`/api/users?limit=5&sort=createDate&cursor=${page.body.nextCursor}`),
      400,
      'InvalidInput',
    );
    expectError(await root.get('/api/users?cursor=not-a-cursor'), 400, 'InvalidInput');
    const forged = Buffer.from(JSON.stringify(['users:userName:asc', [1, 2]])).toString('base64url');
    expectError(await root.get(`/api/users?cursor=${forged}`), 400, 'InvalidInput');
    const badDate = Buffer.from(JSON.stringify(['users:createDate:asc', ['yesterday', 'bob']])).toString(
      'base64url',
    );
    expectError(await root.get(`/api/users?sort=createDate&cursor=${badDate}`), 400, 'InvalidInput');
    const nul = Buffer.from(JSON.stringify(['users:userName:asc', ['a\u0000', 'b']])).toString('base64url');
    expectError(await root.get(`/api/users?cursor=${nul}`), 400, 'InvalidInput');
  });
});

describe('iam:ListUsers is authorised on the path prefix', () => {
  it('lets a caller list only below the paths its policy names', async () => {
    const user = await createTestUser(server, account.accountId, {
      inlinePolicies: { list: allow('iam:ListUsers', `arn:aws:iam::${account.accountId}:user/app/*`) },
    });
    const client = await signInAsUser(server, account, user);
    const res = await client.get(`/api/users?pathPrefix=${enc('/app/')}&limit=1000`);
    expectStatus(res, 200);
    expect(res.body.items.every((u: { path: string }) => u.path.startsWith('/app/'))).toBe(true);
    expectStatus(await client.get(`/api/users?pathPrefix=${enc('/app/web/')}`), 200);
    expectDenied(
      await client.get(`/api/users?pathPrefix=${enc('/family/')}`),
      'iam:ListUsers',
      `arn:aws:iam::${account.accountId}:user/family/`,
    );
    expectDenied(await client.get('/api/users'), 'iam:ListUsers', `arn:aws:iam::${account.accountId}:user/`);
  });
});
