import { authorize } from '../../../authz/authorize.js';
import { IAM_NAME_PATTERN } from '@gatehouse/contracts/iam/fields';
import type { ListPoliciesQuery, PolicyUsage } from '@gatehouse/contracts/iam/policies';
import { Prisma } from '../../../db/generated/client.js';
import { policyArn } from '../../../model/arns.js';
import type { ServiceContext } from '../../service-context.js';
import { countByName } from '../common/count-by-name.js';
import { decodeCursor, encodeCursor } from '../common/cursor.js';
import { listIdsByName } from '../common/list-by-name.js';
import { listResourceArn } from '../common/list-resource-arn.js';
import { policyFactsFor, type PolicyFacts } from './policy-facts.js';

export const AWS_POLICIES_NOT_LOADED =
  'AWS managed policies could not be loaded in this deployment (see the server log): only customer managed policies are listed';

function scopeCondition(scope: ListPoliciesQuery['scope'], accountId: string): Prisma.Sql {
  if (scope === 'Local') return Prisma.sql`"accountId" = ${accountId}`;
  if (scope === 'AWS') return Prisma.sql`"scope" = 'AWS'`;
  return Prisma.sql`("accountId" = ${accountId} OR "scope" = 'AWS')`;
}

/** OnlyAttached: the account attaches the policy (PermissionsPolicy) or uses it as a boundary. */
export function usedCondition(accountId: string, usage: PolicyUsage | undefined): Prisma.Sql {
  const attached = Prisma.sql`EXISTS (SELECT 1 FROM "PolicyAttachment" a
    WHERE a."policyId" = "ManagedPolicy"."id" AND a."accountId" = ${accountId})`;
  const boundary = Prisma.sql`(EXISTS (SELECT 1 FROM "User" u
      WHERE u."permissionsBoundaryId" = "ManagedPolicy"."id" AND u."accountId" = ${accountId})
    OR EXISTS (SELECT 1 FROM "Role" r
      WHERE r."permissionsBoundaryId" = "ManagedPolicy"."id" AND r."accountId" = ${accountId}))`;
  if (usage === 'PermissionsPolicy') return attached;
  if (usage === 'PermissionsBoundary') return boundary;
  return Prisma.sql`(${attached} OR ${boundary})`;
}

/**
 * iam:ListPolicies (on the path prefix ARN, as ListUsers) — customer managed (`Local`), AWS
 * managed (`AWS`) or both, by name, keyset pages; `onlyAttached` keeps those the account uses;
 * a search that is a policy's exact name lists that policy first.
 * Counts are the caller's account's. If the AWS managed policies failed to load at start, a
 * scope that asks for them says so in `notice`. With `withTotal` (the console, whose list header
 * shows it as AWS's does), `total` is how many policies the filters match over every page: one
 * COUNT beside the page's read, under the same conditions; the AWS door's ListPolicies has no
 * such field and does not ask.
 */
export async function listPolicies(
  options: Partial<ListPoliciesQuery> & { ctx: ServiceContext; withTotal?: boolean },
): Promise<{ items: PolicyFacts[]; nextCursor?: string; notice?: string; total?: number }> {
  const { ctx } = options;
  const accountId = ctx.principal.accountId;
  const scope = options.scope ?? 'All';
  const limit = options.limit ?? 50;
  await authorize(ctx, 'iam:ListPolicies', listResourceArn(policyArn, accountId, options.pathPrefix));
  const onlyAttached = options.onlyAttached === true;
  // A search that names a policy exactly (`ReadOnlyAccess` among 60 `...ReadOnlyAccess`) shows
  // it first, on the first page; the other matches follow by name and never repeat it. At most
  // two policies share a name (an AWS managed one and the account's own), so a page of two or
  // more has room for them; the cursor records whether a list is ordered so.
  const searchName =
    options.search && limit >= 2 && IAM_NAME_PATTERN.test(options.search)
      ? options.search.toLowerCase()
      : undefined;
  const usage = onlyAttached ? (options.policyUsageFilter ?? 'used') : 'all';
  const sort = `policies:${scope}:${usage}${searchName ? ':exact-first' : ''}`;
  const base = scopeCondition(scope, accountId);
  const filter = onlyAttached
    ? Prisma.sql`${base} AND ${usedCondition(accountId, options.policyUsageFilter)}`
    : base;
  const after = decodeCursor(options.cursor, sort, 2);
  const [page, total] = await Promise.all([
    readPage(ctx, {
      filter,
      sort,
      after,
      limit,
      searchName,
      pathPrefix: options.pathPrefix,
      search: options.search,
    }),
    options.withTotal
      ? countByName(ctx.db, {
          table: 'ManagedPolicy',
          scope: filter,
          pathPrefix: options.pathPrefix,
          search: options.search,
        })
      : undefined,
  ]);
  const counted = total === undefined ? page : { ...page, total };
  if (scope === 'Local' || page.items.some((f) => f.policy.scope === 'AWS')) return counted;
  const awsLoaded = await ctx.db.managedPolicy.findFirst({ where: { scope: 'AWS' }, select: { id: true } });
  return awsLoaded ? counted : { ...counted, notice: AWS_POLICIES_NOT_LOADED };
}

interface PageRead {
  /** Which policies the list holds (scope, and use when `onlyAttached`). */
  filter: Prisma.Sql;
  sort: string;
  after: (string | null)[] | undefined;
  limit: number;
  /** The search, lower-cased, when it can be a policy's exact name (listed first). */
  searchName: string | undefined;
  pathPrefix?: string;
  search?: string;
}

/** One page: the exact name match first (first page only), then the others by name. */
async function readPage(
  ctx: ServiceContext,
  q: PageRead,
): Promise<{ items: PolicyFacts[]; nextCursor?: string }> {
  const { filter, limit, searchName } = q;
  const exactName = q.after ? undefined : searchName;
  const exact = exactName
    ? await listIdsByName(ctx.db, {
        table: 'ManagedPolicy',
        scope: Prisma.sql`${filter} AND "nameLower" = ${exactName}`,
        pathPrefix: q.pathPrefix,
        take: limit,
      })
    : [];
  const rest = await listIdsByName(ctx.db, {
    table: 'ManagedPolicy',
    scope: searchName ? Prisma.sql`${filter} AND "nameLower" <> ${searchName}` : filter,
    pathPrefix: q.pathPrefix,
    search: q.search,
    after: q.after,
    take: limit - exact.length + 1,
  });
  const keys = [...exact, ...rest];
  const shown = keys.slice(0, limit);
  const facts = await policyFactsFor(
    ctx.db,
    ctx.principal.accountId,
    shown.map((k) => k.id),
  );
  // The next page continues after the last name-ordered match shown ([null, null]: from the start).
  const lastInOrder = shown.slice(exact.length).at(-1);
  return {
    items: shown.flatMap((k) => facts.get(k.id) ?? []),
    ...(keys.length > limit
      ? {
          nextCursor: encodeCursor({
            sort: q.sort,
            key: lastInOrder ? [lastInOrder.nameLower, lastInOrder.id] : [null, null],
          }),
        }
      : {}),
  };
}
