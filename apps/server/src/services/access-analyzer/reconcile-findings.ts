// Stores a fresh computation against what the account had, a batch at a time (so that a 5,000
// user account's findings are never all held at once): new causes become findings (ACTIVE, or
// ARCHIVED when an archive rule matches), known ones keep their id and status (a RESOLVED one
// that comes back is open again), and once every batch is in, findings whose cause is gone are
// RESOLVED. Each batch is one transaction; the last one resolves and records the analysis.
import { randomUUID } from 'node:crypto';
import { Prisma } from '../../db/generated/client.js';
import type { Db, Tx } from '../../db/client.js';
import { inTransaction } from '../../db/in-transaction.js';
import { matchesFilter, type FilterCriteria } from './archive-rules/filter-criteria.js';
import { chunks, jsonArrays, readInBatches, yieldToEventLoop } from './batches.js';
import type { ComputedFinding } from './finding-types.js';

export interface ReconcileCounts {
  created: number;
  updated: number;
  resolved: number;
  unchanged: number;
}

interface NewFinding {
  id: string;
  accountId: string;
  key: string;
  findingType: string;
  resource: string;
  resourceType: string;
  status: string;
  details: unknown;
  at: Date;
}

interface Changed {
  id: string;
  status: string;
  details: unknown;
}

/** A stored finding of one of the batch's causes. */
interface Prior {
  id: string;
  key: string;
  status: string;
}

/** Inserts new findings, a few hundred KB per statement (ON CONFLICT: as createMany's skipDuplicates). */
async function insertFindings(tx: Tx, rows: NewFinding[]): Promise<void> {
  for (const chunk of jsonArrays(rows)) {
    await tx.$executeRaw`
      INSERT INTO "AccessAnalyzerFinding" ("id", "accountId", "key", "findingType", "resource", "resourceType",
        "status", "details", "createdAt", "updatedAt", "analyzedAt")
      SELECT r."id", r."accountId", r."key", r."findingType", r."resource", r."resourceType", r."status",
        r."details", r."at", r."at", r."at"
      FROM jsonb_to_recordset(${chunk}::jsonb) AS r("id" text, "accountId" text, "key" text,
        "findingType" text, "resource" text, "resourceType" text, "status" text, "details" jsonb,
        "at" timestamptz)
      ON CONFLICT DO NOTHING`;
  }
}

/** Sets columns of the findings `ids`, BATCH per statement. */
async function updateFindings(tx: Tx, ids: string[], set: Prisma.Sql): Promise<void> {
  for (const chunk of chunks(ids)) {
    await tx.$executeRaw`UPDATE "AccessAnalyzerFinding" SET ${set}
      WHERE "id" IN (SELECT jsonb_array_elements_text(${JSON.stringify(chunk)}::jsonb))`;
    await yieldToEventLoop();
  }
}

/** New details (and status) of known findings, a few hundred KB per statement. */
async function rewriteFindings(tx: Tx, rows: Changed[], now: Date): Promise<void> {
  for (const chunk of jsonArrays(rows)) {
    await tx.$executeRaw`UPDATE "AccessAnalyzerFinding" f
      SET "status" = r."status", "details" = r."details", "updatedAt" = ${now}, "analyzedAt" = ${now}
      FROM jsonb_to_recordset(${chunk}::jsonb) AS r("id" text, "status" text, "details" jsonb)
      WHERE f."id" = r."id"`;
  }
}

/**
 * One analysis's findings on their way to the database: `store` each batch as it is computed,
 * then `finish` once. Only the keys seen so far are kept between batches.
 */
export class FindingStore {
  readonly counts: ReconcileCounts = { created: 0, updated: 0, resolved: 0, unchanged: 0 };
  /** Computed findings stored so far. */
  stored = 0;
  private readonly seen = new Set<string>();

  constructor(
    private readonly db: Db,
    private readonly accountId: string,
    private readonly now: Date,
  ) {}

  /** Stores one batch (of any size: written BATCH rows per statement) in one transaction. */
  async store(computed: readonly ComputedFinding[]): Promise<void> {
    const fresh: ComputedFinding[] = [];
    const batchKeys = new Set<string>();
    for (const c of computed) {
      // A cause computed twice is one finding.
      if (this.seen.has(c.key) || batchKeys.has(c.key)) continue;
      batchKeys.add(c.key);
      fresh.push(c);
    }
    for (const part of chunks(fresh)) {
      const counts = await inTransaction({ db: this.db }, (tx) => this.storeBatch(tx, part));
      for (const k of Object.keys(counts) as (keyof ReconcileCounts)[]) this.counts[k] += counts[k];
      for (const c of part) this.seen.add(c.key);
      this.stored += part.length;
      await yieldToEventLoop();
    }
  }

  private async storeBatch(tx: Tx, computed: ComputedFinding[]): Promise<ReconcileCounts> {
    const { accountId, now } = this;
    const counts: ReconcileCounts = { created: 0, updated: 0, resolved: 0, unchanged: 0 };
    const ruleRows = await tx.accessAnalyzerArchiveRule.findMany({
      where: { accountId },
      select: { filter: true },
    });
    const rules = ruleRows.map((r) => r.filter as unknown as FilterCriteria);
    const archived = (c: ComputedFinding, id: string) =>
      rules.some((filter) => matchesFilter({ ...c, id, accountId }, filter));
    // Known findings of these causes; then, sending only those findings' details, which of
    // them are the same (jsonb equality: key order aside).
    const priors = await tx.$queryRaw<Prior[]>`
      SELECT f."id", f."key", f."status" FROM "AccessAnalyzerFinding" f
      WHERE f."accountId" = ${accountId}
        AND f."key" IN (SELECT jsonb_array_elements_text(${JSON.stringify(computed.map((c) => c.key))}::jsonb))`;
    const detailsOf = new Map(computed.map((c) => [c.key, c.details]));
    const compare = priors.filter((p) => p.status !== 'RESOLVED');
    const same = new Set<string>();
    for (const chunk of jsonArrays(compare.map((p) => ({ id: p.id, details: detailsOf.get(p.key) })))) {
      const rows = await tx.$queryRaw<{ id: string }[]>`
        SELECT f."id" FROM "AccessAnalyzerFinding" f
        JOIN jsonb_to_recordset(${chunk}::jsonb) AS c("id" text, "details" jsonb) ON f."id" = c."id"
        WHERE f."details" = c."details"`;
      for (const r of rows) same.add(r.id);
    }
    const byKey = new Map(priors.map((p) => [p.key, p]));
    const creates: NewFinding[] = [];
    const changes: Changed[] = [];
    const unchanged: string[] = [];
    for (const c of computed) {
      const prior = byKey.get(c.key);
      if (!prior) {
        const id = randomUUID();
        creates.push({
          id,
          accountId,
          key: c.key,
          findingType: c.findingType,
          resource: c.resource,
          resourceType: c.resourceType,
          status: archived(c, id) ? 'ARCHIVED' : 'ACTIVE',
          details: c.details,
          at: now,
        });
        continue;
      }
      const reopened = prior.status === 'RESOLVED';
      if (!reopened && same.has(prior.id)) {
        unchanged.push(prior.id);
        continue;
      }
      const status = reopened ? (archived(c, prior.id) ? 'ARCHIVED' : 'ACTIVE') : prior.status;
      changes.push({ id: prior.id, status, details: c.details });
    }
    await insertFindings(tx, creates);
    await rewriteFindings(tx, changes, now);
    await updateFindings(tx, unchanged, Prisma.sql`"analyzedAt" = ${now}`);
    counts.created = creates.length;
    counts.updated = changes.length;
    counts.unchanged = unchanged.length;
    return counts;
  }

  /**
   * Resolves every open finding whose cause this analysis did not compute, after `first` (which
   * records the analysis) in the same transaction; answers the counts of the whole analysis.
   */
  async finish(first: (tx: Tx) => Promise<void>): Promise<ReconcileCounts> {
    const { accountId, now } = this;
    const resolved = await inTransaction({ db: this.db }, async (tx) => {
      await first(tx);
      const open = await readInBatches(
        (after, take) =>
          tx.accessAnalyzerFinding.findMany({
            where: { accountId, status: { not: 'RESOLVED' }, ...(after ? { id: { gt: after } } : {}) },
            select: { id: true, key: true },
            orderBy: { id: 'asc' },
            take,
          }),
        (f) => f.id,
      );
      const gone = open.filter((f) => !this.seen.has(f.key)).map((f) => f.id);
      await updateFindings(
        tx,
        gone,
        Prisma.sql`"status" = 'RESOLVED', "updatedAt" = ${now}, "analyzedAt" = ${now}`,
      );
      return gone.length;
    });
    this.counts.resolved = resolved;
    return this.counts;
  }
}
