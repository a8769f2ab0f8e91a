import { authorize } from '../../../authz/authorize.js';
import { AppError } from '../../../errors/app-error.js';
import type { ServiceContext } from '../../service-context.js';

/** iam:GetCredentialReport — the latest generated report (AWS's ReportNotPresent is NoSuchEntity here). */
export async function getCredentialReport(options: {
  ctx: ServiceContext;
}): Promise<{ generatedAt: Date; content: string }> {
  const { ctx } = options;
  await authorize(ctx, 'iam:GetCredentialReport', '*');
  const report = await ctx.db.credentialReport.findUnique({ where: { accountId: ctx.principal.accountId } });
  if (!report) {
    throw new AppError('NoSuchEntity', 'there is no credential report yet: generate one first', {
      details: { awsErrorCode: 'ReportNotPresent' },
    });
  }
  return { generatedAt: report.generatedAt, content: report.content };
}
