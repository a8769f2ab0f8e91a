// The 100k-user benchmark (not a test). Loads 100,000 users across paths into one account of a
// fresh embedded PostgreSQL, then measures, through the real HTTP API:
//   - p50/p95 of the user list: first page, a deep page (90,000 in), by name and by creation
//     time, a path-prefix filter, and a name search, as the root user;
//   - authorised requests per second of GET /api/users/:name by an IAM user whose permissions
//     come from 10 policies (inline, attached, and via a group).
//
//   npx -y pnpm@10.34.8 --filter @gatehouse/server bench          (BENCH_USERS=20000 for a quick run)
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { pino } from 'pino';
import { createApp } from '../src/app.js';
import { hashPassword } from '../src/auth/password-hash.js';
import { PolicyCache } from '../src/authz/policy-cache.js';
import { loadConfig } from '../src/config.js';
import { createDb } from '../src/db/client.js';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres.js';
import { applyMigrations } from '../src/db/migrations.js';
import { prismaPaths } from '../src/db/paths.js';
import { policyArn } from '../src/model/arns.js';
import { newUniqueId } from '../src/model/unique-ids.js';
import { createAccount } from '../src/services/accounts/create-account.js';
import { encodeCursor } from '../src/services/iam/common/cursor.js';

const USERS = Number(process.env.BENCH_USERS ?? 100_000);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 200);
const RPS_SECONDS = Number(process.env.BENCH_RPS_SECONDS ?? 5);
const RPS_CONCURRENCY = Number(process.env.BENCH_RPS_CONCURRENCY ?? 8);
const PASSWORD = 'Bench-Password-9';

const PATHS = [
  '/',
  '/app/',
  '/app/web/',
  '/app/batch/',
  '/family/',
  '/eng/backend/',
  '/eng/frontend/',
  '/ops/',
  '/sales/emea/',
  '/sales/apac/',
];
const WORDS = [
  'alpha',
  'bravo',
  'charlie',
  'delta',
  'echo',
  'foxtrot',
  'golf',
  'hotel',
  'india',
  'juliet',
  'kilo',
  'lima',
  'mike',
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are read loosely
type Json = any;

class Client {
  cookies = new Map<string, string>();
  constructor(readonly baseUrl: string) {}
  async request(method: string, url: string, body?: unknown): Promise<{ status: number; body: Json }> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (this.cookies.size) headers.Cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const csrf = this.cookies.get('gatehouse_csrf');
    if (method !== 'GET' && csrf) headers['X-CSRF-Token'] = decodeURIComponent(csrf);
    const res = await fetch(this.baseUrl + url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      this.cookies.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  }
}

async function loadUsers(client: pg.Client, accountId: string): Promise<void> {
  const batch = 10_000;
  const start = Date.now();
  for (let offset = 0; offset < USERS; offset += batch) {
    const ids: string[] = [],
      names: string[] = [],
      lowers: string[] = [],
      paths: string[] = [];
    const created: string[] = [],
      used: (string | null)[] = [];
    for (let i = offset; i < Math.min(USERS, offset + batch); i++) {
      const name = `${WORDS[i % WORDS.length]}-${String(i).padStart(6, '0')}`;
      ids.push(newUniqueId('user'));
      names.push(name);
      lowers.push(name.toLowerCase());
      paths.push(PATHS[i % PATHS.length]!);
      created.push(new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString());
      used.push(
        i % 3 === 0 ? null : new Date(Date.UTC(2025, 0, 1) + ((i * 7919) % USERS) * 1000).toISOString(),
      );
    }
    await client.query(
      `INSERT INTO "User" ("id", "accountId", "name", "nameLower", "path", "createdAt", "updatedAt", "passwordLastUsed")
       SELECT id, $1, name, lower, path, created, created, used
       FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::timestamptz[], $7::timestamptz[])
         AS t(id, name, lower, path, created, used)`,
      [accountId, ids, names, lowers, paths, created, used],
    );
  }
  await client.query('ANALYZE');
  console.log(`loaded ${USERS.toLocaleString('en')} users in ${((Date.now() - start) / 1000).toFixed(1)} s`);
}

/** An IAM user whose 10 policies (4 inline, 3 attached, 3 via a group) include iam:GetUser on user/*. */
async function seedCaller(client: pg.Client, accountId: string): Promise<string> {
  const userId = newUniqueId('user');
  const groupId = newUniqueId('group');
  const name = 'bench-caller';
  const doc = (i: number, action: string, resource: string) =>
    JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Sid: `S${i}`, Effect: 'Allow', Action: action, Resource: resource }],
    });
  await client.query('BEGIN');
  await client.query(
    `INSERT INTO "User" ("id","accountId","name","nameLower","path","updatedAt") VALUES ($1,$2,$3,$3,'/',now())`,
    [userId, accountId, name],
  );
  await client.query(`INSERT INTO "LoginProfile" ("userId","accountId","passwordHash") VALUES ($1,$2,$3)`, [
    userId,
    accountId,
    await hashPassword(PASSWORD),
  ]);
  await client.query(
    `INSERT INTO "Group" ("id","accountId","name","nameLower","updatedAt") VALUES ($1,$2,'bench-group','bench-group',now())`,
    [groupId, accountId],
  );
  await client.query(`INSERT INTO "GroupMembership" ("accountId","groupId","userId") VALUES ($1,$2,$3)`, [
    accountId,
    groupId,
    userId,
  ]);
  for (let i = 0; i < 4; i++) {
    await client.query(
      `INSERT INTO "InlinePolicy" ("id","accountId","name","document","userId","updatedAt") VALUES (gen_random_uuid(),$1,$2,$3,$4,now())`,
      [accountId, `inline-${i}`, doc(i, `s3:Get*`, `arn:aws:s3:::bucket-${i}/*`), userId],
    );
  }
  for (let i = 0; i < 6; i++) {
    const id = newUniqueId('policy');
    const policyName = `managed-${i}`;
    const action = i === 5 ? 'iam:GetUser' : `ec2:Describe${i}*`;
    const resource = i === 5 ? `arn:aws:iam::${accountId}:user/*` : '*';
    await client.query(
      `INSERT INTO "ManagedPolicy" ("id","accountId","arn","name","nameLower","updatedAt") VALUES ($1,$2,$3,$4,$4,now())`,
      [id, accountId, policyArn(accountId, '/', policyName), policyName],
    );
    await client.query(
      `INSERT INTO "PolicyVersion" ("id","policyId","versionId","document") VALUES (gen_random_uuid(),$1,'v1',$2)`,
      [id, doc(i, action, resource)],
    );
    await client.query(
      `INSERT INTO "PolicyAttachment" ("id","accountId","policyId","userId","groupId") VALUES (gen_random_uuid(),$1,$2,$3,$4)`,
      [accountId, id, i < 3 ? userId : null, i < 3 ? null : groupId],
    );
  }
  await client.query('COMMIT');
  return name;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * p50/p95 of `SAMPLES` sequential requests, and the CPU this process spent per request (server
 * and client share it; PostgreSQL runs in its own processes): on a busy machine the latency
 * grows with the load, the CPU figure much less.
 */
async function timeQuery(label: string, client: Client, url: string, rows: string[][]): Promise<void> {
  const first = await client.request('GET', url);
  if (first.status !== 200) throw new Error(`${label}: ${first.status} ${JSON.stringify(first.body)}`);
  const times: number[] = [];
  const cpu = process.cpuUsage();
  for (let i = 0; i < SAMPLES; i++) {
    const t = performance.now();
    const res = await client.request('GET', url);
    times.push(performance.now() - t);
    if (res.status !== 200) throw new Error(`${label}: ${res.status}`);
  }
  const used = process.cpuUsage(cpu);
  times.sort((a, b) => a - b);
  rows.push([
    label,
    String(first.body.items?.length ?? '-'),
    percentile(times, 50).toFixed(1),
    percentile(times, 95).toFixed(1),
    ((used.user + used.system) / 1000 / SAMPLES).toFixed(1),
  ]);
}

async function requestsPerSecond(
  client: Client,
  url: string,
): Promise<{ rps: number; p95: number; cpuPerRequest: number }> {
  const deadline = performance.now() + RPS_SECONDS * 1000;
  const times: number[] = [];
  const cpu = process.cpuUsage();
  await Promise.all(
    Array.from({ length: RPS_CONCURRENCY }, async () => {
      while (performance.now() < deadline) {
        const t = performance.now();
        const res = await client.request('GET', url);
        if (res.status !== 200) throw new Error(`GET user: ${res.status} ${JSON.stringify(res.body)}`);
        times.push(performance.now() - t);
      }
    }),
  );
  const used = process.cpuUsage(cpu);
  times.sort((a, b) => a - b);
  return {
    rps: times.length / RPS_SECONDS,
    p95: percentile(times, 95),
    cpuPerRequest: (used.user + used.system) / 1000 / times.length,
  };
}

async function main(): Promise<void> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'gatehouse-bench-'));
  const database = await startEmbeddedPostgres({ dataDir, database: 'bench', ephemeral: true });
  let server: Server | undefined;
  const db = createDb(database.url, { poolSize: 10 });
  const raw = new pg.Client({ connectionString: database.url });
  try {
    await applyMigrations(database.url, prismaPaths());
    await raw.connect();
    const config = { ...loadConfig({}), port: 0, databaseUrl: database.url, webDistDir: '/nonexistent' };
    const deps = {
      db,
      clock: () => new Date(),
      config,
      log: pino({ level: 'silent' }),
      policyCache: new PolicyCache(),
    };
    server = await new Promise<Server>((resolve) => {
      const s = createServer(createApp(deps)).listen(0, '127.0.0.1', () => resolve(s));
    });
    const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const account = await db.$transaction((tx) =>
      createAccount({ tx, now: new Date(), email: 'bench@example.com', password: PASSWORD, alias: 'bench' }),
    );
    await loadUsers(raw, account.id);
    const callerName = await seedCaller(raw, account.id);

    const root = new Client(baseUrl);
    const signin = await root.request('POST', '/api/auth/signin/root', {
      email: 'bench@example.com',
      password: PASSWORD,
    });
    if (signin.status !== 200) throw new Error(`root sign-in: ${signin.status}`);

    const deep = Math.floor(USERS * 0.9);
    const byName = await raw.query(
      `SELECT "id", "nameLower" FROM "User" WHERE "accountId" = $1 ORDER BY "nameLower", "id" OFFSET $2 LIMIT 1`,
      [account.id, deep],
    );
    const byDate = await raw.query(
      `SELECT "createdAt", "nameLower" FROM "User" WHERE "accountId" = $1 ORDER BY "createdAt", "nameLower" OFFSET $2 LIMIT 1`,
      [account.id, deep],
    );
    const nameCursor = encodeCursor({
      sort: 'users:userName:asc',
      key: [byName.rows[0].nameLower, byName.rows[0].id],
    });
    const dateCursor = encodeCursor({
      sort: 'users:createDate:asc',
      key: [(byDate.rows[0].createdAt as Date).toISOString(), byDate.rows[0].nameLower],
    });

    const rows: string[][] = [];
    await timeQuery('baseline: GET /api/health (SELECT 1)', root, '/api/health', rows);
    await timeQuery('first page, by name', root, '/api/users?limit=50', rows);
    await timeQuery(
      `deep page (${deep.toLocaleString('en')} in), by name`,
      root,
      `/api/users?limit=50&cursor=${nameCursor}`,
      rows,
    );
    await timeQuery(
      'first page, by creation, newest first',
      root,
      '/api/users?limit=50&sort=createDate&order=desc',
      rows,
    );
    await timeQuery(
      `deep page (${deep.toLocaleString('en')} in), by creation`,
      root,
      `/api/users?limit=50&sort=createDate&cursor=${dateCursor}`,
      rows,
    );
    await timeQuery(
      'path prefix /eng/backend/',
      root,
      '/api/users?limit=50&pathPrefix=%2Feng%2Fbackend%2F',
      rows,
    );
    await timeQuery(
      'path prefix /sales/ by creation',
      root,
      '/api/users?limit=50&pathPrefix=%2Fsales%2F&sort=createDate',
      rows,
    );
    await timeQuery(
      'name search "echo-0012" (11 matches)',
      root,
      '/api/users?limit=50&search=echo-0012',
      rows,
    );
    await timeQuery('name search "lima" (1 in 13)', root, '/api/users?limit=50&search=lima', rows);
    await timeQuery('name search "zzz" (no match)', root, '/api/users?limit=50&search=zzz', rows);

    const caller = new Client(baseUrl);
    const callerSignin = await caller.request('POST', '/api/auth/signin/iam', {
      account: 'bench',
      userName: callerName,
      password: PASSWORD,
    });
    if (callerSignin.status !== 200) throw new Error(`IAM sign-in: ${callerSignin.status}`);
    const target = `/api/users/${byName.rows[0].nameLower}`;
    await requestsPerSecond(caller, target); // warm up
    const rps = await requestsPerSecond(caller, target);

    console.log(
      `\nuser list over ${USERS.toLocaleString('en')} users, ${SAMPLES} sequential requests each (ms):`,
    );
    console.table(
      rows.map(([query, items, p50, p95, cpu]) => ({ query, items, p50, p95, 'node CPU/req': cpu })),
    );
    const load = os.loadavg().map((l) => l.toFixed(1));
    console.log(`load average at the end: ${load.join(' ')} on ${os.cpus().length} CPUs`);
    console.log(
      `GET /api/users/:name by an IAM user holding 10 policies: ${rps.rps.toFixed(0)} authorised requests/s ` +
        `(concurrency ${RPS_CONCURRENCY}, ${RPS_SECONDS} s, p95 ${rps.p95.toFixed(1)} ms, ` +
        `node CPU ${rps.cpuPerRequest.toFixed(1)} ms/request)`,
    );
  } finally {
    if (server) {
      server.closeAllConnections();
      await new Promise((resolve) => server!.close(resolve));
    }
    await raw.end().catch(() => undefined);
    await db.$disconnect();
    await database.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
