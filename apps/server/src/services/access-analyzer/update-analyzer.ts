// UpdateAnalyzer's one setting here, the unused-access window (AWS's unusedAccessAge, 1–365
// days, default 90); and StartResourceScan, "rescan" in the console: analyse now.
import { recordAuditEvent } from '../../audit/record-audit-event.js';
import { authorize } from '../../authz/authorize.js';
import type { AnalysisStatus } from '@gatehouse/contracts/access-analyzer';
import { inTransaction } from '../../db/in-transaction.js';
import type { ServiceContext } from '../service-context.js';
import { analyzerArn } from './analyzer-arn.js';
import { analyzerFor } from './analyzer-scheduler.js';
import { readAnalyzerState } from './analyzer-state.js';
import { toAnalysisStatus } from './map-finding.js';

export async function updateAnalyzer(options: {
  ctx: ServiceContext;
  unusedAccessAge: number;
}): Promise<AnalysisStatus> {
  const { ctx, unusedAccessAge } = options;
  const accountId = ctx.principal.accountId;
  const arn = analyzerArn(accountId);
  await authorize(ctx, 'access-analyzer:UpdateAnalyzer', arn);
  await inTransaction(ctx, async (tx) => {
    const now = ctx.clock();
    await tx.accessAnalyzerState.upsert({
      where: { accountId },
      create: { accountId, unusedAccessAge, updatedAt: now },
      update: { unusedAccessAge, updatedAt: now },
    });
    await recordAuditEvent(tx, ctx, {
      action: 'access-analyzer:UpdateAnalyzer',
      resource: arn,
      result: 'Success',
      details: { unusedAccessAge },
    });
  });
  analyzerFor(ctx).request(accountId, 0);
  return toAnalysisStatus(accountId, await readAnalyzerState(ctx.db, accountId), true);
}

export async function startResourceScan(ctx: ServiceContext): Promise<AnalysisStatus> {
  const accountId = ctx.principal.accountId;
  const arn = analyzerArn(accountId);
  await authorize(ctx, 'access-analyzer:StartResourceScan', arn);
  await recordAuditEvent(ctx.db, ctx, {
    action: 'access-analyzer:StartResourceScan',
    resource: arn,
    result: 'Success',
  });
  analyzerFor(ctx).request(accountId, 0);
  return toAnalysisStatus(accountId, await readAnalyzerState(ctx.db, accountId), true);
}
