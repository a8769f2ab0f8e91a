// IAM's Access Advisor actions: GenerateServiceLastAccessedDetails (the job completes at once),
// GetServiceLastAccessedDetails and GetServiceLastAccessedDetailsWithEntities, in pages.
import { AppError } from '../../errors/app-error.js';
import {
  generateLastAccessedJob,
  getLastAccessedJob,
  getLastAccessedJobEntities,
  type Granularity,
  type JobService,
  type LastAccessedJob,
} from '../../services/last-accessed/last-accessed-jobs.js';
import type { AwsActionTable, AwsInput } from '../action-table.js';

const date = (iso: string | null) => (iso === null ? undefined : new Date(iso));

/** Where a page starts and how long it is: Marker = the index of the next item (the job's snapshot does not move). */
function pageBounds(input: AwsInput): { start: number; limit: number } {
  const limit = typeof input.MaxItems === 'number' ? input.MaxItems : 100;
  let start = 0;
  if (typeof input.Marker === 'string') start = /^\d{1,9}$/.test(input.Marker) ? Number(input.Marker) : -1;
  return { start, limit };
}

/** The page of `total` items from `start` whose items are `items`; InvalidInput for a Marker past the end. */
function page<T>(
  items: T[],
  total: number,
  { start, limit }: { start: number; limit: number },
): { items: T[]; IsTruncated: boolean; Marker?: string } {
  if (start < 0 || start > total) throw new AppError('InvalidInput', 'Invalid Marker.');
  const end = start + limit;
  return end < total ? { items, IsTruncated: true, Marker: String(end) } : { items, IsTruncated: false };
}

function serviceShape(s: JobService, granularity: Granularity): Record<string, unknown> {
  return {
    ServiceName: s.serviceName,
    ServiceNamespace: s.serviceNamespace,
    LastAuthenticated: date(s.lastAuthenticated),
    LastAuthenticatedEntity: s.lastAuthenticatedEntity ?? undefined,
    LastAuthenticatedRegion: s.lastAuthenticatedRegion ?? undefined,
    TotalAuthenticatedEntities: s.totalAuthenticatedEntities,
    TrackedActionsLastAccessed:
      granularity === 'ACTION_LEVEL' && s.trackedActions
        ? s.trackedActions.map((a) => ({
            ActionName: a.actionName,
            LastAccessedEntity: a.lastAccessedEntity ?? undefined,
            LastAccessedTime: date(a.lastAccessedTime),
            LastAccessedRegion: a.lastAccessedRegion ?? undefined,
          }))
        : undefined,
  };
}

function jobHeader(job: LastAccessedJob) {
  return { JobStatus: 'COMPLETED', JobCreationDate: job.createdAt, JobCompletionDate: job.completedAt };
}

export const lastAccessedActions: AwsActionTable = {
  GenerateServiceLastAccessedDetails: async (ctx, input) => ({
    JobId: await generateLastAccessedJob({
      ctx,
      arn: input.Arn,
      granularity: input.Granularity === 'ACTION_LEVEL' ? 'ACTION_LEVEL' : 'SERVICE_LEVEL',
    }),
  }),
  GetServiceLastAccessedDetails: async (ctx, input) => {
    const job = await getLastAccessedJob({ ctx, jobId: input.JobId });
    const bounds = pageBounds(input);
    const { items, ...rest } = page(
      job.services.slice(Math.max(bounds.start, 0), bounds.start + bounds.limit),
      job.services.length,
      bounds,
    );
    return {
      ...jobHeader(job),
      JobType: job.granularity,
      ServicesLastAccessed: items.map((s) => serviceShape(s, job.granularity)),
      ...rest,
    };
  },
  GetServiceLastAccessedDetailsWithEntities: async (ctx, input) => {
    const bounds = pageBounds(input);
    // Every entity with access to the service: those that used it first (newest first), then the others.
    const job = await getLastAccessedJobEntities({
      ctx,
      jobId: input.JobId,
      namespace: input.ServiceNamespace,
      start: Math.max(bounds.start, 0),
      limit: bounds.limit,
    });
    const { items, ...rest } = page(job.entities, job.total, bounds);
    return {
      ...jobHeader(job),
      EntityDetailsList: items.map((e) => ({
        EntityInfo: { Arn: e.arn, Name: e.name, Type: e.type, Id: e.id, Path: e.path },
        LastAuthenticated: date(e.lastAuthenticated),
      })),
      ...rest,
    };
  },
};
