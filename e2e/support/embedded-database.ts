// A throwaway PostgreSQL for one e2e run or one benchmark: the server's own embedded-PostgreSQL
// starter (the binaries from npm, supervised, stopped by a watchdog if this process dies), with a
// cluster in a temp dir, deleted on stop. The suite owns it (rather than letting the server start
// its own) so tests can reach the database the server uses, e.g. to age a session past its idle
// timeout. Run as root, the starter runs PostgreSQL as the `postgres` user and, from a checkout
// that user cannot enter (a `mktemp -d` clone, /root), runs a copy of the programs.
import { startEmbeddedPostgres } from '@gatehouse/server/embedded-postgres';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export async function startEmbeddedDatabase(dir: string, database = 'gatehouse'): Promise<EmbeddedDatabase> {
  const server = await startEmbeddedPostgres({
    dataDir: dir,
    database,
    ephemeral: true,
    // Nothing here must survive a crash of the machine: no waiting for the disk.
    settings: { fsync: 'off' },
  });
  return { url: server.url, stop: () => server.stop() };
}
