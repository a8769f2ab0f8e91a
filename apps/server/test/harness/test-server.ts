// A real server for one test file: its own database cloned from the migrated template, the
// real Express app on a free port, a hand-moved clock, and helpers to seed accounts and users.
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:http';
import pg from 'pg';
import { pino } from 'pino';
import { inject } from 'vitest';
import { createApp } from '../../src/app.js';
import { answerClientErrors } from '../../src/http/client-errors.js';
import { PolicyCache } from '../../src/authz/policy-cache.js';
import { loadConfig, type Config } from '../../src/config.js';
import { createDb } from '../../src/db/client.js';
import type { AppDeps, PublicContext } from '../../src/services/service-context.js';
import { TestClock } from './test-clock.js';

export interface TestServer {
  baseUrl: string;
  deps: AppDeps;
  clock: TestClock;
  /** Connection string of this file's database (for raw SQL that bypasses the app). */
  databaseUrl: string;
  /** A context for calling services directly (seeding), as if from 127.0.0.1. */
  publicContext(): PublicContext;
  close(): Promise<void>;
}

async function cloneTemplate(): Promise<string> {
  const pattern = inject('databaseUrlPattern');
  const name = `test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: pattern.replace('__DATABASE__', 'postgres') });
  await admin.connect();
  try {
    // Concurrent clones of one template can collide briefly; retry.
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${inject('templateDatabase')}"`);
        break;
      } catch (err) {
        if (attempt >= 20) throw err;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
  } finally {
    await admin.end();
  }
  return pattern.replace('__DATABASE__', name);
}

export interface StartTestServerOptions {
  /** Environment variables, as the server would read them (PORT etc. are ignored). */
  env?: Record<string, string>;
  config?: Partial<Config>;
}

export async function startTestServer(options: StartTestServerOptions = {}): Promise<TestServer> {
  const databaseUrl = await cloneTemplate();
  const config: Config = {
    ...loadConfig({ ...options.env }),
    port: 0,
    databaseUrl,
    webDistDir: '/nonexistent',
    ...options.config,
  };
  const clock = new TestClock();
  const db = createDb(databaseUrl, { poolSize: 5 });
  const deps: AppDeps = {
    db,
    clock: clock.now,
    config,
    log: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    policyCache: new PolicyCache(),
  };
  const server: Server = await new Promise((resolve) => {
    const s = createServer(createApp(deps)).listen(0, '127.0.0.1', () => resolve(s));
    answerClientErrors(s);
  });
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    baseUrl,
    deps,
    clock,
    databaseUrl,
    publicContext: () => ({
      ...deps,
      request: { requestId: 'test-seed', sourceIp: '127.0.0.1', secureTransport: false, origin: baseUrl },
    }),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.$disconnect();
    },
  };
}
