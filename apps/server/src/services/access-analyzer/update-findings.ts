// UpdateFindings: archive or reopen findings by hand. A resolved finding is history: it can't
// be archived or reopened (AWS: only ACTIVE and ARCHIVED findings are updated).
import { recordAuditEvent } from '../../audit/record-audit-event.js';
import { authorize } from '../../authz/authorize.js';
import { inTransaction } from '../../db/in-transaction.js';
import { AppError } from '../../errors/app-error.js';
import type { ServiceContext } from '../service-context.js';
import { analyzerArn } from './analyzer-arn.js';
import { findingNotFound } from './get-finding.js';

export async function updateFindings(options: {
  ctx: ServiceContext;
  ids: string[];
  status: 'ACTIVE' | 'ARCHIVED';
}): Promise<void> {
  const { ctx, status } = options;
  const accountId = ctx.principal.accountId;
  const arn = analyzerArn(accountId);
  await authorize(ctx, 'access-analyzer:UpdateFindings', arn);
  const ids = [...new Set(options.ids.map((id) => id.toLowerCase()))];
  await inTransaction(ctx, async (tx) => {
    const rows = await tx.accessAnalyzerFinding.findMany({
      where: { accountId, id: { in: ids } },
      select: { id: true, status: true },
    });
    const missing = ids.find((id) => !rows.some((r) => r.id === id));
    if (missing) throw findingNotFound(missing);
    const resolved = rows.find((r) => r.status === 'RESOLVED');
    if (resolved) {
      throw new AppError(
        'ValidationException',
        `the finding \`${resolved.id}\` is resolved: only active and archived findings can be updated`,
      );
    }
    const now = ctx.clock();
    await tx.accessAnalyzerFinding.updateMany({
      where: { accountId, id: { in: ids }, status: { not: status } },
      data: { status, updatedAt: now },
    });
    await recordAuditEvent(tx, ctx, {
      action: 'access-analyzer:UpdateFindings',
      resource: arn,
      result: 'Success',
      details: { ids, status },
    });
  });
}
