import type { Server } from 'node:http';
import type { Logger } from 'pino';
import { createApp } from './app.js';
import { sweepExpired } from './auth/sweep-expired.js';
import { PolicyCache } from './authz/policy-cache.js';
import { systemClock, type Clock } from './clock.js';
import type { Config } from './config.js';
import { createDb, type Db } from './db/client.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './db/embedded-postgres.js';
import { applyMigrations } from './db/migrations.js';
import { prismaPaths } from './db/paths.js';
import { bootstrapFromEnv } from './services/setup/bootstrap-from-env.js';
import { issueSetupToken } from './services/setup/setup-token.js';
import type { AppDeps } from './services/service-context.js';
import { masterKeyFor } from './crypto/master-key.js';
import { loadAwsPolicies } from './services/aws-policies/load-aws-policies.js';

const SWEEP_INTERVAL_MS = 15 * 60 * 1000;

export interface RunningServer {
  url: string;
  /** Present while the deployment has no account: open it to create the first one. */
  setupUrl?: string;
  deps: AppDeps;
  close(): Promise<void>;
}

export interface StartServerOptions {
  config: Config;
  log: Logger;
  clock?: Clock;
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
  });
  return { url: embedded.url, embedded };
}

function listen(deps: AppDeps): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createApp(deps).listen(deps.config.port, deps.config.host);
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
    const close = async () => {
      clearInterval(sweeper);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db?.$disconnect();
      await database.embedded?.stop();
    };
    return { url, setupUrl: setupToken ? `${url}/setup?token=${setupToken}` : undefined, deps, close };
  } catch (err) {
    await db?.$disconnect();
    await database.embedded?.stop();
    throw err;
  }
}
