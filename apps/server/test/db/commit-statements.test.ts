// An audit row written inside a transaction travels with the transaction's COMMIT: it commits
// with the change or not at all, costs no round trip of its own, stores exactly what was given
// (quotes, backslashes, any Unicode), and a failing row rolls the whole change back and leaves
// the connection clean for the next request.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAuditEvent } from '../../src/audit/record-audit-event.js';
import { createDb, type Db } from '../../src/db/client.js';
import { inTransaction } from '../../src/db/in-transaction.js';
import { createTestAccount, type TestAccount } from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';

let server: TestServer;
let account: TestAccount;
let outside: pg.Client;

beforeAll(async () => {
  server = await startTestServer();
  account = await createTestAccount(server);
  outside = new pg.Client({ connectionString: server.databaseUrl });
  await outside.connect();
});

afterAll(async () => {
  await outside.end();
  await server.close();
});

async function eventsWithRequestId(requestId: string) {
  const { rows } = await outside.query<{ action: string; details: unknown; resource: string | null }>(
    `SELECT "action", "details", "resource" FROM "AuditEvent" WHERE "requestId" = $1 ORDER BY "id"`,
    [requestId],
  );
  return rows;
}

async function aliasOf(accountId: string): Promise<string | null> {
  const { rows } = await outside.query<{ alias: string | null }>(
    `SELECT "alias" FROM "Account" WHERE "id" = $1`,
    [accountId],
  );
  return rows[0]?.alias ?? null;
}

function context(requestId: string) {
  const ctx = server.publicContext();
  return { ...ctx, request: { ...ctx.request, requestId } };
}

describe('audit rows inside a transaction', () => {
  it('are sent with COMMIT: invisible until then, committed with the change', async () => {
    const ctx = context('commit-1');
    const seenInside: number[] = [];
    await inTransaction(ctx, async (tx) => {
      await tx.account.update({ where: { id: account.accountId }, data: { alias: 'with-commit' } });
      await recordAuditEvent(tx, ctx, {
        action: 'iam:CreateAccountAlias',
        result: 'Success',
        accountId: account.accountId,
        details: { alias: 'with-commit' },
      });
      // Not yet written: neither this transaction nor anyone else sees the row before COMMIT.
      seenInside.push(await tx.auditEvent.count({ where: { requestId: 'commit-1' } }));
      seenInside.push((await eventsWithRequestId('commit-1')).length);
    });
    expect(seenInside).toEqual([0, 0]);
    expect(await aliasOf(account.accountId)).toBe('with-commit');
    expect(await eventsWithRequestId('commit-1')).toEqual([
      { action: 'iam:CreateAccountAlias', details: { alias: 'with-commit' }, resource: null },
    ]);
  });

  it('store quotes, backslashes, control characters and any Unicode exactly', async () => {
    const ctx = context('commit-2');
    const awkward = `O'Brien \\ "quoted" $$ dollar $tag$ ; COMMIT; -- ÄÉΩǅİ 🙂 \n\t end`;
    await inTransaction(ctx, async (tx) => {
      await recordAuditEvent(tx, ctx, {
        action: 'iam:TagUser',
        result: 'Success',
        accountId: account.accountId,
        resource: `arn:aws:iam::${account.accountId}:user/${awkward}`,
        details: { value: awkward, nested: { list: [awkward, 1, true, null] } },
      });
      await recordAuditEvent(tx, ctx, {
        action: 'iam:UntagUser',
        result: 'Success',
        accountId: account.accountId,
      });
    });
    expect(await eventsWithRequestId('commit-2')).toEqual([
      {
        action: 'iam:TagUser',
        resource: `arn:aws:iam::${account.accountId}:user/${awkward}`,
        details: { value: awkward, nested: { list: [awkward, 1, true, null] } },
      },
      { action: 'iam:UntagUser', details: null, resource: null },
    ]);
  });

  it('that fail roll the change back and leave the connection clean', async () => {
    // One connection, so the next statement runs on the connection the failure happened on.
    const db: Db = createDb(server.databaseUrl, { poolSize: 1 });
    try {
      const before = await aliasOf(account.accountId);
      const ctx = { ...context('commit-3'), db };
      await expect(
        inTransaction(ctx, async (tx) => {
          await tx.account.update({ where: { id: account.accountId }, data: { alias: 'never-committed' } });
          // "action" holds at most 128 characters: this row fails at COMMIT.
          await recordAuditEvent(tx, ctx, { action: `iam:${'X'.repeat(200)}`, result: 'Success' });
        }),
      ).rejects.toThrow();
      expect(await aliasOf(account.accountId)).toBe(before);
      expect(await eventsWithRequestId('commit-3')).toEqual([]);
      // The connection is usable and not inside an aborted transaction.
      const [row] = await db.$queryRaw<{ inside: boolean }[]>`SELECT now() = statement_timestamp() AS inside`;
      expect(row?.inside).toBe(true);
      await inTransaction(ctx, async (tx) => {
        await recordAuditEvent(tx, ctx, {
          action: 'iam:GetUser',
          result: 'Success',
          accountId: account.accountId,
        });
      });
      expect(await eventsWithRequestId('commit-3')).toHaveLength(1);
    } finally {
      await db.$disconnect();
    }
  });

  it('of a rolled-back transaction are never written', async () => {
    const ctx = context('commit-4');
    await expect(
      inTransaction(ctx, async (tx) => {
        await recordAuditEvent(tx, ctx, {
          action: 'iam:CreateUser',
          result: 'Success',
          accountId: account.accountId,
        });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await eventsWithRequestId('commit-4')).toEqual([]);
  });

  it('outside a transaction are written at once', async () => {
    const ctx = context('commit-5');
    await recordAuditEvent(ctx.db, ctx, {
      action: 'signin:ConsoleLogin',
      result: 'Failure',
      accountId: null,
    });
    expect(await eventsWithRequestId('commit-5')).toEqual([
      { action: 'signin:ConsoleLogin', details: null, resource: null },
    ]);
  });
});
