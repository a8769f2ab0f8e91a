import { createServer, type Server } from 'node:http';
import type { Logger } from 'pino';
import { createApp } from './app.js';
import { answerClientErrors } from './http/client-errors.js';
import { sweepExpired } from './auth/sweep-expired.js';
import { PolicyCache } from './authz/policy-cache.js';
import { systemClock, type Clock } from './clock.js';
import type { Config } from './config.js';
import { createDb, type Db } from './db/client.js';
import {
  startEmbeddedPostgres,
  type EmbeddedDatabase,
  type EmbeddedPostgresEvent,
} from './db/embedded-postgres.js';
import { applyMigrations } from './db/migrations.js';
import { prismaPaths } from './db/paths.js';
import { bootstrapFromEnv } from './services/setup/bootstrap-from-env.js';
import { issueSetupToken } from './services/setup/setup-token.js';
import type { AppDeps } from './services/service-context.js';
import { masterKeyFor } from './crypto/master-key.js';
import { loadAwsPolicies } from './services/aws-policies/load-aws-policies.js';
import { LogThrottle } from './logger.js';
import { startEventRetention } from './services/events/retention-timer.js';
import { startLastAccessedFlush } from './services/last-accessed/flush-timer.js';
import { startAccessAnalyzer } from './services/access-analyzer/analyzer-scheduler.js';

const SWEEP_INTERVAL_MS = 15 * 60 * 1000;

export interface RunningServer {
  url: string;
  /** Present while the deployment has no account: open it to create the first one. */
  setupUrl?: string;
  deps: AppDeps;
  /** The embedded PostgreSQL, when the server runs one (no DATABASE_URL). */
  embedded?: EmbeddedDatabase;
  /**
   * Stops taking requests, lets those in flight finish for a moment, closes the rest, then
   * stops the database: all within about `budgetMs` (default 1.8 s), so a SIGTERM is prompt. A
   * database shutdown that needs longer (a big checkpoint) goes on under its watchdog.
   */
  close(options?: { budgetMs?: number }): Promise<void>;
}

export interface StartServerOptions {
  config: Config;
  log: Logger;
  clock?: Clock;
}

/** The supervisor's news, in the log: a crash loop writes one line per interval, not per attempt. */
function logDatabaseEvent(log: Logger, throttle: LogThrottle) {
  return (event: EmbeddedPostgresEvent) => {
    switch (event.type) {
      case 'exited':
        log.error(event, 'embedded PostgreSQL exited unexpectedly: restarting it');
        break;
      case 'restarted':
        log.info(event, 'embedded PostgreSQL restarted');
        break;
      case 'restart-failed':
        throttle.log('restart-failed', (suppressed) =>
          log.warn({ ...event, suppressed }, 'embedded PostgreSQL did not restart: retrying'),
        );
        break;
      case 'restarting':
        log.debug(event, 'restarting embedded PostgreSQL');
        break;
      default:
        log.warn(event, 'cleared what a previous run left in the PostgreSQL cluster');
    }
  };
}

async function openDatabase(
  config: Config,
  log: Logger,
): Promise<{ url: string; embedded?: EmbeddedDatabase }> {
  if (config.databaseUrl) return { url: config.databaseUrl };
  log.info({ dataDir: config.dataDir }, 'starting embedded PostgreSQL');
  const embedded = await startEmbeddedPostgres({
    dataDir: config.dataDir,
    database: 'gatehouse',
    onLog: (message) => log.debug({ postgres: message.trim() }),
    onEvent: logDatabaseEvent(log, new LogThrottle()),
  });
  return { url: embedded.url, embedded };
}

/** Settles when `promise` does or after `ms`, whichever is first; never rejects. */
function within(promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)));
  return Promise.race([
    promise.then(
      () => undefined,
      () => undefined,
    ),
    timeout,
  ]).finally(() => clearTimeout(timer));
}

function listen(deps: AppDeps): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer(createApp(deps)).listen(deps.config.port, deps.config.host);
    answerClientErrors(server);
    server.once('listening', () => resolve(server));
    server.once('error', reject);
  });
}

/**
 * Loads the installed release of the AWS managed policies if the database lacks it. A failure
 * (e.g. the data package is missing) is logged, not fatal: customer managed policies still
 * work, and the policy list says AWS managed ones are not loaded.
 */
async function loadAwsManagedPolicies(db: Db, log: Logger): Promise<void> {
  try {
    const load = await loadAwsPolicies(db);
    if (load.changed) log.info(load, 'loaded AWS managed policies');
    else log.debug(load, 'AWS managed policies already loaded');
  } catch (err) {
    log.error({ err }, 'AWS managed policies could not be loaded');
  }
}

/**
 * Everything `npm start` does: database (embedded unless DATABASE_URL), migrations, the AWS
 * managed policies, the environment bootstrap, the one-time setup token when there is no
 * account, then HTTP.
 */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const { config, log } = options;
  // Fail at start, not at the first access key, when GATEHOUSE_MASTER_KEY is malformed.
  masterKeyFor(config);
  const database = await openDatabase(config, log);
  let db: Db | undefined;
  try {
    const applied = await applyMigrations(database.url, prismaPaths());
    if (applied.length > 0) log.info({ migrations: applied }, 'applied database migrations');
    db = createDb(database.url);
    await loadAwsManagedPolicies(db, log);
    const deps: AppDeps = {
      db,
      clock: options.clock ?? systemClock,
      config,
      log,
      policyCache: new PolicyCache(),
    };
    const startupContext = {
      ...deps,
      request: { requestId: 'startup', sourceIp: '127.0.0.1', secureTransport: false, origin: '' },
    };
    if (config.bootstrap) {
      const outcome = await bootstrapFromEnv({ ctx: startupContext, bootstrap: config.bootstrap });
      log.info(outcome, outcome.created ? 'bootstrap account created' : 'bootstrap account already exists');
    }
    const server = await listen(deps);
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const url =
      config.publicUrl ?? `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
    const setupToken = await issueSetupToken(db);
    const sweeper = setInterval(() => {
      sweepExpired(deps.db, config, deps.clock()).catch((err: unknown) => log.warn({ err }, 'sweep failed'));
    }, SWEEP_INTERVAL_MS);
    sweeper.unref();
    const background = [startEventRetention(deps), startLastAccessedFlush(deps), startAccessAnalyzer(deps)];
    const close = async ({ budgetMs = 1800 }: { budgetMs?: number } = {}) => {
      clearInterval(sweeper);
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      // Requests in flight get about half the budget, then their connections are cut.
      await within(closed, budgetMs * 0.45);
      server.closeAllConnections();
      // Ends a purge between batches and writes the last-accessed notes still in memory.
      await within(Promise.all(background.map((task) => task.stop())), budgetMs * 0.1);
      await within(db!.$disconnect(), budgetMs * 0.1);
      await database.embedded?.stop({ graceMs: budgetMs * 0.35, handOver: true });
    };
    return {
      url,
      setupUrl: setupToken ? `${url}/setup?token=${setupToken}` : undefined,
      deps,
      embedded: database.embedded,
      close,
    };
  } catch (err) {
    await db?.$disconnect();
    await database.embedded?.stop();
    throw err;
  }
}
