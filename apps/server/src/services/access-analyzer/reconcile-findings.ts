// Stores a fresh computation against what the account had: new causes become findings (ACTIVE,
// or ARCHIVED when an archive rule matches), known ones keep their id and status (a RESOLVED one
// that comes back is open again), and findings whose cause is gone are RESOLVED.
import { randomUUID } from 'node:crypto';
import { Prisma } from '../../db/generated/client.js';
import type { Tx } from '../../db/client.js';
import { matchesFilter, type FilterCriteria } from './archive-rules/filter-criteria.js';
import { chunks, readInBatches, slicer, yieldToEventLoop } from './batches.js';
import type { ComputedFinding } from './finding-types.js';

export interface ReconcileCounts {
  created: number;
  updated: number;
  resolved: number;
  unchanged: number;
}

/** JSON with object keys sorted: PostgreSQL's jsonb keeps its own key order, not ours. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

function archivedByRules(
  finding: ComputedFinding & { id: string; accountId: string },
  rules: FilterCriteria[],
): boolean {
  return rules.some((filter) => matchesFilter(finding, filter));
}

/** Inserts new findings, BATCH per statement (ON CONFLICT: as createMany's skipDuplicates). */
async function insertFindings(tx: Tx, rows: NewFinding[]): Promise<void> {
  for (const chunk of chunks(rows)) {
    await tx.$executeRaw`
      INSERT INTO "AccessAnalyzerFinding" ("id", "accountId", "key", "findingType", "resource", "resourceType",
        "status", "details", "createdAt", "updatedAt", "analyzedAt")
      SELECT r."id", r."accountId", r."key", r."findingType", r."resource", r."resourceType", r."status",
        r."details", r."at", r."at", r."at"
      FROM jsonb_to_recordset(${JSON.stringify(chunk)}::jsonb) AS r("id" text, "accountId" text, "key" text,
        "findingType" text, "resource" text, "resourceType" text, "status" text, "details" jsonb,
        "at" timestamptz)
      ON CONFLICT DO NOTHING`;
    await yieldToEventLoop();
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

export async function reconcileFindings(
  tx: Tx,
  accountId: string,
  computed: readonly ComputedFinding[],
  now: Date,
): Promise<ReconcileCounts> {
  // One query at a time on the transaction's connection; the findings in keyset batches.
  const existing = await readInBatches(
    (after, take) =>
      tx.accessAnalyzerFinding.findMany({
        where: { accountId, ...(after ? { id: { gt: after } } : {}) },
        select: { id: true, key: true, status: true, details: true },
        orderBy: { id: 'asc' },
        take,
      }),
    (f) => f.id,
  );
  const ruleRows = await tx.accessAnalyzerArchiveRule.findMany({
    where: { accountId },
    select: { filter: true },
  });
  const rules = ruleRows.map((r) => r.filter as unknown as FilterCriteria);
  const byKey = new Map(existing.map((f) => [f.key, f]));
  const counts: ReconcileCounts = { created: 0, updated: 0, resolved: 0, unchanged: 0 };
  const creates: NewFinding[] = [];
  const seen: string[] = [];
  const slice = slicer();
  for (const c of computed) {
    await slice();
    const prior = byKey.get(c.key);
    if (!prior) {
      const id = randomUUID();
      const status = archivedByRules({ ...c, id, accountId }, rules) ? 'ARCHIVED' : 'ACTIVE';
      creates.push({
        id,
        accountId,
        key: c.key,
        findingType: c.findingType,
        resource: c.resource,
        resourceType: c.resourceType,
        status,
        details: c.details,
        at: now,
      });
      continue;
    }
    byKey.delete(c.key);
    const reopened = prior.status === 'RESOLVED';
    const changed = canonical(prior.details) !== canonical(c.details);
    if (!reopened && !changed) {
      seen.push(prior.id);
      counts.unchanged++;
      continue;
    }
    const status = reopened
      ? archivedByRules({ ...c, id: prior.id, accountId }, rules)
        ? 'ARCHIVED'
        : 'ACTIVE'
      : prior.status;
    await tx.accessAnalyzerFinding.update({
      where: { id: prior.id },
      data: {
        status,
        details: c.details as unknown as Prisma.InputJsonObject,
        updatedAt: now,
        analyzedAt: now,
      },
    });
    counts.updated++;
  }
  await insertFindings(tx, creates);
  counts.created = creates.length;
  await updateFindings(tx, seen, Prisma.sql`"analyzedAt" = ${now}`);
  const gone = [...byKey.values()].filter((f) => f.status !== 'RESOLVED').map((f) => f.id);
  await updateFindings(
    tx,
    gone,
    Prisma.sql`"status" = 'RESOLVED', "updatedAt" = ${now}, "analyzedAt" = ${now}`,
  );
  counts.resolved = gone.length;
  return counts;
}
