// Access Analyzer benchmark (not a test): an account with 1,000 roles (one in ten trusted by
// another account with an ExternalId, one in twenty trusted by `*` limited to an outside
// organization, the rest by a service or the account itself). Measures, through the real API:
//   - the time to recompute the account's findings after a trust policy change (goal < 2 s),
//     from the change's answer until the background analysis has stored its result;
//   - what that costs requests served meanwhile: the event-loop delay during recomputes
//     (perf_hooks histogram) and the latency of concurrent GET /api/auth/whoami, against a
//     baseline without analysis.
//
//   npx -y pnpm@10.34.8 --filter @gatehouse/server bench:findings   (BENCH_ROLES, BENCH_ROUNDS)
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import pg from 'pg';
import { pino } from 'pino';
import { createApp } from '../src/app.js';
import { PolicyCache } from '../src/authz/policy-cache.js';
import { loadConfig } from '../src/config.js';
import { createDb } from '../src/db/client.js';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres.js';
import { applyMigrations } from '../src/db/migrations.js';
import { prismaPaths } from '../src/db/paths.js';
import { newUniqueId } from '../src/model/unique-ids.js';
import { createAccount } from '../src/services/accounts/create-account.js';
import { analyzerFor } from '../src/services/access-analyzer/analyzer-scheduler.js';

const ROLES = Number(process.env.BENCH_ROLES ?? 1000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const CONCURRENCY = 4;
const PASSWORD = 'Bench-Password-9';
const PARTNER = '444455556666';

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

const statement = (principal: object, condition?: object) => ({
  Effect: 'Allow',
  Principal: principal,
  Action: 'sts:AssumeRole',
  ...(condition ? { Condition: condition } : {}),
});

function trustFor(i: number, accountId: string): string {
  const s =
    i % 10 === 0
      ? statement({ AWS: PARTNER }, { StringEquals: { 'sts:ExternalId': `ext-${i}` } })
      : i % 20 === 5
        ? statement('*' as unknown as object, { StringEquals: { 'aws:PrincipalOrgID': 'o-outside0001' } })
        : i % 2 === 0
          ? statement({ Service: 'ec2.amazonaws.com' })
          : statement({ AWS: `arn:aws:iam::${accountId}:root` });
  return JSON.stringify({ Version: '2012-10-17', Statement: [s] });
}

async function loadRoles(raw: pg.Client, accountId: string): Promise<void> {
  for (let start = 0; start < ROLES; start += 500) {
    const rows: unknown[] = [];
    const values: string[] = [];
    for (let i = start; i < Math.min(ROLES, start + 500); i++) {
      const name = `role-${String(i).padStart(5, '0')}`;
      const n = rows.length;
      values.push(`($${n + 1}, $${n + 2}, $${n + 3}, $${n + 3}, '/', $${n + 4}, now())`);
      rows.push(newUniqueId('role'), accountId, name, trustFor(i, accountId));
    }
    await raw.query(
      `INSERT INTO "Role" ("id", "accountId", "name", "nameLower", "path", "trustPolicy", "updatedAt") VALUES ${values.join(', ')}`,
      rows,
    );
  }
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0;
const ms = (n: number) => `${n.toFixed(1)} ms`;

/** Runs whoami requests, CONCURRENCY at a time, until `until` settles; returns their latencies. */
async function probe(client: Client, until: Promise<unknown>): Promise<number[]> {
  let done = false;
  void until.finally(() => (done = true));
  const latencies: number[] = [];
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (!done) {
        const started = performance.now();
        const res = await client.request('GET', '/api/auth/whoami');
        if (res.status !== 200) throw new Error(`whoami: ${res.status}`);
        latencies.push(performance.now() - started);
      }
    }),
  );
  return latencies.sort((a, b) => a - b);
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
    await loadRoles(raw, account.id);
    const root = new Client(baseUrl);
    const signin = await root.request('POST', '/api/auth/signin/root', {
      email: 'bench@example.com',
      password: PASSWORD,
    });
    if (signin.status !== 200) throw new Error(`root sign-in: ${signin.status}`);
    const analyzer = analyzerFor(deps);

    const first = performance.now();
    await root.request('GET', '/api/access-analyzer/findings?limit=1');
    await analyzer.idle(account.id);
    const initial = analyzer.lastResult!;
    console.log(
      `first analysis of ${initial.roles} roles: ${ms(performance.now() - first)} (analysis ${initial.ms} ms), ` +
        `${initial.findings} findings (${initial.created} created)`,
    );

    // One recompute alone (no concurrent requests): its CPU time does not depend on the machine's load.
    {
      const changed = await root.request('PUT', '/api/roles/role-00000/trust-policy', {
        document: JSON.stringify({
          Version: '2012-10-17',
          Statement: [statement({ Service: 'ec2.amazonaws.com' })],
        }),
      });
      if (changed.status !== 200) throw new Error(`trust policy update: ${changed.status}`);
      const cpuBefore = process.cpuUsage();
      const started = performance.now();
      await root.request('GET', '/api/access-analyzer/findings?limit=1');
      await analyzer.idle(account.id);
      const cpu = process.cpuUsage(cpuBefore);
      console.log(
        `recompute alone: ${ms(performance.now() - started)} wall, ${Math.round((cpu.user + cpu.system) / 1000)} ms CPU ` +
          `(analysis ${analyzer.lastResult!.ms} ms: ${JSON.stringify(analyzer.lastResult!.phases)})`,
      );
      await root.request('PUT', '/api/roles/role-00000/trust-policy', { document: trustFor(0, account.id) });
    }
    const idleLoop = monitorEventLoopDelay({ resolution: 5 });
    idleLoop.enable();
    const baseline = await probe(root, new Promise((r) => setTimeout(r, 2000)));
    idleLoop.disable();
    const histogram = monitorEventLoopDelay({ resolution: 5 });
    const walls: number[] = [];
    const analyses: number[] = [];
    const during: number[] = [];
    const phases: object[] = [];
    const cpus: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      // Narrow (or widen again) one externally trusted role.
      const i = (round % Math.max(1, Math.floor(ROLES / 10))) * 10;
      const name = `role-${String(i).padStart(5, '0')}`;
      const document =
        round % 2 === 0
          ? JSON.stringify({
              Version: '2012-10-17',
              Statement: [statement({ AWS: `arn:aws:iam::${account.id}:root` })],
            })
          : trustFor(i, account.id);
      const changed = await root.request('PUT', `/api/roles/${name}/trust-policy`, { document });
      if (changed.status !== 200) throw new Error(`trust policy update: ${changed.status}`);
      const started = performance.now();
      const cpuBefore = process.cpuUsage();
      histogram.enable();
      const list = await root.request('GET', '/api/access-analyzer/findings?limit=1');
      if (!list.body.analysis.inProgress) throw new Error('the change did not start an analysis');
      const finished = analyzer.idle(account.id).then(() => performance.now() - started);
      during.push(...(await probe(root, finished)));
      walls.push(await finished);
      histogram.disable();
      const cpu = process.cpuUsage(cpuBefore);
      cpus.push(Math.round((cpu.user + cpu.system) / 1000));
      analyses.push(analyzer.lastResult!.ms);
      phases.push(analyzer.lastResult!.phases);
    }
    const sortedWalls = [...walls].sort((a, b) => a - b);
    const sortedDuring = during.sort((a, b) => a - b);
    console.log(`\nrecompute after a trust policy change, ${ROUNDS} rounds (goal < 2,000 ms):`);
    console.log(
      `  change → findings stored: median ${ms(percentile(sortedWalls, 50))}, max ${ms(sortedWalls.at(-1)!)}` +
        ` (analysis itself: ${analyses.join(', ')} ms)`,
    );
    console.log(
      `  CPU of the whole process meanwhile (analysis + concurrent requests): ${cpus.join(', ')} ms`,
    );
    console.log(`  steps (ms): ${phases.map((p) => JSON.stringify(p)).join(' ')}`);
    console.log('event-loop delay while recomputing (perf_hooks, 5 ms resolution):');
    console.log(
      `  p50 ${ms(histogram.percentile(50) / 1e6)}, p99 ${ms(histogram.percentile(99) / 1e6)}, max ${ms(histogram.max / 1e6)}`,
    );
    console.log(
      `  (baseline, requests only: p50 ${ms(idleLoop.percentile(50) / 1e6)}, p99 ${ms(idleLoop.percentile(99) / 1e6)}, max ${ms(idleLoop.max / 1e6)})`,
    );
    console.log(`concurrent GET /api/auth/whoami (${CONCURRENCY} at a time):`);
    console.log(
      `  baseline:          n=${baseline.length} p50 ${ms(percentile(baseline, 50))} p95 ${ms(percentile(baseline, 95))} max ${ms(baseline.at(-1)!)}`,
    );
    console.log(
      `  during recompute:  n=${sortedDuring.length} p50 ${ms(percentile(sortedDuring, 50))} p95 ${ms(percentile(sortedDuring, 95))} max ${ms(sortedDuring.at(-1) ?? 0)}`,
    );
  } finally {
    server?.closeAllConnections();
    server?.close();
    await raw.end().catch(() => undefined);
    await db.$disconnect();
    await database.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
