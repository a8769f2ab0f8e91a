// One PostgreSQL cluster on disk and its server process (the postmaster): create the cluster
// with initdb, start the postmaster, stop it. Supervision (restarts) lives in
// embedded-postgres.ts; this file only runs the programs.
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chown, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { postgresBinaries, reachableBinaries } from './postgres-binaries.js';

const run = promisify(execFile);

/** PostgreSQL refuses to run as root: as root we run it as the `postgres` user. */
export interface RunAs {
  uid: number;
  gid: number;
}

async function idOf(user: string): Promise<RunAs> {
  const [uid, gid] = await Promise.all([run('id', ['-u', user]), run('id', ['-g', user])]);
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/** Undefined unless we are root; then the `postgres` user, created if missing. */
export async function postgresUser(): Promise<RunAs | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  try {
    return await idOf('postgres');
  } catch {
    await run('groupadd', ['-f', 'postgres']);
    await run('useradd', ['-g', 'postgres', 'postgres']);
    return idOf('postgres');
  }
}

// English messages, so the readiness line below is recognisable whatever the machine's locale.
const ENV = { ...process.env, LC_MESSAGES: 'C', LC_ALL: 'C' };

export async function initCluster(options: {
  clusterDir: string;
  password: string;
  runAs?: RunAs;
  onLog: (line: string) => void;
}): Promise<void> {
  const { initdb } = options.runAs
    ? await reachableBinaries(await postgresBinaries())
    : await postgresBinaries();
  await mkdir(options.clusterDir, { recursive: true, mode: 0o700 });
  if (options.runAs) await chown(options.clusterDir, options.runAs.uid, options.runAs.gid);
  const passwordFile = path.join(os.tmpdir(), `gatehouse-pg-${randomBytes(6).toString('hex')}`);
  await writeFile(passwordFile, options.password + '\n', { mode: 0o600 });
  if (options.runAs) await chown(passwordFile, options.runAs.uid, options.runAs.gid);
  try {
    const args = [
      `--pgdata=${options.clusterDir}`,
      '--auth=scram-sha-256',
      '--username=postgres',
      `--pwfile=${passwordFile}`,
      '--encoding=UTF8',
      '--locale=C',
      '--lc-messages=C',
    ];
    const { stdout, stderr } = await run(initdb, args, { env: ENV, ...options.runAs });
    for (const line of `${stdout}\n${stderr}`.split('\n')) if (line.trim()) options.onLog(line);
  } catch (err) {
    const output = (err as { stderr?: string }).stderr?.trim();
    throw new Error(`initdb failed in ${options.clusterDir}: ${output || String(err)}`, { cause: err });
  } finally {
    await rm(passwordFile, { force: true });
  }
}

export interface PostmasterExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface Postmaster {
  pid: number;
  /** Settles when the process has exited, for whatever reason. */
  exited: Promise<PostmasterExit>;
  hasExited(): boolean;
  /**
   * Fast shutdown (SIGINT: roll back open transactions, checkpoint); after `graceMs`, an
   * immediate shutdown (SIGQUIT: crash-safe, recovered from the WAL at the next start), or with
   * `escalate: false` nothing more: the fast shutdown goes on by itself. True once it has exited.
   */
  stop(graceMs: number, options?: { escalate?: boolean }): Promise<boolean>;
}

const READY = 'database system is ready to accept connections';

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export async function startPostmaster(options: {
  clusterDir: string;
  port: number;
  runAs?: RunAs;
  onLog: (line: string) => void;
  /** Called as soon as the process exists, before it is ready (for the watchdog). */
  onSpawn?: (pid: number) => void;
  /** Crash recovery after a kill can take a while on a big WAL. */
  readyTimeoutMs?: number;
  /** More server settings, each passed as `-c name=value` (e.g. `fsync: 'off'` for a test run). */
  settings?: Readonly<Record<string, string>>;
}): Promise<Postmaster> {
  const { postgres } = options.runAs
    ? await reachableBinaries(await postgresBinaries())
    : await postgresBinaries();
  const args = ['-D', options.clusterDir, '-p', String(options.port)];
  args.push('-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'lc_messages=C');
  for (const [name, value] of Object.entries(options.settings ?? {})) args.push('-c', `${name}=${value}`);
  // Its own process group: a Ctrl-C in the terminal reaches the server, which then stops the
  // database after its last request, instead of both stopping at once.
  const child = spawn(postgres, args, {
    env: ENV,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    ...options.runAs,
  });
  if (child.pid !== undefined) options.onSpawn?.(child.pid);
  const recent: string[] = [];
  let exitState: PostmasterExit | undefined;
  const exited = new Promise<PostmasterExit>((resolve) => {
    child.once('exit', (code, signal) => resolve((exitState = { code, signal })));
    child.once('error', () => resolve((exitState = { code: null, signal: null })));
  });
  const ready = new Promise<boolean>((resolve) => {
    let pending = '';
    const onData = (chunk: Buffer) => {
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (!line.trim()) continue;
        recent.push(line.trim());
        if (recent.length > 8) recent.shift();
        options.onLog(line);
        if (line.includes(READY)) resolve(true);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then(() => resolve(false));
  });
  const outcome = await withTimeout(ready, options.readyTimeoutMs ?? 60_000);
  const postmaster: Postmaster = {
    pid: child.pid ?? -1,
    exited,
    hasExited: () => exitState !== undefined,
    stop: async (graceMs, { escalate = true } = {}) => {
      if (exitState) return true;
      const signalled = (signal: NodeJS.Signals) => {
        try {
          child.kill(signal);
        } catch {
          // already gone
        }
      };
      signalled('SIGINT');
      if ((await withTimeout(exited, graceMs)) !== 'timeout') return true;
      if (!escalate) return false;
      signalled('SIGQUIT');
      if ((await withTimeout(exited, 2000)) !== 'timeout') return true;
      signalled('SIGKILL');
      await exited;
      return true;
    },
  };
  if (outcome !== true) {
    await postmaster.stop(1000);
    const why = outcome === 'timeout' ? 'did not become ready in time' : 'exited during start';
    throw new Error(`PostgreSQL ${why}: ${recent.join(' | ') || 'no output'}`);
  }
  return postmaster;
}
