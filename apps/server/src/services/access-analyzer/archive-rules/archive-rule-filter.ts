import { AppError } from '../../../errors/app-error.js';
import type { Tx } from '../../../db/client.js';
import { filterCriteriaSchema, matchesFilter, type FilterCriteria } from './filter-criteria.js';

/** The rule's filter checked as AWS checks a FilterCriteriaMap (ValidationError naming the field). */
export function checkedFilter(filter: Record<string, unknown>): FilterCriteria {
  if (Object.keys(filter).length === 0)
    throw new AppError('ValidationException', 'the filter names at least one field');
  const parsed = filterCriteriaSchema.safeParse(filter);
  if (parsed.success) return parsed.data as FilterCriteria;
  const issue = parsed.error.issues[0]!;
  const where = issue.path.length ? `filter.${issue.path.join('.')}` : 'filter';
  throw new AppError('ValidationException', `${where}: ${issue.message}`, {
    fieldErrors: parsed.error.issues.map((i) => ({
      path: ['filter', ...i.path].join('.'),
      message: i.message,
    })),
  });
}

/** Archives the account's active findings the filter matches (a rule applies to existing findings too). */
export async function archiveMatching(
  tx: Tx,
  accountId: string,
  filter: FilterCriteria,
  now: Date,
): Promise<number> {
  const active = await tx.accessAnalyzerFinding.findMany({ where: { accountId, status: 'ACTIVE' } });
  const ids = active.filter((f) => matchesFilter(f, filter)).map((f) => f.id);
  if (ids.length === 0) return 0;
  await tx.accessAnalyzerFinding.updateMany({
    where: { id: { in: ids }, status: 'ACTIVE' },
    data: { status: 'ARCHIVED', updatedAt: now },
  });
  return ids.length;
}
