// One analysis of an account at a time across instances sharing the database: while another
// instance (here: another connection) holds the account's analysis lock, this one skips the
// account and stores nothing; other accounts are analysed meanwhile; once the lock is free the
// account is analysed again.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeAccount } from '../../src/services/access-analyzer/analyze-account.js';
import { createTestAccount, type TestAccount } from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';

const ANALYSIS_LOCK_CLASS = 0x67616161;

let server: TestServer;
let first: TestAccount;
let second: TestAccount;
let otherInstance: pg.Client;

beforeAll(async () => {
  server = await startTestServer();
  first = await createTestAccount(server);
  second = await createTestAccount(server);
  otherInstance = new pg.Client({ connectionString: server.databaseUrl });
  await otherInstance.connect();
});

afterAll(async () => {
  await otherInstance.end();
  await server.close();
});

async function analysedAt(accountId: string): Promise<Date | null> {
  const state = await server.deps.db.accessAnalyzerState.findUnique({ where: { accountId } });
  return state?.analyzedAt ?? null;
}

describe('analyses across instances', () => {
  it('skip an account another instance is analysing, and analyse it once that one is done', async () => {
    const deps = { db: server.deps.db, clock: server.deps.clock };
    await otherInstance.query('SELECT pg_advisory_lock($1, hashtext($2))', [
      ANALYSIS_LOCK_CLASS,
      first.accountId,
    ]);
    expect(await analyzeAccount(deps, first.accountId)).toBeUndefined();
    expect(await analysedAt(first.accountId)).toBeNull();
    // Another account is not held up.
    expect(await analyzeAccount(deps, second.accountId)).toMatchObject({ accountId: second.accountId });
    expect(await analysedAt(second.accountId)).not.toBeNull();

    await otherInstance.query('SELECT pg_advisory_unlock($1, hashtext($2))', [
      ANALYSIS_LOCK_CLASS,
      first.accountId,
    ]);
    expect(await analyzeAccount(deps, first.accountId)).toMatchObject({ accountId: first.accountId });
    expect(await analysedAt(first.accountId)).not.toBeNull();
    // The analysis let go of its lock: the other instance can take it at once.
    const { rows } = await otherInstance.query<{ locked: boolean }>(
      'SELECT pg_try_advisory_lock($1, hashtext($2)) AS locked',
      [ANALYSIS_LOCK_CLASS, first.accountId],
    );
    expect(rows[0]?.locked).toBe(true);
    await otherInstance.query('SELECT pg_advisory_unlock($1, hashtext($2))', [
      ANALYSIS_LOCK_CLASS,
      first.accountId,
    ]);
  });

  it('survive the database dropping the lock connection mid-analysis', async () => {
    const deps = { db: server.deps.db, clock: server.deps.clock };
    const third = await createTestAccount(server);
    // Hold the analysis at its last step: its state row is being written by another transaction.
    await otherInstance.query('BEGIN');
    await otherInstance.query(
      `INSERT INTO "AccessAnalyzerState" ("accountId", "fingerprint", "analyzedAt", "updatedAt")
       VALUES ($1, 'held', now(), now())`,
      [third.accountId],
    );
    const analysis = analyzeAccount(deps, third.accountId);
    // The connection holding the account's analysis lock is cut off, as when the database restarts.
    let pid: number | undefined;
    while (pid === undefined) {
      const { rows } = await otherInstance.query<{ pid: number }>(
        `SELECT pid FROM pg_locks
         WHERE locktype = 'advisory' AND classid = $1 AND granted AND pid <> pg_backend_pid()`,
        [ANALYSIS_LOCK_CLASS],
      );
      pid = rows[0]?.pid;
      if (pid === undefined) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await otherInstance.query('SELECT pg_terminate_backend($1)', [pid]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await otherInstance.query('ROLLBACK');
    // No uncaught error (Vitest fails the file on one); the analysis itself completes.
    expect(await analysis).toMatchObject({ accountId: third.accountId });
    expect(await analysedAt(third.accountId)).not.toBeNull();
  });
});
