// Unused permissions: for each user and role older than the window, the services its policies
// grant that it did not use in the window and, for IAM, STS and Organizations (tracked per
// action), the granted actions it did not use — from Access Advisor's last-accessed data.
// An entity younger than the window has had no chance to use them yet; an unused role is
// reported as such (UnusedIAMRole), not again for its permissions.
//
// The entities come a batch at a time, and so do their findings: what their policies grant is
// worked out once per distinct set of policies (PolicySets), what they used in one aggregate
// query per batch, so neither a last-accessed report per entity nor every finding of a 5,000
// user account is ever held at once.
import { TRACKING_PERIOD_DAYS } from '@gatehouse/contracts/last-accessed';
import type { Db } from '../../../db/client.js';
import { roleArn, userArn } from '../../../model/arns.js';
import { slicer } from '../batches.js';
import { findingKey, type ComputedFinding, type UnusedService } from '../finding-types.js';
import { PolicySets, type GrantedList } from './policy-sets.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Entities per batch: each one's finding may list ~300 services (~10 KB). */
const ENTITY_BATCH = 100;

interface Entity {
  id: string;
  path: string;
  name: string;
}

interface UseRow {
  entityId: string;
  service: string;
  /** Lower-cased ('' for the service itself). */
  action: string;
  lastAccessed: Date;
}

/** Each entity's latest use of each service and tracked action in the tracking period: one query. */
async function readLastUses(
  db: Db,
  accountId: string,
  ids: string[],
  since: Date,
): Promise<Map<string, Map<string, Date>>> {
  const out = new Map<string, Map<string, Date>>();
  if (ids.length === 0) return out;
  const rows = await db.$queryRaw<UseRow[]>`
    SELECT "entityId", "service", lower("action") AS "action", max("lastAccessed") AS "lastAccessed"
    FROM "ServiceLastAccess"
    WHERE "accountId" = ${accountId}
      AND "entityId" IN (SELECT jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))
      AND "lastAccessed" >= ${since}
    GROUP BY "entityId", "service", lower("action")`;
  for (const r of rows) {
    const uses = out.get(r.entityId) ?? new Map<string, Date>();
    uses.set(`${r.service}:${r.action}`, r.lastAccessed);
    out.set(r.entityId, uses);
  }
  return out;
}

/** The granted services (or tracked actions) not used since `cutoff`, sorted by namespace. */
export function unusedServices(
  granted: GrantedList,
  uses: ReadonlyMap<string, Date> | undefined,
  cutoff: Date,
): UnusedService[] {
  const recent = (time: Date | undefined) => time !== undefined && time >= cutoff;
  const unused: UnusedService[] = [];
  for (const { serviceNamespace, actions } of granted) {
    const last = uses?.get(`${serviceNamespace}:`);
    if (!recent(last)) {
      unused.push({ serviceNamespace, ...(last ? { lastAccessed: last.toISOString() } : {}) });
      continue;
    }
    const idle = (actions ?? []).filter((a) => !recent(uses?.get(`${serviceNamespace}:${a.toLowerCase()}`)));
    if (idle.length > 0) unused.push({ serviceNamespace, actions: idle });
  }
  return unused;
}

/**
 * The UnusedPermission findings of the account, yielded a batch (of up to ENTITY_BATCH entities) at a
 * time; `sets` (optional) lets a test count the granted lists computed.
 */
export async function* findUnusedPermissions(
  db: Db,
  accountId: string,
  now: Date,
  unusedAccessAge: number,
  unusedRoles: ReadonlySet<string>,
  sets: PolicySets = new PolicySets(db, accountId),
): AsyncGenerator<ComputedFinding[]> {
  const cutoff = new Date(now.getTime() - unusedAccessAge * DAY_MS);
  const since = new Date(now.getTime() - TRACKING_PERIOD_DAYS * DAY_MS);
  const slice = slicer();
  const kinds = [
    {
      kind: 'user' as const,
      resourceType: 'AWS::IAM::User' as const,
      arnOf: (e: Entity) => userArn(accountId, e.path, e.name),
      read: (after: string | undefined) =>
        db.user.findMany({
          where: { accountId, createdAt: { lt: cutoff }, ...(after ? { id: { gt: after } } : {}) },
          select: { id: true, path: true, name: true },
          orderBy: { id: 'asc' },
          take: ENTITY_BATCH,
        }),
    },
    {
      kind: 'role' as const,
      resourceType: 'AWS::IAM::Role' as const,
      arnOf: (e: Entity) => roleArn(accountId, e.path, e.name),
      read: (after: string | undefined) =>
        db.role.findMany({
          where: {
            accountId,
            createdAt: { lt: cutoff },
            NOT: { path: { startsWith: '/aws-service-role/' } },
            ...(after ? { id: { gt: after } } : {}),
          },
          select: { id: true, path: true, name: true },
          orderBy: { id: 'asc' },
          take: ENTITY_BATCH,
        }),
    },
  ];
  for (const { kind, resourceType, arnOf, read } of kinds) {
    let after: string | undefined;
    for (;;) {
      const batch = await read(after);
      const entities = batch
        .map((e) => ({ ...e, arn: arnOf(e) }))
        .filter((e) => kind === 'user' || !unusedRoles.has(e.arn));
      const ids = entities.map((e) => e.id);
      const granted = await sets.grantsOf(kind, ids);
      const uses = await readLastUses(
        db,
        accountId,
        ids.filter((id) => granted.has(id)),
        since,
      );
      const out: ComputedFinding[] = [];
      for (const entity of entities) {
        await slice();
        const list = granted.get(entity.id);
        if (!list) continue;
        const unused = unusedServices(list, uses.get(entity.id), cutoff);
        if (unused.length === 0) continue;
        out.push({
          key: findingKey(['UnusedPermission', entity.arn]),
          findingType: 'UnusedPermission',
          resource: entity.arn,
          resourceType,
          details: { unusedServices: unused },
        });
      }
      if (out.length > 0) yield out;
      if (batch.length < ENTITY_BATCH) break;
      after = batch[batch.length - 1]!.id;
    }
  }
}
