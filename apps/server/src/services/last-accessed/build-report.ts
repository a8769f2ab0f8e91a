// Joins what a subject's policies grant with what its users and roles did: one row per granted
// service (sorted by name), with the latest use, who made it and how many entities used it,
// and for iam, sts and organizations every granted action with its own latest use.
import type { Db } from '../../db/client.js';
import type { ServiceLastAccess } from '../../db/generated/client.js';
import {
  TRACKING_PERIOD_DAYS,
  type AccessingEntity,
  type GrantingPolicy,
  type LastAccessedReport,
  type ServiceAccess,
} from '@gatehouse/contracts/last-accessed';
import { ACTION_LEVEL_SERVICES } from './access-recorder.js';
import { grantedActions, grantedServices, type Grants } from './granted-services.js';
import type { ReportEntity, ReportSubject } from './report-subject.js';
import { catalogServices } from './service-catalog.js';

const DAY_MS = 86_400_000;
/** IAM, STS and Organizations are global: AWS reports their use in us-east-1. */
const REGION = 'us-east-1';

const newest = (rows: ServiceLastAccess[]) =>
  rows.reduce<ServiceLastAccess | undefined>(
    (a, b) => (!a || b.lastAccessed > a.lastAccessed ? b : a),
    undefined,
  );

function mergeGrants(into: Grants, from: Grants): void {
  for (const [service, actions] of from) {
    const held = into.get(service);
    if (held === 'all') continue;
    if (actions === 'all') into.set(service, 'all');
    else into.set(service, new Set([...(held ?? []), ...actions]));
  }
}

function entityRow(entity: ReportEntity, row: ServiceLastAccess | undefined): AccessingEntity {
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

export async function buildReport(
  db: Db,
  accountId: string,
  subject: ReportSubject,
  now: Date,
): Promise<LastAccessedReport> {
  const grants: Grants = new Map();
  const grantedBy = new Map<string, GrantingPolicy[]>();
  for (const { document, ...policy } of subject.policies) {
    const own = await grantedServices(document);
    mergeGrants(grants, own);
    for (const service of own.keys()) grantedBy.set(service, [...(grantedBy.get(service) ?? []), policy]);
  }
  const rows = subject.entities.length
    ? await db.serviceLastAccess.findMany({
        where: {
          accountId,
          entityId: { in: subject.entities.map((e) => e.id) },
          service: { in: [...grants.keys()] },
          lastAccessed: { gte: new Date(now.getTime() - TRACKING_PERIOD_DAYS * DAY_MS) },
        },
      })
    : [];
  const entityById = new Map(subject.entities.map((e) => [e.id, e]));
  const names = new Map((await catalogServices()).map((s) => [s.prefix, s.name]));
  const services: ServiceAccess[] = [];
  for (const [service, actions] of grants) {
    const serviceRows = rows.filter((r) => r.service === service && r.action === '');
    const last = newest(serviceRows);
    const entry: ServiceAccess = {
      serviceName: names.get(service) ?? service,
      serviceNamespace: service,
      lastAuthenticated: last?.lastAccessed.toISOString() ?? null,
      lastAuthenticatedEntity: last?.entityArn ?? null,
      lastAuthenticatedRegion: last ? REGION : null,
      lastSessionArn: last?.sessionArn ?? null,
      lastSourceIdentity: last?.sourceIdentity ?? null,
      totalAuthenticatedEntities: new Set(serviceRows.map((r) => r.entityId)).size,
      policies: grantedBy.get(service) ?? [],
      entities: serviceRows
        .sort((a, b) => b.lastAccessed.getTime() - a.lastAccessed.getTime())
        .flatMap((r) => (entityById.has(r.entityId) ? [entityRow(entityById.get(r.entityId)!, r)] : [])),
    };
    if (ACTION_LEVEL_SERVICES.has(service)) {
      entry.trackedActions = (await grantedActions(actions, service)).map((actionName) => {
        const hit = newest(
          rows.filter((r) => r.service === service && r.action.toLowerCase() === actionName.toLowerCase()),
        );
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
  return {
    arn: subject.arn,
    entityType: subject.type,
    generatedAt: now.toISOString(),
    trackingPeriodDays: TRACKING_PERIOD_DAYS,
    services,
  };
}
