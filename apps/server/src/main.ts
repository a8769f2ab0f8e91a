// `npm start` → `pnpm --filter @gatehouse/server serve` → here.
import { ConfigError, loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { startServer } from './server.js';

/** A SIGTERM (orchestrators wait 10–30 s before SIGKILL) ends the process within this. */
const SHUTDOWN_DEADLINE_MS = 1900;
const SHUTDOWN_BUDGET_MS = 1600;

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`gatehouse: ${err.message}`);
      process.exit(2);
    }
    throw err;
  }
  const log = createLogger(config.logLevel);
  const server = await startServer({ config, log });
  console.log(`\nGatehouse is running at ${server.url}`);
  if (server.setupUrl) {
    console.log(
      `\nNo account exists yet. Open this one-time link to create the first one:\n\n  ${server.setupUrl}\n`,
    );
  }
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    // Whatever hangs, the process is gone within 2 s; a database still stopping is then
    // finished by its watchdog (db/postgres-watchdog.ts).
    setTimeout(() => process.exit(1), SHUTDOWN_DEADLINE_MS).unref();
    server.close({ budgetMs: SHUTDOWN_BUDGET_MS }).then(
      () => process.exit(0),
      (err: unknown) => {
        log.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((err: unknown) => {
  const verbose = process.env.LOG_LEVEL === 'debug' || process.env.LOG_LEVEL === 'trace';
  console.error('gatehouse failed to start:', err instanceof Error && !verbose ? err.message : err);
  process.exit(1);
});
