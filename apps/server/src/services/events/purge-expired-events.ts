// The retention purge: deletes events older than their account's retention (EventRetention,
// else the deployment's default) in small batches, each its own short transaction, with a
// pause between them so requests writing events are never held up by it. The audit trigger
// lets a transaction delete only events older than the bound it declares. Several instances
// may run it: a batch takes a transaction-scoped advisory lock, and an instance that finds it
// taken leaves the run to the other; the deletes are idempotent in any case.
import { Prisma } from '../../db/generated/client.js';
import type { Db } from '../../db/client.js';
import { AUDIT_PURGE_LOCK } from '../../db/advisory-locks.js';

const DAY_MS = 86_400_000;
export const PURGE_BATCH_SIZE = 2000;
export const PURGE_PAUSE_MS = 200;
/** Finished GenerateServiceLastAccessedDetails jobs are kept this long. */
const JOB_DAYS = 7;

export interface PurgeOptions {
  db: Db;
  now: Date;
  /** Retention of accounts without their own setting. */
  defaultDays: number;
  batchSize?: number;
  pauseMs?: number;
  /** Checked between batches: a stopping server ends the run there. */
  shouldStop?: () => boolean;
  /** Called after each committed batch (tests watch the purge yield here). */
  afterBatch?: (deleted: number) => Promise<void> | void;
}

export interface PurgeResult {
  deleted: number;
  batches: number;
  /** True when another instance held the purge lock, or the run was stopped. */
  interrupted: boolean;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One batch, one transaction: returns the rows deleted, or undefined when another instance is purging. */
async function deleteBatch(
  db: Db,
  cutoff: Date,
  scope: Prisma.Sql,
  batchSize: number,
): Promise<number | undefined> {
  return db.$transaction(async (tx) => {
    const [lock] = await tx.$queryRaw<
      { locked: boolean }[]
    >`SELECT pg_try_advisory_xact_lock(${AUDIT_PURGE_LOCK}) AS locked`;
    if (!lock?.locked) return undefined;
    await tx.$queryRaw`SELECT set_config('gatehouse.audit_purge_before', ${cutoff.toISOString()}, true)`;
    return tx.$executeRaw`
      DELETE FROM "AuditEvent" WHERE "id" IN (
        SELECT "id" FROM "AuditEvent" WHERE "time" < ${cutoff} AND ${scope}
        ORDER BY "time" LIMIT ${batchSize})`;
  });
}

export async function purgeExpiredEvents(options: PurgeOptions): Promise<PurgeResult> {
  const { db, now } = options;
  const batchSize = options.batchSize ?? PURGE_BATCH_SIZE;
  const pauseMs = options.pauseMs ?? PURGE_PAUSE_MS;
  const result: PurgeResult = { deleted: 0, batches: 0, interrupted: false };
  const custom = await db.eventRetention.findMany({ select: { accountId: true, retentionDays: true } });
  const scopes: { cutoff: Date; scope: Prisma.Sql }[] = custom.map((r) => ({
    cutoff: new Date(now.getTime() - r.retentionDays * DAY_MS),
    scope: Prisma.sql`"accountId" = ${r.accountId}`,
  }));
  scopes.push({
    cutoff: new Date(now.getTime() - options.defaultDays * DAY_MS),
    scope: Prisma.sql`("accountId" IS NULL OR "accountId" NOT IN (SELECT "accountId" FROM "EventRetention"))`,
  });
  for (const { cutoff, scope } of scopes) {
    for (;;) {
      if (options.shouldStop?.()) return { ...result, interrupted: true };
      const deleted = await deleteBatch(db, cutoff, scope, batchSize);
      if (deleted === undefined) return { ...result, interrupted: true };
      if (deleted === 0) break;
      result.deleted += deleted;
      result.batches += 1;
      await options.afterBatch?.(deleted);
      if (deleted < batchSize) break;
      await sleep(pauseMs);
    }
  }
  await db.lastAccessedJob.deleteMany({
    where: { createdAt: { lt: new Date(now.getTime() - JOB_DAYS * DAY_MS) } },
  });
  return result;
}
