// GenerateServiceLastAccessedDetails and its readers. The report is computed when the job is
// created (Gatehouse has no queue to wait for), stored with the job, and served in pages by
// the Get calls, so every page of one job reads the same snapshot.
import { randomUUID } from 'node:crypto';
import { authorize } from '../../authz/authorize.js';
import { recordAuditEvent } from '../../audit/record-audit-event.js';
import { inTransaction } from '../../db/in-transaction.js';
import type { Prisma } from '../../db/generated/client.js';
import { AppError } from '../../errors/app-error.js';
import type { LastAccessedReport } from '@gatehouse/contracts/last-accessed';
import type { ServiceContext } from '../service-context.js';
import { buildReport } from './build-report.js';
import { flushLocalAccess } from './get-last-accessed.js';
import { loadReportSubject, parseEntityArn, type ReportEntity } from './report-subject.js';

export type Granularity = 'SERVICE_LEVEL' | 'ACTION_LEVEL';

export interface LastAccessedJob {
  jobId: string;
  granularity: Granularity;
  createdAt: Date;
  completedAt: Date;
  report: LastAccessedReport;
  /** Every user and role whose use counts for the report. */
  entities: ReportEntity[];
}

export async function generateLastAccessedJob({
  ctx,
  arn,
  granularity,
}: {
  ctx: ServiceContext;
  arn: string;
  granularity: Granularity;
}): Promise<string> {
  parseEntityArn(arn);
  await authorize(ctx, 'iam:GenerateServiceLastAccessedDetails', arn);
  await flushLocalAccess(ctx);
  const accountId = ctx.principal.accountId;
  const subject = await loadReportSubject(ctx.db, accountId, arn);
  const createdAt = ctx.clock();
  const report = await buildReport(ctx.db, accountId, subject, createdAt);
  const id = randomUUID();
  await inTransaction(ctx, async (tx) => {
    await tx.lastAccessedJob.create({
      data: {
        id,
        accountId,
        arn,
        granularity,
        createdAt,
        completedAt: ctx.clock(),
        report: { report, entities: subject.entities } as unknown as Prisma.InputJsonObject,
      },
    });
    await recordAuditEvent(tx, ctx, {
      action: 'iam:GenerateServiceLastAccessedDetails',
      resource: arn,
      result: 'Success',
      details: { jobId: id, granularity },
    });
  });
  return id;
}

async function readJob(ctx: ServiceContext, jobId: string, action: string): Promise<LastAccessedJob> {
  await authorize(ctx, action, '*');
  const row = await ctx.db.lastAccessedJob.findFirst({
    where: { id: jobId, accountId: ctx.principal.accountId },
  });
  if (!row) throw new AppError('NoSuchEntity', `the last-accessed job \`${jobId}\` cannot be found`);
  const stored = row.report as unknown as { report: LastAccessedReport; entities: ReportEntity[] };
  return {
    jobId: row.id,
    granularity: row.granularity as Granularity,
    createdAt: row.createdAt,
    completedAt: row.completedAt,
    report: stored.report,
    entities: stored.entities,
  };
}

export function getLastAccessedJob({
  ctx,
  jobId,
}: {
  ctx: ServiceContext;
  jobId: string;
}): Promise<LastAccessedJob> {
  return readJob(ctx, jobId, 'iam:GetServiceLastAccessedDetails');
}

export function getLastAccessedJobWithEntities({
  ctx,
  jobId,
}: {
  ctx: ServiceContext;
  jobId: string;
}): Promise<LastAccessedJob> {
  return readJob(ctx, jobId, 'iam:GetServiceLastAccessedDetailsWithEntities');
}
