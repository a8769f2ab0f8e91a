import type { PolicyUsage } from '@gatehouse/contracts/iam/policies';
import type { DbOrTx } from '../../../db/client.js';
import type { ServiceContext } from '../../service-context.js';
import { badCursor, decodeCursor, toPage } from '../common/cursor.js';
import { escapeLike } from '../common/like-pattern.js';
import { authorizeOnPolicy } from '../common/policy-target.js';
import { arnOfGroup, arnOfRole, arnOfUser } from '../common/targets.js';

export interface PolicyEntityFacts {
  entityType: 'user' | 'group' | 'role';
  name: string;
  nameLower: string;
  id: string;
  arn: string;
  usage: PolicyUsage;
}

/** Which entities of the account to read, and from which name on. */
interface SourceFilter {
  policyId: string;
  accountId: string;
  /** Entities whose path starts with this (`/app/`). */
  pathPrefix?: string;
}

interface Source {
  entityType: PolicyEntityFacts['entityType'];
  usage: PolicyUsage;
  fetch(
    db: DbOrTx,
    filter: SourceFilter,
    after: string | undefined,
    take: number,
  ): Promise<PolicyEntityFacts[]>;
}

/** The entity-side condition: names after the cursor's, paths under the prefix. */
function entityWhere(filter: SourceFilter, after: string | undefined) {
  return {
    ...(after === undefined ? {} : { nameLower: { gt: after } }),
    // Prisma's startsWith is LIKE without escaping: `_` and `%` in a path must stay literal.
    ...(filter.pathPrefix && filter.pathPrefix !== '/'
      ? { path: { startsWith: escapeLike(filter.pathPrefix) } }
      : {}),
  };
}
const byName = { orderBy: { nameLower: 'asc' } } as const;
const ids = (f: SourceFilter) => ({ policyId: f.policyId, accountId: f.accountId });
const boundaryIds = (f: SourceFilter) => ({ permissionsBoundaryId: f.policyId, accountId: f.accountId });

function entity(
  entityType: PolicyEntityFacts['entityType'],
  usage: PolicyUsage,
  row: { id: string; accountId: string; path: string; name: string; nameLower: string },
  arnOf: (r: typeof row) => string,
): PolicyEntityFacts {
  return { entityType, usage, name: row.name, nameLower: row.nameLower, id: row.id, arn: arnOf(row) };
}

// Attachments are read from the attachment side (indexed by policy), so the cost follows the
// policy's attachments, not the account's size; boundary users and roles by their indexed column.
const SOURCES: Source[] = [
  {
    entityType: 'user',
    usage: 'PermissionsPolicy',
    fetch: async (db, filter, after, take) =>
      (
        await db.policyAttachment.findMany({
          where: { ...ids(filter), userId: { not: null }, user: entityWhere(filter, after) },
          include: { user: true },
          orderBy: { user: { nameLower: 'asc' } },
          take,
        })
      ).flatMap((a) => (a.user ? [entity('user', 'PermissionsPolicy', a.user, arnOfUser)] : [])),
  },
  {
    entityType: 'group',
    usage: 'PermissionsPolicy',
    fetch: async (db, filter, after, take) =>
      (
        await db.policyAttachment.findMany({
          where: { ...ids(filter), groupId: { not: null }, group: entityWhere(filter, after) },
          include: { group: true },
          orderBy: { group: { nameLower: 'asc' } },
          take,
        })
      ).flatMap((a) => (a.group ? [entity('group', 'PermissionsPolicy', a.group, arnOfGroup)] : [])),
  },
  {
    entityType: 'role',
    usage: 'PermissionsPolicy',
    fetch: async (db, filter, after, take) =>
      (
        await db.policyAttachment.findMany({
          where: { ...ids(filter), roleId: { not: null }, role: entityWhere(filter, after) },
          include: { role: true },
          orderBy: { role: { nameLower: 'asc' } },
          take,
        })
      ).flatMap((a) => (a.role ? [entity('role', 'PermissionsPolicy', a.role, arnOfRole)] : [])),
  },
  {
    entityType: 'user',
    usage: 'PermissionsBoundary',
    fetch: async (db, filter, after, take) =>
      (
        await db.user.findMany({
          where: { ...boundaryIds(filter), ...entityWhere(filter, after) },
          ...byName,
          take,
        })
      ).map((u) => entity('user', 'PermissionsBoundary', u, arnOfUser)),
  },
  {
    entityType: 'role',
    usage: 'PermissionsBoundary',
    fetch: async (db, filter, after, take) =>
      (
        await db.role.findMany({
          where: { ...boundaryIds(filter), ...entityWhere(filter, after) },
          ...byName,
          take,
        })
      ).map((r) => entity('role', 'PermissionsBoundary', r, arnOfRole)),
  },
];

/**
 * iam:ListEntitiesForPolicy — the users, groups and roles the policy is attached to
 * (`PermissionsPolicy`) and those that use it as their boundary (`PermissionsBoundary`).
 * Only the caller's account's entities: an AWS managed policy is shared, its users are not.
 * `entityTypes` and `pathPrefix` narrow the list (AWS's EntityFilter and PathPrefix).
 * Keyset pages across the five sources: the cursor is (source, name).
 */
export async function listEntitiesForPolicy(options: {
  ctx: ServiceContext;
  policyArn: string;
  usage?: PolicyUsage;
  entityTypes?: PolicyEntityFacts['entityType'][];
  pathPrefix?: string;
  limit?: number;
  cursor?: string;
}): Promise<{ items: PolicyEntityFacts[]; nextCursor?: string }> {
  const { ctx } = options;
  const policy = await authorizeOnPolicy(ctx, options.policyArn, 'iam:ListEntitiesForPolicy');
  const limit = options.limit ?? 50;
  const sort = `policy-entities:${options.usage ?? 'all'}`;
  const [fromSource, afterName] = decodeCursor(options.cursor, sort, 2) ?? [];
  const start = fromSource == null ? 0 : Number(fromSource);
  if (!Number.isInteger(start) || start < 0 || start >= SOURCES.length) throw badCursor();
  const found: (PolicyEntityFacts & { source: number })[] = [];
  for (let i = start; i < SOURCES.length && found.length <= limit; i++) {
    const source = SOURCES[i]!;
    if (options.usage && source.usage !== options.usage) continue;
    if (options.entityTypes && !options.entityTypes.includes(source.entityType)) continue;
    const after = i === start && afterName != null ? afterName : undefined;
    const filter = {
      policyId: policy.id,
      accountId: ctx.principal.accountId,
      pathPrefix: options.pathPrefix,
    };
    const rows = await source.fetch(ctx.db, filter, after, limit + 1 - found.length);
    found.push(...rows.map((r) => ({ ...r, source: i })));
  }
  return toPage(found, limit, sort, (e) => [String(e.source), e.nameLower]);
}
