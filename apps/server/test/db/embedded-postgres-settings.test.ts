// A caller of the embedded-PostgreSQL starter (the e2e suite, for a throwaway cluster) can pass
// PostgreSQL settings: they hold from the first start, and again after the supervisor restarts
// a postmaster that died.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../src/db/embedded-postgres.js';

const dirs: string[] = [];
const databases: EmbeddedDatabase[] = [];
afterAll(async () => {
  for (const db of databases) await db.stop();
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function setting(url: string, name: string): Promise<{ value: string; source: string }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ setting: string; source: string }>(
      'SELECT setting, source FROM pg_settings WHERE name = $1',
      [name],
    );
    return { value: rows[0]!.setting, source: rows[0]!.source };
  } finally {
    await client.end();
  }
}

describe('embedded PostgreSQL settings', () => {
  it('starts the postmaster with the settings given, also when it restarts it', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'gatehouse-pg-settings-'));
    dirs.push(dataDir);
    const db = await startEmbeddedPostgres({
      dataDir,
      database: 'settings',
      ephemeral: true,
      settings: { fsync: 'off', application_name: 'gatehouse-settings-test' },
      backoff: { initialMs: 50, maxMs: 200 },
    });
    databases.push(db);
    expect(await setting(db.url, 'fsync')).toEqual({ value: 'off', source: 'command line' });
    expect(await setting(db.url, 'application_name')).toMatchObject({ source: 'command line' });

    const first = db.pid()!;
    process.kill(first, 'SIGKILL');
    const deadline = Date.now() + 20_000;
    while ((db.pid() === undefined || db.pid() === first) && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 100));
    expect(db.pid()).not.toBe(first);
    expect(db.pid()).toBeDefined();
    expect(await setting(db.url, 'fsync')).toEqual({ value: 'off', source: 'command line' });

    await db.stop();
    expect(existsSync(path.join(dataDir, 'postgres'))).toBe(false);
  });

  it('leaves PostgreSQL its defaults without settings', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'gatehouse-pg-settings-'));
    dirs.push(dataDir);
    const db = await startEmbeddedPostgres({ dataDir, database: 'defaults', ephemeral: true });
    databases.push(db);
    expect(await setting(db.url, 'fsync')).toEqual({ value: 'on', source: 'default' });
  });
});
