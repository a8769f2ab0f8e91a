// CreateArchiveRule: a named filter; it archives the matching active findings now and every
// matching new finding from then on. AWS allows 100 rules per analyzer.
import { recordAuditEvent } from '../../../audit/record-audit-event.js';
import { authorize } from '../../../authz/authorize.js';
import type { ArchiveRule } from '@gatehouse/contracts/access-analyzer';
import { inTransaction } from '../../../db/in-transaction.js';
import type { Prisma } from '../../../db/generated/client.js';
import { AppError } from '../../../errors/app-error.js';
import type { ServiceContext } from '../../service-context.js';
import { analyzerArn } from '../analyzer-arn.js';
import { archiveMatching, checkedFilter } from './archive-rule-filter.js';
import { toArchiveRule } from './archive-rule-target.js';

export const MAX_ARCHIVE_RULES = 100;

export async function createArchiveRule(options: {
  ctx: ServiceContext;
  ruleName: string;
  filter: Record<string, unknown>;
}): Promise<{ rule: ArchiveRule; archived: number }> {
  const { ctx, ruleName } = options;
  const accountId = ctx.principal.accountId;
  const arn = analyzerArn(accountId);
  await authorize(ctx, 'access-analyzer:CreateArchiveRule', arn);
  const filter = checkedFilter(options.filter);
  return inTransaction(ctx, async (tx) => {
    const existing = await tx.accessAnalyzerArchiveRule.findMany({
      where: { accountId },
      select: { ruleName: true },
    });
    if (existing.some((r) => r.ruleName === ruleName))
      throw new AppError('ConflictException', `an archive rule named \`${ruleName}\` already exists`);
    if (existing.length >= MAX_ARCHIVE_RULES)
      throw new AppError(
        'ServiceQuotaExceededException',
        `an analyzer has at most ${MAX_ARCHIVE_RULES} archive rules`,
      );
    const now = ctx.clock();
    const row = await tx.accessAnalyzerArchiveRule.create({
      data: { accountId, ruleName, filter: filter as Prisma.InputJsonObject, createdAt: now, updatedAt: now },
    });
    const archived = await archiveMatching(tx, accountId, filter, now);
    await recordAuditEvent(tx, ctx, {
      action: 'access-analyzer:CreateArchiveRule',
      resource: arn,
      result: 'Success',
      details: { ruleName, archived },
    });
    return { rule: toArchiveRule(row), archived };
  });
}
