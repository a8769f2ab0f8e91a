// The embedded PostgreSQL's life around the server's: it dies with the server (even a SIGKILLed
// one), an orphan or a stale lock left by a crash does not stop the next start, a cluster a live
// server uses is refused with a clear message, and a SIGTERM ends server and database in < 2 s,
// also while the database is restarting. Servers are child processes here, so they can be killed.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from '../../src/db/embedded-postgres.js';

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const HOLDER = path.join(serverDir, 'test/reliability/fixtures/hold-embedded-postgres.ts');

const children: ChildProcess[] = [];
const dirs: string[] = [];

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});
afterAll(async () => {
  // Killed holders' watchdogs stop their databases; give them a moment before deleting.
  await sleep(1500);
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'gatehouse-lifecycle-'));
  dirs.push(dir);
  return dir;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function gone(pid: number, withinMs: number): Promise<boolean> {
  for (const start = Date.now(); Date.now() - start < withinMs; await sleep(100))
    if (!isAlive(pid)) return true;
  return !isAlive(pid);
}

function postmasterPid(dataDir: string): number {
  return Number(readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
}

/** Starts a child process and resolves with the first line of output matching `until`. */
function startChild(
  args: string[],
  until: RegExp,
  env: Record<string, string> = {},
): Promise<{ child: ChildProcess; line: string; output: () => string }> {
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', ...args], {
    cwd: serverDir,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((l) => until.test(l));
      if (line) resolve({ child, line, output: () => output });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`exited ${code} before ${until}: ${output}`)));
  });
}

const hold = (dataDir: string) => startChild([HOLDER, dataDir], /^(ready|failed)/);

/** The watchdog is the holder's `node -e` child. */
function watchdogOf(parent: number): number | undefined {
  const lines = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(parent)], { encoding: 'utf8' });
  const line = lines.split('\n').find((l) => /^\s*\d+\s+\S*node -e/.test(l));
  return line ? Number(line.trim().split(/\s+/)[0]) : undefined;
}

describe('embedded PostgreSQL and the server process', () => {
  it('is stopped when its server is killed with SIGKILL, and starts again', async () => {
    const dataDir = await tempDir();
    const first = await hold(dataDir);
    expect(first.line).toBe('ready');
    const pid = postmasterPid(dataDir);
    first.child.kill('SIGKILL');
    expect(await gone(pid, 15_000), 'the postmaster outlived its server').toBe(true);
    const again = await hold(dataDir);
    expect(again.line, again.output()).toBe('ready');
  }, 60_000);

  it('stops an orphan left by a server whose watchdog died too, at the next start', async () => {
    const dataDir = await tempDir();
    const first = await hold(dataDir);
    const orphan = postmasterPid(dataDir);
    const watchdog = watchdogOf(first.child.pid!);
    if (watchdog !== undefined) process.kill(watchdog, 'SIGKILL');
    first.child.kill('SIGKILL');
    await sleep(500);
    expect(isAlive(orphan), 'the orphan is still running').toBe(true);
    const again = await hold(dataDir);
    expect(again.line, again.output()).toBe('ready');
    expect(isAlive(orphan)).toBe(false);
    expect(postmasterPid(dataDir)).not.toBe(orphan);
  }, 60_000);

  it('starts over a lock file whose pid now belongs to another process', async () => {
    const dataDir = await tempDir();
    const db = await startEmbeddedPostgres({ dataDir, database: 'stale' });
    const lockFile = path.join(dataDir, 'postgres', 'postmaster.pid');
    const lock = readFileSync(lockFile, 'utf8');
    await db.stop();
    // A live process that is not PostgreSQL, owned by the user PostgreSQL runs as (so that
    // PostgreSQL's own check, kill(pid, 0), sees it alive).
    const asPostgres = process.getuid?.() === 0 ? { uid: uidOf('postgres'), gid: gidOf('postgres') } : {};
    const squatter = spawn('sleep', ['60'], { stdio: 'ignore', ...asPostgres });
    children.push(squatter);
    await writeFile(lockFile, lock.replace(/^\d+/, String(squatter.pid)));
    const again = await hold(dataDir);
    expect(again.line, again.output()).toBe('ready');
    expect(postmasterPid(dataDir)).not.toBe(squatter.pid);
  }, 60_000);

  it('refuses a cluster that a live server is using, and says so', async () => {
    const dataDir = await tempDir();
    const db = await startEmbeddedPostgres({ dataDir, database: 'busy' });
    try {
      const second = await hold(dataDir);
      expect(second.line).toMatch(/^failed .*in use by another Gatehouse \(server pid \d+/);
      expect(isAlive(postmasterPid(dataDir))).toBe(true);
    } finally {
      await db.stop();
    }
  }, 60_000);
});

function uidOf(user: string): number {
  return Number(execFileSync('id', ['-u', user], { encoding: 'utf8' }).trim());
}

function gidOf(user: string): number {
  return Number(execFileSync('id', ['-g', user], { encoding: 'utf8' }).trim());
}

describe('SIGTERM', () => {
  let dataDir: string;

  async function startMain() {
    dataDir ??= await tempDir();
    return startChild(['src/main.ts'], /Gatehouse is running at|failed to start/, {
      GATEHOUSE_DATA_DIR: dataDir,
      PORT: '0',
      LOG_LEVEL: 'warn',
      GATEHOUSE_WEB_DIST: '/nonexistent',
    });
  }

  async function terminate(child: ChildProcess): Promise<number> {
    const started = Date.now();
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    return Date.now() - started;
  }

  it('ends the server and its database in under 2 s', async () => {
    const { child, line } = await startMain();
    expect(line).toMatch(/Gatehouse is running at/);
    const pid = postmasterPid(dataDir);
    expect(await terminate(child)).toBeLessThan(2000);
    // A shutdown checkpoint that needs longer than the server's budget finishes under the watchdog.
    expect(await gone(pid, 15_000)).toBe(true);
    expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  }, 90_000);

  it('ends them in under 2 s while the database is being restarted', async () => {
    const { child } = await startMain();
    process.kill(postmasterPid(dataDir), 'SIGKILL');
    await sleep(300);
    expect(await terminate(child)).toBeLessThan(2000);
    await sleep(500);
    const lock = path.join(dataDir, 'postgres', 'postmaster.pid');
    if (existsSync(lock)) expect(await gone(postmasterPid(dataDir), 15_000)).toBe(true);
  }, 90_000);
});
