// The database dies under load: a server with its own embedded PostgreSQL (not the suite's
// shared one) takes concurrent writes, the postmaster is killed with SIGKILL, and the server must
// answer 503 (health and API) while it is away, serve again soon after its supervisor restarted
// it, lose no acknowledged write, keep its log short, and still stop promptly.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { startServer, type RunningServer } from '../../src/server.js';
import { ApiClient } from '../harness/api-client.js';

const ROOT = { email: 'fault-root@example.com', password: 'Correct-Horse-9' };
const WRITERS = 4;

interface Outcome {
  at: number;
  status: number;
  code?: string;
}

let dataDir: string;
let server: RunningServer;
const logLines: { time: number; level: number; msg: string }[] = [];

function postmasterPid(): number {
  return Number(readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'gatehouse-fault-'));
  const config = {
    ...loadConfig({
      GATEHOUSE_DATA_DIR: dataDir,
      GATEHOUSE_BOOTSTRAP_EMAIL: ROOT.email,
      GATEHOUSE_BOOTSTRAP_PASSWORD: ROOT.password,
    }),
    port: 0,
    webDistDir: '/nonexistent',
  };
  const log = pino(
    { level: 'info' },
    {
      write: (line: string) => {
        const entry = JSON.parse(line) as { time: number; level: number; msg: string };
        logLines.push({ time: entry.time, level: entry.level, msg: entry.msg });
      },
    },
  );
  server = await startServer({ config, log });
}, 120_000);

afterAll(async () => {
  await server?.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('a database killed under concurrent writes', () => {
  it('answers 503 while it is away, serves again after the restart, and loses no acknowledged write', async () => {
    const root = new ApiClient(server.url);
    const signIn = await root.post('/api/auth/signin/root', ROOT);
    expect(signIn.status, JSON.stringify(signIn.body)).toBe(200);

    const acknowledged: string[] = [];
    const writes: Outcome[] = [];
    const health: Outcome[] = [];
    let running = true;
    const writer = async (w: number) => {
      for (let i = 0; running; i++) {
        const userName = `fault-${w}-${i}`;
        const res = await root.post('/api/users', { userName }).catch(() => ({ status: 0, body: {} }));
        writes.push({ at: Date.now(), status: res.status, code: res.body?.error?.code });
        if (res.status === 201 || res.status === 200) acknowledged.push(userName);
        else await sleep(20);
      }
    };
    const poller = async () => {
      while (running) {
        const res = await fetch(`${server.url}/api/health`).catch(() => undefined);
        health.push({ at: Date.now(), status: res?.status ?? 0 });
        await res?.text();
        await sleep(50);
      }
    };
    const loops = [...Array.from({ length: WRITERS }, (_, w) => writer(w)), poller()];

    await sleep(1000);
    const before = acknowledged.length;
    const killedAt = Date.now();
    process.kill(postmasterPid(), 'SIGKILL');

    // Serving again: a health check and a write both succeed after the kill.
    let servingAt: number | undefined;
    while (Date.now() - killedAt < 40_000 && servingAt === undefined) {
      await sleep(100);
      const healthy = health.some((h) => h.at > killedAt && h.status === 200);
      const written = writes.some((x) => x.at > killedAt && x.status === 201);
      const outage = health.some((h) => h.at > killedAt && h.status !== 200);
      if (healthy && written && outage) servingAt = Date.now();
    }
    await sleep(1000);
    running = false;
    await Promise.all(loops);

    const during = (o: Outcome) => o.at > killedAt && (servingAt === undefined || o.at < servingAt);
    const failedWrites = writes.filter((x) => x.status !== 201);
    // While the database was away: 503 ServiceUnavailable, never a 500.
    expect(health.filter(during).map((h) => h.status)).toContain(503);
    expect(new Set(health.map((h) => h.status))).toEqual(new Set([200, 503]));
    expect(failedWrites.length).toBeGreaterThan(0);
    expect(new Set(failedWrites.map((x) => `${x.status} ${x.code}`))).toEqual(
      new Set(['503 ServiceUnavailable']),
    );
    // Serving again within 15 s of the supervisor's restart.
    const restart = logLines.find((l) => l.msg === 'embedded PostgreSQL restarted');
    expect(restart, 'the supervisor restarted PostgreSQL').toBeDefined();
    expect(servingAt, 'serving again').toBeDefined();
    expect(servingAt! - restart!.time).toBeLessThanOrEqual(15_000);
    expect(acknowledged.length).toBeGreaterThan(before);

    // No acknowledged write lost: every 201 is a row.
    const client = new pg.Client({ connectionString: server.embedded!.url });
    await client.connect();
    try {
      const rows = await client.query<{ name: string }>(`SELECT name FROM "User" WHERE name LIKE 'fault-%'`);
      const stored = new Set(rows.rows.map((r) => r.name));
      expect(acknowledged.filter((name) => !stored.has(name))).toEqual([]);
    } finally {
      await client.end();
    }

    // The outage is a handful of log lines, not one stack trace per request.
    const outageLines = logLines.filter((l) => l.time >= killedAt && l.msg !== 'request');
    expect(outageLines.length, outageLines.map((l) => l.msg).join('\n')).toBeLessThanOrEqual(10);
  }, 90_000);

  it('stops promptly and takes its database with it', async () => {
    const pid = postmasterPid();
    const started = Date.now();
    await server.close();
    expect(Date.now() - started).toBeLessThan(2000);
    for (let waited = 0; isAlive(pid) && waited < 15_000; waited += 100) await sleep(100);
    expect(isAlive(pid)).toBe(false);
  });
});
