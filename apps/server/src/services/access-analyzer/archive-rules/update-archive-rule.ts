// UpdateArchiveRule (a new filter, applied to the active findings at once) and
// DeleteArchiveRule (findings it archived stay archived, as AWS's do).
import { recordAuditEvent } from '../../../audit/record-audit-event.js';
import { authorize } from '../../../authz/authorize.js';
import type { ArchiveRule } from '@gatehouse/contracts/access-analyzer';
import { inTransaction } from '../../../db/in-transaction.js';
import type { Prisma } from '../../../db/generated/client.js';
import type { ServiceContext } from '../../service-context.js';
import { analyzerArn } from '../analyzer-arn.js';
import { archiveMatching, checkedFilter } from './archive-rule-filter.js';
import { ruleNotFound, toArchiveRule } from './archive-rule-target.js';

export async function updateArchiveRule(options: {
  ctx: ServiceContext;
  ruleName: string;
  filter: Record<string, unknown>;
}): Promise<{ rule: ArchiveRule; archived: number }> {
  const { ctx, ruleName } = options;
  const accountId = ctx.principal.accountId;
  const arn = analyzerArn(accountId);
  await authorize(ctx, 'access-analyzer:UpdateArchiveRule', arn);
  const filter = checkedFilter(options.filter);
  return inTransaction(ctx, async (tx) => {
    const now = ctx.clock();
    const { count } = await tx.accessAnalyzerArchiveRule.updateMany({
      where: { accountId, ruleName },
      data: { filter: filter as Prisma.InputJsonObject, updatedAt: now },
    });
    if (count === 0) throw ruleNotFound(ruleName);
    const archived = await archiveMatching(tx, accountId, filter, now);
    await recordAuditEvent(tx, ctx, {
      action: 'access-analyzer:UpdateArchiveRule',
      resource: arn,
      result: 'Success',
      details: { ruleName, archived },
    });
    const row = await tx.accessAnalyzerArchiveRule.findUniqueOrThrow({
      where: { accountId_ruleName: { accountId, ruleName } },
    });
    return { rule: toArchiveRule(row), archived };
  });
}

export async function deleteArchiveRule(options: { ctx: ServiceContext; ruleName: string }): Promise<void> {
  const { ctx, ruleName } = options;
  const accountId = ctx.principal.accountId;
  const arn = analyzerArn(accountId);
  await authorize(ctx, 'access-analyzer:DeleteArchiveRule', arn);
  await inTransaction(ctx, async (tx) => {
    const { count } = await tx.accessAnalyzerArchiveRule.deleteMany({ where: { accountId, ruleName } });
    if (count === 0) throw ruleNotFound(ruleName);
    await recordAuditEvent(tx, ctx, {
      action: 'access-analyzer:DeleteArchiveRule',
      resource: arn,
      result: 'Success',
      details: { ruleName },
    });
  });
}
