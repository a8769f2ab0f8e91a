// Stores a fresh computation against what the account had: new causes become findings (ACTIVE,
// or ARCHIVED when an archive rule matches), known ones keep their id and status (a RESOLVED one
// that comes back is open again), and findings whose cause is gone are RESOLVED.
import { randomUUID } from 'node:crypto';
import type { Prisma } from '../../db/generated/client.js';
import type { Tx } from '../../db/client.js';
import { matchesFilter, type FilterCriteria } from './archive-rules/filter-criteria.js';
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

export async function reconcileFindings(
  tx: Tx,
  accountId: string,
  computed: readonly ComputedFinding[],
  now: Date,
): Promise<ReconcileCounts> {
  const [existing, ruleRows] = await Promise.all([
    tx.accessAnalyzerFinding.findMany({
      where: { accountId },
      select: { id: true, key: true, status: true, details: true },
    }),
    tx.accessAnalyzerArchiveRule.findMany({ where: { accountId }, select: { filter: true } }),
  ]);
  const rules = ruleRows.map((r) => r.filter as unknown as FilterCriteria);
  const byKey = new Map(existing.map((f) => [f.key, f]));
  const counts: ReconcileCounts = { created: 0, updated: 0, resolved: 0, unchanged: 0 };
  const creates: Prisma.AccessAnalyzerFindingCreateManyInput[] = [];
  const seen: string[] = [];
  for (const c of computed) {
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
        details: c.details as unknown as Prisma.InputJsonObject,
        createdAt: now,
        updatedAt: now,
        analyzedAt: now,
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
  if (creates.length > 0) {
    await tx.accessAnalyzerFinding.createMany({ data: creates, skipDuplicates: true });
    counts.created = creates.length;
  }
  if (seen.length > 0) {
    await tx.accessAnalyzerFinding.updateMany({ where: { id: { in: seen } }, data: { analyzedAt: now } });
  }
  const gone = [...byKey.values()].filter((f) => f.status !== 'RESOLVED').map((f) => f.id);
  if (gone.length > 0) {
    await tx.accessAnalyzerFinding.updateMany({
      where: { id: { in: gone } },
      data: { status: 'RESOLVED', updatedAt: now, analyzedAt: now },
    });
    counts.resolved = gone.length;
  }
  return counts;
}
