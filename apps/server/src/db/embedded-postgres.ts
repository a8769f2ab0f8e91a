// The embedded default database: real PostgreSQL binaries shipped on npm, run as a supervised
// child process over a data directory (`./.data/postgres` for the server, a temp dir in tests).
// Supervised: restarted with back-off when it dies, stopped when the server stops or dies
// (postgres-watchdog.ts), and a stale lock or an orphan from a crashed server handled at start
// (stale-postmaster.ts).
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { findFreePort } from './free-port.js';
import {
  initCluster,
  postgresUser,
  startPostmaster,
  type Postmaster,
  type RunAs,
} from './postgres-cluster.js';
import { startPostgresWatchdog, type PostgresWatchdog } from './postgres-watchdog.js';
import { clearStalePostmaster, removeOwner, writeOwner, type StaleOutcome } from './stale-postmaster.js';

export interface EmbeddedDatabase {
  /** Connection string for `database` on the embedded server. */
  url: string;
  /** Connection string for another database on the same server. */
  urlFor(database: string): string;
  /** The running postmaster's process id; undefined while it is down. */
  pid(): number | undefined;
  /**
   * Stops the database: a fast shutdown, an immediate (crash-safe) one after `graceMs`
   * (default 5 s). With `handOver`, no immediate shutdown: after `graceMs` the fast shutdown is
   * left to finish under the watchdog (a server that must exit promptly). Deletes the cluster if
   * it is ephemeral.
   */
  stop(options?: { graceMs?: number; handOver?: boolean }): Promise<void>;
}

/** What the supervisor reports, for the server's log. */
export type EmbeddedPostgresEvent =
  | { type: 'stale-lock-removed'; pid: number }
  | { type: 'orphan-stopped'; pid: number }
  | { type: 'exited'; pid: number; code: number | null; signal: string | null }
  | { type: 'restarting'; attempt: number; delayMs: number }
  | { type: 'restart-failed'; attempt: number; error: string }
  | { type: 'restarted'; attempt: number; pid: number; downMs: number };

export interface RestartBackoff {
  /** Delay before the first restart after a crash, ms. */
  initialMs: number;
  /** Ceiling of the doubling delay, ms. */
  maxMs: number;
}

export interface StartEmbeddedPostgresOptions {
  /** Holds `postgres/` (the cluster), `postgres-password` (mode 0600) and `postgres-owner.json`. */
  dataDir: string;
  database: string;
  port?: number;
  /** Delete the cluster on stop (tests). */
  ephemeral?: boolean;
  /**
   * More PostgreSQL settings for every start of the postmaster (`-c name=value`), e.g.
   * `{ fsync: 'off' }` for a throwaway cluster. The server passes none.
   */
  settings?: Readonly<Record<string, string>>;
  onLog?: (message: string) => void;
  onEvent?: (event: EmbeddedPostgresEvent) => void;
  backoff?: RestartBackoff;
}

const DEFAULT_BACKOFF: RestartBackoff = { initialMs: 250, maxMs: 10_000 };
/** A postmaster that ran this long before dying starts its restarts from the initial delay again. */
const STABLE_MS = 30_000;

async function readOrCreatePassword(file: string): Promise<string> {
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const password = randomBytes(24).toString('base64url');
  await writeFile(file, password + '\n', { mode: 0o600 });
  return password;
}

async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}

interface Cluster {
  clusterDir: string;
  ownerFile: string;
  port: number;
  runAs?: RunAs;
  settings?: Readonly<Record<string, string>>;
  log: (line: string) => void;
  onEvent: (event: EmbeddedPostgresEvent) => void;
}

function reportStale(outcome: StaleOutcome, onEvent: Cluster['onEvent']): void {
  if (outcome.kind === 'stale-lock') onEvent({ type: 'stale-lock-removed', pid: outcome.pid });
  if (outcome.kind === 'orphan-stopped') onEvent({ type: 'orphan-stopped', pid: outcome.pid });
}

async function launch(cluster: Cluster, watchdog: PostgresWatchdog, restart = false): Promise<Postmaster> {
  const stale = await clearStalePostmaster(cluster.clusterDir, cluster.ownerFile);
  // After a crash of our own postmaster its lock file is expected, not news.
  if (!restart) reportStale(stale, cluster.onEvent);
  const postmaster = await startPostmaster({
    clusterDir: cluster.clusterDir,
    port: cluster.port,
    runAs: cluster.runAs,
    settings: cluster.settings,
    onLog: cluster.log,
    onSpawn: (pid) => watchdog.watch(pid),
  });
  await writeOwner(cluster.ownerFile, { serverPid: process.pid, postmasterPid: postmaster.pid });
  return postmaster;
}

/** Restarts the postmaster whenever it exits unexpectedly, until `stopping()` says otherwise. */
class Supervisor {
  current: Postmaster | undefined;
  private stopping = false;
  private wake: (() => void) | undefined;
  private readonly done: Promise<void>;

  constructor(
    first: Postmaster,
    private readonly cluster: Cluster,
    private readonly watchdog: PostgresWatchdog,
    private readonly backoff: RestartBackoff,
  ) {
    this.current = first;
    this.done = this.loop(first);
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  private async loop(first: Postmaster): Promise<void> {
    let postmaster = first;
    let startedAt = Date.now();
    let delay = this.backoff.initialMs;
    for (;;) {
      const exit = await postmaster.exited;
      if (this.stopping) return;
      this.current = undefined;
      const downSince = Date.now();
      this.cluster.onEvent({ type: 'exited', pid: postmaster.pid, code: exit.code, signal: exit.signal });
      if (Date.now() - startedAt >= STABLE_MS) delay = this.backoff.initialMs;
      for (let attempt = 1; ; attempt++) {
        this.cluster.onEvent({ type: 'restarting', attempt, delayMs: delay });
        await this.sleep(delay);
        delay = Math.min(delay * 2, this.backoff.maxMs);
        if (this.stopping) return;
        try {
          postmaster = await launch(this.cluster, this.watchdog, true);
        } catch (err) {
          this.cluster.onEvent({ type: 'restart-failed', attempt, error: (err as Error).message });
          continue;
        }
        if (this.stopping) {
          await postmaster.stop(1000);
          return;
        }
        this.current = postmaster;
        startedAt = Date.now();
        this.cluster.onEvent({
          type: 'restarted',
          attempt,
          pid: postmaster.pid,
          downMs: startedAt - downSince,
        });
        break;
      }
    }
  }

  /**
   * True when no postmaster is left running. A restart in flight stops what it started once it
   * is up; if that takes longer than `graceMs`, false: the watchdog must stay armed for it.
   */
  async stop(graceMs: number, escalate: boolean): Promise<boolean> {
    this.stopping = true;
    this.wake?.();
    if (this.current && !(await this.current.stop(graceMs, { escalate }))) return false;
    const finished = this.done.then(() => true);
    return Promise.race([
      finished,
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), graceMs).unref()),
    ]);
  }
}

export async function startEmbeddedPostgres(
  options: StartEmbeddedPostgresOptions,
): Promise<EmbeddedDatabase> {
  // The cluster runs as an unprivileged `postgres` user when we are root, so it must be able
  // to reach its directory; the secrets beside it stay 0600.
  await mkdir(options.dataDir, { recursive: true });
  await chmod(options.dataDir, 0o755);
  const clusterDir = path.join(options.dataDir, 'postgres');
  const password = await readOrCreatePassword(path.join(options.dataDir, 'postgres-password'));
  // The last lines PostgreSQL printed, to explain a failed start.
  const recent: string[] = [];
  const log = (message: string) => {
    recent.push(message.trim());
    if (recent.length > 5) recent.shift();
    options.onLog?.(message);
  };
  const cluster: Cluster = {
    clusterDir,
    ownerFile: path.join(options.dataDir, 'postgres-owner.json'),
    port: options.port ?? (await findFreePort()),
    runAs: await postgresUser(),
    settings: options.settings,
    log,
    onEvent: options.onEvent ?? (() => {}),
  };
  // Watching before the postmaster exists: no moment in which a crash of ours orphans it.
  const watchdog = startPostgresWatchdog();
  let first: Postmaster;
  try {
    if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) {
      await initCluster({ clusterDir, password, runAs: cluster.runAs, onLog: log });
    }
    first = await launch(cluster, watchdog);
  } catch (err) {
    watchdog.release();
    throw new Error(
      `embedded PostgreSQL did not start in ${clusterDir}: ` +
        (err instanceof Error ? err.message : recent.join(' | ') || 'no output'),
      { cause: err },
    );
  }
  const supervisor = new Supervisor(first, cluster, watchdog, options.backoff ?? DEFAULT_BACKOFF);
  let stopped: Promise<void> | undefined;
  const stop = (graceMs: number, escalate: boolean) =>
    (stopped ??= (async () => {
      // Released only when nothing runs any more: if we exit with a restart in flight or a
      // shutdown handed over, the watchdog sees the postmaster through.
      const down = await supervisor.stop(graceMs, escalate);
      if (down) watchdog.release();
      await removeOwner(cluster.ownerFile);
      if (options.ephemeral && down) await rm(clusterDir, { recursive: true, force: true });
    })());
  const urlFor = (database: string) =>
    `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${cluster.port}/${encodeURIComponent(database)}`;
  try {
    await ensureDatabase(urlFor('postgres'), options.database);
  } catch (err) {
    await stop(5000, true);
    throw err;
  }
  return {
    url: urlFor(options.database),
    urlFor,
    pid: () => supervisor.current?.pid,
    stop: (stopOptions) => stop(stopOptions?.graceMs ?? 5000, !stopOptions?.handOver),
  };
}
