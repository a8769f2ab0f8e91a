import { loadEffectivePolicies, type EffectivePolicy } from '../../../authz/effective-policies.js';
import type { ServiceContext } from '../../service-context.js';
import { arnOfGroup, arnOfUser, authorizeOnUser } from '../common/targets.js';
import { authorizeReads, documentReads, type Read } from './authorize-reads.js';

/**
 * Every policy that applies to a user, with its source: inline, attached, via each group
 * (inline and attached), and the permissions boundary. Reading them takes what the console
 * would call: iam:GetUser, the user's List* actions, each group's List* actions, and the reads
 * of each policy's text.
 */
export async function getUserEffectivePolicies(options: {
  ctx: ServiceContext;
  userName: string;
}): Promise<{ principalArn: string; items: EffectivePolicy[] }> {
  const { ctx } = options;
  const user = await authorizeOnUser(ctx, options.userName, 'iam:GetUser');
  const arn = arnOfUser(user);
  const groups = await ctx.db.group.findMany({
    where: { memberships: { some: { userId: user.id } } },
    orderBy: { nameLower: 'asc' },
  });
  const lists: Read[] = [
    { action: 'iam:ListUserPolicies', resource: arn },
    { action: 'iam:ListAttachedUserPolicies', resource: arn },
    { action: 'iam:ListGroupsForUser', resource: arn },
    ...groups.flatMap((g) => [
      { action: 'iam:ListGroupPolicies', resource: arnOfGroup(g) },
      { action: 'iam:ListAttachedGroupPolicies', resource: arnOfGroup(g) },
    ]),
  ];
  await authorizeReads(ctx, lists);
  const items = await loadEffectivePolicies(ctx.db, user.accountId, user.id);
  await authorizeReads(ctx, documentReads(items, arn, 'User'));
  return { principalArn: arn, items };
}
