import { authorize } from '../../../authz/authorize.js';
import type { ListPoliciesQuery, PolicyUsage } from '../../../contracts/iam/policies.js';
import { Prisma } from '../../../db/generated/client.js';
import { policyArn } from '../../../model/arns.js';
import type { ServiceContext } from '../../service-context.js';
import { decodeCursor, toPage } from '../common/cursor.js';
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
function usedCondition(accountId: string, usage: PolicyUsage | undefined): Prisma.Sql {
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
 * managed (`AWS`) or both, by name, keyset pages; `onlyAttached` keeps those the account uses.
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
  const sort = `policies:${scope}:${onlyAttached ? (options.policyUsageFilter ?? 'used') : 'all'}`;
  const filter = scopeCondition(scope, accountId);
  const keys = await listIdsByName(ctx.db, {
    table: 'ManagedPolicy',
    scope: onlyAttached
      ? Prisma.sql`${filter} AND ${usedCondition(accountId, options.policyUsageFilter)}`
      : filter,
    pathPrefix: options.pathPrefix,
    search: options.search,
    after: decodeCursor(options.cursor, sort, 2),
    take: limit + 1,
  });
  const facts = await policyFactsFor(
    ctx.db,
    accountId,
    keys.map((k) => k.id),
  );
  const page = toPage(
    keys.flatMap((k) => facts.get(k.id) ?? []),
    limit,
    sort,
    (f) => [f.policy.nameLower, f.policy.id],
  );
  if (scope === 'Local' || page.items.some((f) => f.policy.scope === 'AWS')) return page;
  const awsLoaded = await ctx.db.managedPolicy.findFirst({ where: { scope: 'AWS' }, select: { id: true } });
  return awsLoaded ? page : { ...page, notice: AWS_POLICIES_NOT_LOADED };
}
