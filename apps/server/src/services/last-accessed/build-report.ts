// Joins what a subject's policies grant with what its users and roles did: one row per granted
// service (sorted by name), with the latest use, who made it and how many entities used it,
// and for iam, sts and organizations every granted action with its own latest use.
import type { Db } from '../../db/client.js';
import { Prisma } from '../../db/generated/client.js';
import {
  TRACKING_PERIOD_DAYS,
  type AccessingEntity,
  type GrantingPolicy,
  type LastAccessedReport,
  type ServiceAccess,
} from '@gatehouse/contracts/last-accessed';
import { ACTION_LEVEL_SERVICES } from './access-recorder.js';
import { grantedActions, grantedServices, mergeGrants, type Grants } from './granted-services.js';
import type { ReportEntity, ReportSubject } from './report-subject.js';
import { catalogServices } from './service-catalog.js';

const DAY_MS = 86_400_000;
/** IAM, STS and Organizations are global: AWS reports their use in us-east-1. */
const REGION = 'us-east-1';

/** The entities a console report lists per service (newest first); the count stays exact. */
export const CONSOLE_ENTITIES_PER_SERVICE = 100;

/** One service's (or one action's) newest use among the subject's entities, with how many used it. */
interface UseRow {
  service: string;
  action: string;
  entityId: string;
  entityArn: string;
  lastAccessed: Date;
  sessionArn: string | null;
  sourceIdentity: string | null;
  /** Entities that used the service (service rows only). */
  total: bigint;
  /** 1 for the newest use of the service or action, 2 for the next… */
  rank: bigint;
  /**
   * With `lists`, on the newest row of each used service: every entity's use of it, newest
   * first, as JSON text `[[index in entityIds, epoch ms, sessionArn, sourceIdentity], …]`.
   */
  list?: string | null;
}

/**
 * The uses a report needs, aggregated by PostgreSQL rather than read row by row: per service
 * the newest `perService` entities' uses (the first also the service's last use) and how many
 * entities used it, and per tracked action its newest use. A 5,000-member group's 75,000 notes
 * come back as a few thousand rows at most. With `lists`, the newest row of each service also
 * carries every entity's use of it as one JSON text (see UseRow.list), read in the same
 * statement (so the same snapshot) and never parsed here: a job stores it as it comes.
 */
async function readUses(
  db: Db,
  accountId: string,
  entityIds: string[],
  services: string[],
  since: Date,
  perService: number,
  lists = false,
): Promise<UseRow[]> {
  if (entityIds.length === 0 || services.length === 0) return [];
  const ids = JSON.stringify(entityIds);
  const namespaces = JSON.stringify(services);
  const tracked = JSON.stringify(services.filter((s) => ACTION_LEVEL_SERVICES.has(s)));
  const uses = Prisma.sql`
      SELECT "service", "action", "entityId", "entityArn", "lastAccessed", "sessionArn", "sourceIdentity",
        count(*) OVER (PARTITION BY "service", lower("action")) AS "total",
        row_number() OVER (PARTITION BY "service", lower("action")
          ORDER BY "lastAccessed" DESC, "entityId") AS "rank"
      FROM "ServiceLastAccess"
      WHERE "accountId" = ${accountId}
        AND "entityId" IN (SELECT jsonb_array_elements_text(${ids}::jsonb))
        AND "lastAccessed" >= ${since}
        AND (("action" = '' AND "service" IN (SELECT jsonb_array_elements_text(${namespaces}::jsonb)))
          OR ("action" <> '' AND "service" IN (SELECT jsonb_array_elements_text(${tracked}::jsonb))))`;
  if (!lists) {
    return db.$queryRaw<UseRow[]>`
      WITH "uses" AS (${uses})
      SELECT * FROM "uses"
      WHERE "rank" <= CASE WHEN "action" = '' THEN ${perService} ELSE 1 END
      ORDER BY "service", "action", "rank"`;
  }
  return db.$queryRaw<UseRow[]>`
    WITH "uses" AS MATERIALIZED (${uses}),
    "ids" AS (
      SELECT "value" AS "id", "ordinality" - 1 AS "idx"
      FROM jsonb_array_elements_text(${ids}::jsonb) WITH ORDINALITY
    ),
    "lists" AS (
      SELECT u."service",
        json_agg(json_build_array(i."idx", (extract(epoch FROM u."lastAccessed") * 1000)::bigint,
          u."sessionArn", u."sourceIdentity") ORDER BY u."rank")::text AS "list"
      FROM "uses" u JOIN "ids" i ON i."id" = u."entityId"
      WHERE u."action" = ''
      GROUP BY u."service"
    )
    SELECT u.*, l."list" FROM "uses" u
    LEFT JOIN "lists" l ON u."action" = '' AND u."rank" = 1 AND l."service" = u."service"
    WHERE u."rank" <= CASE WHEN u."action" = '' THEN ${perService} ELSE 1 END
    ORDER BY u."service", u."action", u."rank"`;
}

function entityRow(entity: ReportEntity, row: UseRow | undefined): AccessingEntity {
  return {
    arn: entity.arn,
    name: entity.name,
    type: entity.type,
    id: entity.id,
    path: entity.path,
    lastAuthenticated: row?.lastAccessed.toISOString() ?? null,
    sessionArn: row?.sessionArn ?? null,
    sourceIdentity: row?.sourceIdentity ?? null,
  };
}

export interface BuildReportOptions {
  /**
   * How many entities each service lists, newest first (default: every one): the console's
   * report shows only counts and the last user, so it keeps CONSOLE_ENTITIES_PER_SERVICE; a job
   * keeps every one, compactly (buildJobReport).
   */
  entitiesPerService?: number;
}

export function buildReport(
  db: Db,
  accountId: string,
  subject: ReportSubject,
  now: Date,
  options: BuildReportOptions = {},
): Promise<LastAccessedReport> {
  return assemble(db, accountId, subject, now, options.entitiesPerService ?? subject.entities.length).then(
    ({ report }) => report,
  );
}

/** A job's report, without entity rows, and per granted service its uses (UseRow.list, "[]" for none). */
export interface JobReport {
  report: LastAccessedReport;
  uses: Map<string, string>;
}

/**
 * The report a GenerateServiceLastAccessedDetails job stores: each service without its entities
 * (`entities` is empty), which come instead as `uses`, one compact JSON text per granted service
 * (every entity's use, newest first, by its index in `subject.entities`), from the same read.
 */
export function buildJobReport(
  db: Db,
  accountId: string,
  subject: ReportSubject,
  now: Date,
): Promise<JobReport> {
  return assemble(db, accountId, subject, now, 0, true);
}

async function assemble(
  db: Db,
  accountId: string,
  subject: ReportSubject,
  now: Date,
  perService: number,
  lists = false,
): Promise<JobReport> {
  const grants: Grants = new Map();
  const grantedBy = new Map<string, GrantingPolicy[]>();
  for (const { document, ...policy } of subject.policies) {
    const own = await grantedServices(document);
    mergeGrants(grants, own);
    for (const service of own.keys()) grantedBy.set(service, [...(grantedBy.get(service) ?? []), policy]);
  }
  const rows = await readUses(
    db,
    accountId,
    subject.entities.map((e) => e.id),
    [...grants.keys()],
    new Date(now.getTime() - TRACKING_PERIOD_DAYS * DAY_MS),
    // The newest use of each service stays: it is the service's last use.
    Math.max(perService, 1),
    lists,
  );
  // Service rows (newest first) by service; the newest row of each tracked action by its name.
  const byService = new Map<string, UseRow[]>();
  const byAction = new Map<string, UseRow>();
  for (const r of rows) {
    if (r.action === '') {
      const list = byService.get(r.service) ?? [];
      list.push(r);
      byService.set(r.service, list);
    } else if (r.rank === 1n) byAction.set(`${r.service}:${r.action.toLowerCase()}`, r);
  }
  const entityById = new Map(subject.entities.map((e) => [e.id, e]));
  const names = new Map((await catalogServices()).map((s) => [s.prefix, s.name]));
  const services: ServiceAccess[] = [];
  const uses = new Map<string, string>();
  for (const [service, actions] of grants) {
    const serviceRows = byService.get(service) ?? [];
    if (lists) uses.set(service, serviceRows[0]?.list ?? '[]');
    const last = serviceRows[0];
    const entry: ServiceAccess = {
      serviceName: names.get(service) ?? service,
      serviceNamespace: service,
      lastAuthenticated: last?.lastAccessed.toISOString() ?? null,
      lastAuthenticatedEntity: last?.entityArn ?? null,
      lastAuthenticatedRegion: last ? REGION : null,
      lastSessionArn: last?.sessionArn ?? null,
      lastSourceIdentity: last?.sourceIdentity ?? null,
      totalAuthenticatedEntities: last ? Number(last.total) : 0,
      policies: grantedBy.get(service) ?? [],
      entities: serviceRows
        .slice(0, perService)
        .flatMap((r) => (entityById.has(r.entityId) ? [entityRow(entityById.get(r.entityId)!, r)] : [])),
    };
    if (ACTION_LEVEL_SERVICES.has(service)) {
      entry.trackedActions = (await grantedActions(actions, service)).map((actionName) => {
        const hit = byAction.get(`${service}:${actionName.toLowerCase()}`);
        return {
          actionName,
          lastAccessedTime: hit?.lastAccessed.toISOString() ?? null,
          lastAccessedEntity: hit?.entityArn ?? null,
          lastAccessedRegion: hit ? REGION : null,
        };
      });
    }
    services.push(entry);
  }
  services.sort(
    (a, b) =>
      a.serviceName.localeCompare(b.serviceName) || a.serviceNamespace.localeCompare(b.serviceNamespace),
  );
  const report: LastAccessedReport = {
    arn: subject.arn,
    entityType: subject.type,
    generatedAt: now.toISOString(),
    trackingPeriodDays: TRACKING_PERIOD_DAYS,
    services,
  };
  return { report, uses };
}
