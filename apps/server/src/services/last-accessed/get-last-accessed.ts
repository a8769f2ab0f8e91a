// The console's Last Accessed tab: the report for one user, role, group or policy, computed on
// the spot. Authorised as AWS's console does it: generating the report on the entity's ARN,
// then reading it.
import { authorize } from '../../authz/authorize.js';
import type { LastAccessedReport } from '@gatehouse/contracts/last-accessed';
import type { ServiceContext } from '../service-context.js';
import { accessRecorder } from './access-recorder.js';
import { buildReport, CONSOLE_ENTITIES_PER_SERVICE } from './build-report.js';
import { loadReportSubject, parseEntityArn } from './report-subject.js';

/** This instance's pending notes first, so what the caller just did shows. */
export async function flushLocalAccess(ctx: ServiceContext): Promise<void> {
  try {
    await accessRecorder(ctx.db).flush();
  } catch (err) {
    ctx.log.warn({ err }, 'could not write last-accessed information');
  }
}

export async function getLastAccessed({
  ctx,
  arn,
}: {
  ctx: ServiceContext;
  arn: string;
}): Promise<LastAccessedReport> {
  parseEntityArn(arn);
  await authorize(ctx, 'iam:GenerateServiceLastAccessedDetails', arn);
  await authorize(ctx, 'iam:GetServiceLastAccessedDetails', '*');
  await flushLocalAccess(ctx);
  const subject = await loadReportSubject(ctx.db, ctx.principal.accountId, arn);
  return buildReport(ctx.db, ctx.principal.accountId, subject, ctx.clock(), {
    entitiesPerService: CONSOLE_ENTITIES_PER_SERVICE,
  });
}
