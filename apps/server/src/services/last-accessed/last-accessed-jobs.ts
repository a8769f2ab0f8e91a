// GenerateServiceLastAccessedDetails and its readers. The report is computed when the job is
// created (Gatehouse has no queue to wait for), stored with the job, and served in pages by
// the Get calls, so every page of one job reads the same snapshot.
//
// What a job stores (its `report` column) is compact, because a group of 5,000 members who all
// used ten services would otherwise be 50,000 entity rows (10 MB of JSON) that every Get reads
// back and parses: each entity once, and per granted service the uses as indexes into that list
// with the time; PostgreSQL cuts out the page a Get asks for, so a Get parses only that page.
//   { v: 2,
//     report: LastAccessedReport whose services have no `entities`,
//     entities: [[id, name, path, "USER" | "ROLE"], …]   (every user and role whose use counts),
//     uses: { <namespace>: [[entity index, epoch ms, sessionArn, sourceIdentity], …] newest first,
//             for every granted service ([] when none used it) } }
// Jobs written before (no `v`: `{ report, entities }` with full entity rows per service) are
// still read, in full, until they expire.
import { randomUUID } from 'node:crypto';
import { authorize } from '../../authz/authorize.js';
import { recordAuditEvent } from '../../audit/record-audit-event.js';
import { inTransaction } from '../../db/in-transaction.js';
import { AppError } from '../../errors/app-error.js';
import { roleArn, userArn } from '../../model/arns.js';
import type { AccessingEntity, LastAccessedReport, ServiceAccess } from '@gatehouse/contracts/last-accessed';
import type { ServiceContext } from '../service-context.js';
import { buildJobReport } from './build-report.js';
import { flushLocalAccess } from './get-last-accessed.js';
import { loadReportSubject, parseEntityArn, type ReportEntity } from './report-subject.js';

export type Granularity = 'SERVICE_LEVEL' | 'ACTION_LEVEL';

export interface LastAccessedJob {
  jobId: string;
  granularity: Granularity;
  createdAt: Date;
  completedAt: Date;
}

/** A service of a job's report; its entities are read a page at a time (getLastAccessedJobEntities). */
export type JobService = Omit<ServiceAccess, 'entities'>;

/** A stored entity: [id, name, path, type]. */
type StoredEntity = [string, string, string, 'USER' | 'ROLE'];
/** A stored use: [entity index, epoch ms, sessionArn, sourceIdentity]. */
type StoredUse = [number, number, string | null, string | null];

/** The format written by jobs before the compact one, still read until they expire. */
interface LegacyStored {
  report: LastAccessedReport;
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
  const { report, uses } = await buildJobReport(ctx.db, accountId, subject, createdAt);
  const stored = {
    ...report,
    services: report.services.map(({ entities: _entities, ...service }) => service),
  };
  const entities = subject.entities.map((e): StoredEntity => [e.id, e.name, e.path, e.type]);
  // The uses are JSON text from PostgreSQL, placed as they are rather than parsed and re-encoded.
  const usesText = [...uses].map(([service, list]) => `${JSON.stringify(service)}:${list}`).join(',');
  const text = `{"v":2,"report":${JSON.stringify(stored)},"entities":${JSON.stringify(entities)},"uses":{${usesText}}}`;
  const id = randomUUID();
  const completedAt = ctx.clock();
  await inTransaction(ctx, async (tx) => {
    await tx.$executeRaw`
      INSERT INTO "LastAccessedJob" ("id", "accountId", "arn", "granularity", "createdAt", "completedAt", "report")
      VALUES (${id}, ${accountId}, ${arn}, ${granularity}, ${createdAt.toISOString()}::timestamptz,
        ${completedAt.toISOString()}::timestamptz, ${text}::jsonb)`;
    await recordAuditEvent(tx, ctx, {
      action: 'iam:GenerateServiceLastAccessedDetails',
      resource: arn,
      result: 'Success',
      details: { jobId: id, granularity },
    });
  });
  return id;
}

interface HeaderRow {
  id: string;
  granularity: string;
  createdAt: Date;
  completedAt: Date;
  compact: boolean;
  /** Entities with access to the asked service (0 when the report does not list it). */
  total: number;
}

/** The job, without its report; NoSuchEntity when the caller's account has no such job. */
async function readHeader(
  ctx: ServiceContext,
  jobId: string,
  action: string,
  namespace = '',
): Promise<HeaderRow> {
  await authorize(ctx, action, '*');
  const [row] = await ctx.db.$queryRaw<HeaderRow[]>`
    SELECT "id", "granularity", "createdAt", "completedAt", ("report"->'v') IS NOT NULL AS "compact",
      CASE WHEN "report"->'uses'->${namespace}::text IS NOT NULL
        THEN jsonb_array_length("report"->'entities') ELSE 0 END::int AS "total"
    FROM "LastAccessedJob"
    WHERE "id" = ${jobId} AND "accountId" = ${ctx.principal.accountId}`;
  if (!row) throw new AppError('NoSuchEntity', `the last-accessed job \`${jobId}\` cannot be found`);
  return row;
}

const header = (row: HeaderRow): LastAccessedJob => ({
  jobId: row.id,
  granularity: row.granularity as Granularity,
  createdAt: row.createdAt,
  completedAt: row.completedAt,
});

/** The job with its report's services (in the report's order), without their entities. */
export async function getLastAccessedJob({
  ctx,
  jobId,
}: {
  ctx: ServiceContext;
  jobId: string;
}): Promise<LastAccessedJob & { services: JobService[] }> {
  const row = await readHeader(ctx, jobId, 'iam:GetServiceLastAccessedDetails');
  // Cut in PostgreSQL: a legacy job's services carry every entity row.
  const [read] = await ctx.db.$queryRaw<{ services: JobService[] | null }[]>`
    SELECT jsonb_agg(s."value" - 'entities' ORDER BY s."ordinality") AS "services"
    FROM "LastAccessedJob" j, jsonb_array_elements(j."report"->'report'->'services') WITH ORDINALITY s
    WHERE j."id" = ${row.id} AND j."accountId" = ${ctx.principal.accountId}`;
  return { ...header(row), services: read?.services ?? [] };
}

/**
 * The job and one page of the entities with access to a service (`namespace`, any case): those
 * that used it first (newest first), then the others in the report's order; `total` counts
 * them all (0 for a service the permissions do not allow).
 */
export async function getLastAccessedJobEntities({
  ctx,
  jobId,
  namespace,
  start,
  limit,
}: {
  ctx: ServiceContext;
  jobId: string;
  namespace: string;
  start: number;
  limit: number;
}): Promise<LastAccessedJob & { total: number; entities: AccessingEntity[] }> {
  const ns = namespace.toLowerCase();
  const row = await readHeader(ctx, jobId, 'iam:GetServiceLastAccessedDetailsWithEntities', ns);
  const accountId = ctx.principal.accountId;
  if (!row.compact) {
    const all = await legacyEntities(ctx, row.id, ns);
    return { ...header(row), total: all.length, entities: all.slice(start, start + limit) };
  }
  if (row.total === 0 || start >= row.total) return { ...header(row), total: row.total, entities: [] };
  // Position p of the list: the p-th use while p < (number of uses), then the entities without
  // one, in order.
  const page = await ctx.db.$queryRaw<{ entity: StoredEntity; use: StoredUse | null }[]>`
    WITH "job" AS MATERIALIZED (
      SELECT "report"->'entities' AS "entities", "report"->'uses'->${ns}::text AS "uses"
      FROM "LastAccessedJob" WHERE "id" = ${row.id} AND "accountId" = ${accountId}
    ),
    "used" AS MATERIALIZED (
      SELECT (u."value"->>0)::int AS "idx", u."value" AS "use", u."ordinality" - 1 AS "pos"
      FROM "job", jsonb_array_elements("job"."uses") WITH ORDINALITY u
    ),
    "rest" AS (
      SELECT g."idx", (SELECT count(*) FROM "used") + row_number() OVER (ORDER BY g."idx") - 1 AS "pos"
      FROM "job", generate_series(0, jsonb_array_length("job"."entities") - 1) g("idx")
      WHERE NOT EXISTS (SELECT 1 FROM "used" WHERE "used"."idx" = g."idx")
    ),
    "page" AS (
      SELECT "idx", "use", "pos" FROM "used" WHERE "pos" >= ${start}::int AND "pos" < ${start + limit}::int
      UNION ALL
      SELECT "idx", NULL, "pos" FROM "rest" WHERE "pos" >= ${start}::int AND "pos" < ${start + limit}::int
    )
    SELECT "job"."entities"->p."idx" AS "entity", p."use"
    FROM "page" p, "job"
    ORDER BY p."pos"`;
  const entities = page.map(({ entity: [id, name, path, type], use }) => ({
    arn: type === 'ROLE' ? roleArn(accountId, path, name) : userArn(accountId, path, name),
    name,
    type,
    id,
    path,
    lastAuthenticated: use ? new Date(use[1]).toISOString() : null,
    sessionArn: use?.[2] ?? null,
    sourceIdentity: use?.[3] ?? null,
  }));
  return { ...header(row), total: row.total, entities };
}

/** Every entity with access to the service, from a job in the former format (read in full). */
async function legacyEntities(ctx: ServiceContext, jobId: string, ns: string): Promise<AccessingEntity[]> {
  const job = await ctx.db.lastAccessedJob.findFirst({
    where: { id: jobId, accountId: ctx.principal.accountId },
    select: { report: true },
  });
  const stored = job?.report as unknown as LegacyStored | undefined;
  const service = stored?.report.services.find((s) => s.serviceNamespace === ns);
  // A service the permissions do not allow has no entity with access to it.
  if (!stored || !service) return [];
  const seen = new Set(service.entities.map((e) => e.id));
  const rest = stored.entities
    .filter((e) => !seen.has(e.id))
    .map((e) => ({ ...e, lastAuthenticated: null, sessionArn: null, sourceIdentity: null }));
  return [...service.entities, ...rest];
}
