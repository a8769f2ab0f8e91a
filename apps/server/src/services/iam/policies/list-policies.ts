import { authorize } from '../../../authz/authorize.js';
import type { ListPoliciesQuery } from '../../../contracts/iam/policies.js';
import { Prisma } from '../../../db/generated/client.js';
import { policyArn } from '../../../model/arns.js';
import type { ServiceContext } from '../../service-context.js';
import { decodeCursor, toPage } from '../common/cursor.js';
import { listIdsByName } from '../common/list-by-name.js';
import { listResourceArn } from '../common/list-resource-arn.js';
import { policyFactsFor, type PolicyFacts } from './policy-facts.js';

export const AWS_POLICIES_NOT_LOADED =
  'AWS managed policies are not loaded in this deployment yet: only customer managed policies are listed';

function scopeCondition(scope: ListPoliciesQuery['scope'], accountId: string): Prisma.Sql {
  if (scope === 'Local') return Prisma.sql`"accountId" = ${accountId}`;
  if (scope === 'AWS') return Prisma.sql`"scope" = 'AWS'`;
  return Prisma.sql`("accountId" = ${accountId} OR "scope" = 'AWS')`;
}

/**
 * iam:ListPolicies (on the path prefix ARN, as ListUsers) — customer managed (`Local`), AWS
 * managed (`AWS`) or both, by name, keyset pages. AWS managed policies come with a later
 * change; until they are loaded, a scope that asks for them says so in `notice`.
 */
export async function listPolicies(
  options: Partial<ListPoliciesQuery> & { ctx: ServiceContext },
): Promise<{ items: PolicyFacts[]; nextCursor?: string; notice?: string }> {
  const { ctx } = options;
  const accountId = ctx.principal.accountId;
  const scope = options.scope ?? 'All';
  const limit = options.limit ?? 50;
  await authorize(ctx, 'iam:ListPolicies', listResourceArn(policyArn, accountId, options.pathPrefix));
  const sort = `policies:${scope}`;
  const keys = await listIdsByName(ctx.db, {
    table: 'ManagedPolicy',
    scope: scopeCondition(scope, accountId),
    pathPrefix: options.pathPrefix,
    search: options.search,
    after: decodeCursor(options.cursor, sort, 2),
    take: limit + 1,
  });
  const facts = await policyFactsFor(
    ctx.db,
    keys.map((k) => k.id),
  );
  const page = toPage(
    keys.flatMap((k) => facts.get(k.id) ?? []),
    limit,
    sort,
    (f) => [f.policy.nameLower, f.policy.id],
  );
  if (scope === 'Local') return page;
  const awsLoaded = await ctx.db.managedPolicy.findFirst({ where: { scope: 'AWS' }, select: { id: true } });
  return awsLoaded ? page : { ...page, notice: AWS_POLICIES_NOT_LOADED };
}
