import { authorize } from '../../../authz/authorize.js';
import { IAM_NAME_PATTERN } from '@gatehouse/contracts/iam/fields';
import type { ListPoliciesQuery, PolicyUsage } from '@gatehouse/contracts/iam/policies';
import { Prisma } from '../../../db/generated/client.js';
import { policyArn } from '../../../model/arns.js';
import type { ServiceContext } from '../../service-context.js';
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
 * scope that asks for them says so in `notice`.
 */
export async function listPolicies(
  options: Partial<ListPoliciesQuery> & { ctx: ServiceContext },
): Promise<{ items: PolicyFacts[]; nextCursor?: string; notice?: string }> {
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
  const exactName = after ? undefined : searchName;
  const exact = exactName
    ? await listIdsByName(ctx.db, {
        table: 'ManagedPolicy',
        scope: Prisma.sql`${filter} AND "nameLower" = ${exactName}`,
        pathPrefix: options.pathPrefix,
        take: limit,
      })
    : [];
  const rest = await listIdsByName(ctx.db, {
    table: 'ManagedPolicy',
    scope: searchName ? Prisma.sql`${filter} AND "nameLower" <> ${searchName}` : filter,
    pathPrefix: options.pathPrefix,
    search: options.search,
    after,
    take: limit - exact.length + 1,
  });
  const keys = [...exact, ...rest];
  const shown = keys.slice(0, limit);
  const facts = await policyFactsFor(
    ctx.db,
    accountId,
    shown.map((k) => k.id),
  );
  // The next page continues after the last name-ordered match shown ([null, null]: from the start).
  const lastInOrder = shown.slice(exact.length).at(-1);
  const page = {
    items: shown.flatMap((k) => facts.get(k.id) ?? []),
    ...(keys.length > limit
      ? {
          nextCursor: encodeCursor({
            sort,
            key: lastInOrder ? [lastInOrder.nameLower, lastInOrder.id] : [null, null],
          }),
        }
      : {}),
  };
  if (scope === 'Local' || page.items.some((f) => f.policy.scope === 'AWS')) return page;
  const awsLoaded = await ctx.db.managedPolicy.findFirst({ where: { scope: 'AWS' }, select: { id: true } });
  return awsLoaded ? page : { ...page, notice: AWS_POLICIES_NOT_LOADED };
}
