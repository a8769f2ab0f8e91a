// Before the embedded PostgreSQL starts: a `postmaster.pid` left in the cluster means either a
// lock file from a process that is gone (remove it), a postmaster orphaned by a server that
// died without its watchdog (stop it), or a postmaster another live Gatehouse is using (refuse).
// An owner file beside the cluster records which server process started the postmaster.
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface PostmasterOwner {
  serverPid: number;
  postmasterPid: number;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A process's command line (Linux); undefined where /proc is not available. */
async function commandLine(pid: number): Promise<string | undefined> {
  try {
    return (await readFile(`/proc/${pid}/cmdline`, 'utf8')).replaceAll('\0', ' ');
  } catch {
    return undefined;
  }
}

/** `pid (comm) state ppid ...` in /proc/<pid>/stat (Linux). */
async function parentOf(pid: number): Promise<number | undefined> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  return Number.isInteger(ppid) ? ppid : undefined;
}

async function readOwner(file: string): Promise<PostmasterOwner | undefined> {
  try {
    const owner = JSON.parse(await readFile(file, 'utf8')) as Partial<PostmasterOwner>;
    return typeof owner.serverPid === 'number' && typeof owner.postmasterPid === 'number'
      ? (owner as PostmasterOwner)
      : undefined;
  } catch {
    return undefined;
  }
}

export async function writeOwner(file: string, owner: PostmasterOwner): Promise<void> {
  await writeFile(file, JSON.stringify(owner) + '\n');
}

export async function removeOwner(file: string): Promise<void> {
  await rm(file, { force: true });
}

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  for (let waited = 0; waited < ms; waited += 100) {
    if (!isAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !isAlive(pid);
}

async function stopOrphan(pid: number): Promise<void> {
  const steps: [NodeJS.Signals, number][] = [
    ['SIGINT', 10_000],
    ['SIGQUIT', 5_000],
    ['SIGKILL', 5_000],
  ];
  for (const [signal, wait] of steps) {
    try {
      process.kill(pid, signal);
    } catch {
      return;
    }
    if (await waitForExit(pid, wait)) return;
  }
  throw new Error(`the orphaned PostgreSQL (pid ${pid}) does not stop`);
}

export type StaleOutcome =
  { kind: 'none' } | { kind: 'stale-lock'; pid: number } | { kind: 'orphan-stopped'; pid: number };

/**
 * Makes the cluster startable, or throws when another live server owns it. Owner checks use
 * the owner file; without one (or where /proc is missing) a live postmaster counts as an
 * orphan only if its parent is init, i.e. its server is gone.
 */
export async function clearStalePostmaster(clusterDir: string, ownerFile: string): Promise<StaleOutcome> {
  const lockFile = path.join(clusterDir, 'postmaster.pid');
  if (!existsSync(lockFile)) return { kind: 'none' };
  const pid = Number((await readFile(lockFile, 'utf8')).split('\n')[0]?.trim());
  const cmdline = Number.isInteger(pid) && pid > 0 ? await commandLine(pid) : undefined;
  const isOurPostmaster =
    Number.isInteger(pid) &&
    pid > 0 &&
    isAlive(pid) &&
    (cmdline === undefined || cmdline.includes(clusterDir));
  if (!isOurPostmaster) {
    // The process is gone, or its pid now belongs to something else.
    await rm(lockFile, { force: true });
    return { kind: 'stale-lock', pid };
  }
  const owner = await readOwner(ownerFile);
  const ownerAlive =
    owner !== undefined &&
    owner.postmasterPid === pid &&
    owner.serverPid !== process.pid &&
    isAlive(owner.serverPid);
  const parentPid = await parentOf(pid);
  if (ownerAlive || (owner === undefined && parentPid !== undefined && parentPid !== 1)) {
    throw new Error(
      `PostgreSQL in ${clusterDir} is in use by another Gatehouse (server pid ${owner?.serverPid ?? 'unknown'}, postmaster pid ${pid})`,
    );
  }
  await stopOrphan(pid);
  await rm(lockFile, { force: true });
  return { kind: 'orphan-stopped', pid };
}
