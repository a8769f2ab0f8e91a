import type { ServiceContext } from '../../service-context.js';
import { pageInMemory } from '../common/cursor.js';
import { ACTION_WORD, authorizeOnOwner, ownerColumn, type PolicyOwnerKind } from '../common/entity-target.js';

export interface AttachedPolicyFacts {
  policyName: string;
  policyArn: string;
}

/**
 * iam:ListAttached{User,Group,Role}Policies — by policy name (at most 10, AWS's quota); with
 * `pathPrefix`, only the policies whose path starts with it (`/` lists all, as in AWS).
 */
export async function listAttachedPolicies(options: {
  ctx: ServiceContext;
  kind: PolicyOwnerKind;
  name: string;
  pathPrefix?: string;
  limit?: number;
  cursor?: string;
}): Promise<{ items: AttachedPolicyFacts[]; nextCursor?: string }> {
  const { ctx, kind } = options;
  const action = `iam:ListAttached${ACTION_WORD[kind]}Policies`;
  const owner = await authorizeOnOwner(ctx, kind, options.name, action);
  const attachments = await ctx.db.policyAttachment.findMany({
    where: ownerColumn(owner),
    include: { policy: { select: { id: true, name: true, nameLower: true, arn: true, path: true } } },
  });
  const prefix = options.pathPrefix ?? '/';
  const sorted = attachments
    .filter((a) => a.policy.path.startsWith(prefix))
    .map((a) => ({
      key: `${a.policy.nameLower} ${a.policy.id}`,
      policyName: a.policy.name,
      policyArn: a.policy.arn,
    }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const page = pageInMemory(sorted, options.limit ?? 50, options.cursor, `attached-${kind}`, (p) => p.key);
  return { ...page, items: page.items.map(({ policyName, policyArn }) => ({ policyName, policyArn })) };
}
