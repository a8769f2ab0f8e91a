// IAM's Access Advisor actions: GenerateServiceLastAccessedDetails (the job completes at once),
// GetServiceLastAccessedDetails and GetServiceLastAccessedDetailsWithEntities, in pages.
import type { AccessingEntity, ServiceAccess } from '@gatehouse/contracts/last-accessed';
import { AppError } from '../../errors/app-error.js';
import {
  generateLastAccessedJob,
  getLastAccessedJob,
  getLastAccessedJobWithEntities,
  type Granularity,
  type LastAccessedJob,
} from '../../services/last-accessed/last-accessed-jobs.js';
import type { AwsActionTable, AwsInput } from '../action-table.js';

const date = (iso: string | null) => (iso === null ? undefined : new Date(iso));

/** Marker = the index of the next item (the job's snapshot does not move). */
function page<T>(items: T[], input: AwsInput): { items: T[]; IsTruncated: boolean; Marker?: string } {
  const limit = typeof input.MaxItems === 'number' ? input.MaxItems : 100;
  let start = 0;
  if (typeof input.Marker === 'string') {
    start = /^\d{1,9}$/.test(input.Marker) ? Number(input.Marker) : -1;
    if (start < 0 || start > items.length) throw new AppError('InvalidInput', 'Invalid Marker.');
  }
  const end = start + limit;
  return end < items.length
    ? { items: items.slice(start, end), IsTruncated: true, Marker: String(end) }
    : { items: items.slice(start), IsTruncated: false };
}

function serviceShape(s: ServiceAccess, granularity: Granularity): Record<string, unknown> {
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

/** Every entity with access to the service: those that used it first (newest first), then the others. */
function entitiesFor(job: LastAccessedJob, namespace: string): AccessingEntity[] {
  const service = job.report.services.find((s) => s.serviceNamespace === namespace.toLowerCase());
  // A service the permissions do not allow has no entity with access to it.
  if (!service) return [];
  const used = service.entities;
  const seen = new Set(used.map((e) => e.id));
  const rest = job.entities
    .filter((e) => !seen.has(e.id))
    .map((e) => ({ ...e, lastAuthenticated: null, sessionArn: null, sourceIdentity: null }));
  return [...used, ...rest];
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
    const { items, ...rest } = page(job.report.services, input);
    return {
      ...jobHeader(job),
      JobType: job.granularity,
      ServicesLastAccessed: items.map((s) => serviceShape(s, job.granularity)),
      ...rest,
    };
  },
  GetServiceLastAccessedDetailsWithEntities: async (ctx, input) => {
    const job = await getLastAccessedJobWithEntities({ ctx, jobId: input.JobId });
    const { items, ...rest } = page(entitiesFor(job, input.ServiceNamespace), input);
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
