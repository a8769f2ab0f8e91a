// Event history retention: the account's setting (GET/PUT /api/event-retention) and the
// background purge — old events go, new ones stay, each account by its own retention, in
// short batches that commit one by one while requests keep writing events.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_PURGE_LOCK, AWS_POLICY_SYNC_LOCK, SETUP_LOCK } from '../../src/db/advisory-locks.js';
import { purgeExpiredEvents } from '../../src/services/events/purge-expired-events.js';
import {
  allow,
  createTestUser,
  newRootSession,
  signInAsUser,
  type TestAccount,
} from '../harness/fixtures.js';
import type { ApiClient } from '../harness/api-client.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';

const DAY = 86_400_000;
let server: TestServer;
let sql: pg.Client;

beforeAll(async () => {
  server = await startTestServer();
  sql = new pg.Client({ connectionString: server.databaseUrl });
  await sql.connect();
});

afterAll(async () => {
  await sql.end();
  await server.close();
});

/** `count` events of the account, `daysAgo` days before the server's clock. */
async function seedEvents(accountId: string | null, daysAgo: number, count: number): Promise<void> {
  const at = new Date(server.clock.now().getTime() - daysAgo * DAY);
  await sql.query(
    `INSERT INTO "AuditEvent" ("time", "accountId", "action", "result")
     SELECT $1, $2, 'iam:CreateUser', 'Success' FROM generate_series(1, $3)`,
    [at, accountId, count],
  );
}

async function countEvents(accountId: string, olderThanDays?: number): Promise<number> {
  const before =
    olderThanDays === undefined
      ? new Date(8.64e15)
      : new Date(server.clock.now().getTime() - olderThanDays * DAY);
  const { rows } = await sql.query(
    `SELECT count(*)::int AS n FROM "AuditEvent" WHERE "accountId" = $1 AND "time" < $2`,
    [accountId, before],
  );
  return rows[0].n;
}

const purge = (options: Partial<Parameters<typeof purgeExpiredEvents>[0]> = {}) =>
  purgeExpiredEvents({
    db: server.deps.db,
    now: server.clock.now(),
    defaultDays: 90,
    pauseMs: 0,
    ...options,
  });

describe('the retention purge', () => {
  let account: TestAccount;
  let root: ApiClient;

  beforeAll(async () => {
    ({ account, root } = await newRootSession(server));
  });

  it('deletes events past 90 days by default and keeps newer ones', async () => {
    await seedEvents(account.accountId, 91, 30);
    await seedEvents(account.accountId, 89, 5);
    const kept = await countEvents(account.accountId);
    const result = await purge({ batchSize: 1000 });
    expect(result.deleted).toBeGreaterThanOrEqual(30);
    expect(await countEvents(account.accountId, 90)).toBe(0);
    expect(await countEvents(account.accountId)).toBe(kept - 30);
    // The history page no longer shows them either.
    const page = await root.get(
      `/api/events?endTime=${encodeURIComponent(new Date(server.clock.now().getTime() - 90 * DAY).toISOString())}`,
    );
    expect(page.status).toBe(200);
    expect(page.body.items).toEqual([]);
  });

  it("applies an account's own retention, and the default to other accounts", async () => {
    const other = await newRootSession(server);
    const set = await root.put('/api/event-retention', { retentionDays: 30 });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ retentionDays: 30, defaultDays: 90, custom: true });
    await seedEvents(account.accountId, 31, 4);
    await seedEvents(other.account.accountId, 31, 4);
    await purge();
    expect(await countEvents(account.accountId, 30)).toBe(0);
    expect(await countEvents(other.account.accountId, 30)).toBe(4);
    const reset = await root.put('/api/event-retention', { retentionDays: null });
    expect(reset.body).toMatchObject({ retentionDays: 90, custom: false });
  });

  it('works in short batches, each committed before the next, while requests go on writing events', async () => {
    await seedEvents(account.accountId, 200, 250);
    const seen: number[] = [];
    const result = await purge({
      batchSize: 100,
      afterBatch: async () => {
        // Another connection sees the batch gone (committed), and a request that writes an event is not held up.
        seen.push(await countEvents(account.accountId, 199));
        const started = Date.now();
        const res = await root.post('/api/users', { userName: `u-${seen.length}` });
        expect(res.status).toBe(201);
        expect(Date.now() - started).toBeLessThan(2000);
      },
    });
    expect(result.batches).toBe(3);
    expect(seen).toEqual([150, 50, 0]);
    expect(
      (await root.get('/api/events?eventName=CreateUser&userName=root')).body.items.length,
    ).toBeGreaterThanOrEqual(3);
  });

  it('purges while the AWS managed policy sync or a first-run setup holds its own lock, not while another purge does', async () => {
    await seedEvents(account.accountId, 400, 3);
    const holder = new pg.Client({ connectionString: server.databaseUrl });
    await holder.connect();
    try {
      // The other jobs' locks, held in an open transaction as theirs are.
      await holder.query('BEGIN');
      await holder.query('SELECT pg_advisory_xact_lock($1), pg_advisory_xact_lock($2)', [
        AWS_POLICY_SYNC_LOCK,
        SETUP_LOCK,
      ]);
      const beside = await purge();
      expect(beside.interrupted).toBe(false);
      expect(await countEvents(account.accountId, 399)).toBe(0);
      await holder.query('COMMIT');

      // Another instance's purge batch: this one stops and leaves the rest to it.
      await seedEvents(account.accountId, 400, 3);
      await holder.query('BEGIN');
      await holder.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_PURGE_LOCK]);
      const behind = await purge();
      expect(behind.interrupted).toBe(true);
      expect(await countEvents(account.accountId, 399)).toBe(3);
      await holder.query('COMMIT');
      expect((await purge()).interrupted).toBe(false);
    } finally {
      await holder.end();
    }
  });

  it('leaves the audit log append-only for everyone else', async () => {
    await seedEvents(account.accountId, 400, 1);
    await expect(
      sql.query(`DELETE FROM "AuditEvent" WHERE "accountId" = $1`, [account.accountId]),
    ).rejects.toThrow(/append-only/);
    await expect(
      sql.query(`UPDATE "AuditEvent" SET "result" = 'Failure' WHERE "accountId" = $1`, [account.accountId]),
    ).rejects.toThrow(/append-only/);
    // Even a purge transaction cannot delete what is newer than the bound it declared.
    await sql.query('BEGIN');
    await sql.query(`SELECT set_config('gatehouse.audit_purge_before', $1, true)`, [
      new Date(server.clock.now().getTime() - 500 * DAY).toISOString(),
    ]);
    await expect(
      sql.query(`DELETE FROM "AuditEvent" WHERE "accountId" = $1`, [account.accountId]),
    ).rejects.toThrow(/append-only/);
    await sql.query('ROLLBACK');
  });
});

describe('GET/PUT /api/event-retention', () => {
  it('shows the retention to whoever may read the history, and records a change', async () => {
    const { account, root } = await newRootSession(server);
    const shown = await root.get('/api/event-retention');
    expect(shown.status).toBe(200);
    expect(shown.body).toMatchObject({ retentionDays: 90, defaultDays: 90, custom: false });
    expect(new Date(shown.body.oldestKept).getTime()).toBe(server.clock.now().getTime() - 90 * DAY);
    await root.put('/api/event-retention', { retentionDays: 365 });
    const events = await root.get('/api/events?eventName=UpdateEventDataStore');
    expect(events.body.items[0]).toMatchObject({ eventName: 'UpdateEventDataStore', result: 'Success' });
    const detail = await root.get(`/api/events/${events.body.items[0].eventId}`);
    expect(detail.body.requestParameters).toMatchObject({ retentionDays: 365, previousRetentionDays: 90 });

    const reader = await createTestUser(server, account.accountId, {
      inlinePolicies: { read: allow('cloudtrail:LookupEvents') },
    });
    const readerSession = await signInAsUser(server, account, reader);
    expect((await readerSession.get('/api/event-retention')).body.retentionDays).toBe(365);
    const refused = await readerSession.put('/api/event-retention', { retentionDays: 7 });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('AccessDenied');
    expect(refused.body.error.message).toContain('cloudtrail:UpdateEventDataStore');

    const nobody = await signInAsUser(server, account, await createTestUser(server, account.accountId));
    expect((await nobody.get('/api/event-retention')).status).toBe(403);
  });

  it('refuses a retention outside 7 to 3,653 days, or not a whole number', async () => {
    const { root } = await newRootSession(server);
    for (const retentionDays of [6, 3654, 30.5, '90', undefined]) {
      const res = await root.put('/api/event-retention', { retentionDays });
      expect(res.status, String(retentionDays)).toBe(400);
      expect(res.body.error.code).toMatch(/^(InvalidInput|ValidationError)$/);
    }
    expect((await root.get('/api/event-retention')).body.retentionDays).toBe(90);
  });
});
