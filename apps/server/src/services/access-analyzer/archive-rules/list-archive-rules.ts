import { authorize } from '../../../authz/authorize.js';
import type { ArchiveRule } from '@gatehouse/contracts/access-analyzer';
import type { ServiceContext } from '../../service-context.js';
import { analyzerArn } from '../analyzer-arn.js';
import { ruleNotFound, toArchiveRule } from './archive-rule-target.js';

export async function listArchiveRules(ctx: ServiceContext): Promise<ArchiveRule[]> {
  const accountId = ctx.principal.accountId;
  await authorize(ctx, 'access-analyzer:ListArchiveRules', analyzerArn(accountId));
  const rows = await ctx.db.accessAnalyzerArchiveRule.findMany({
    where: { accountId },
    orderBy: { ruleName: 'asc' },
  });
  return rows.map(toArchiveRule);
}

export async function getArchiveRule(ctx: ServiceContext, ruleName: string): Promise<ArchiveRule> {
  const accountId = ctx.principal.accountId;
  await authorize(ctx, 'access-analyzer:GetArchiveRule', analyzerArn(accountId));
  const row = await ctx.db.accessAnalyzerArchiveRule.findUnique({
    where: { accountId_ruleName: { accountId, ruleName } },
  });
  if (!row) throw ruleNotFound(ruleName);
  return toArchiveRule(row);
}
