import type { InlinePolicy } from '../../../db/generated/client.js';
import type { ServiceContext } from '../../service-context.js';
import { ACTION_WORD, authorizeOnOwner, ownerColumn, type PolicyOwnerKind } from '../common/entity-target.js';
import { noSuchInlinePolicy } from './inline-policy-rules.js';

/** iam:Get{User,Group,Role}Policy — one inline policy's text, and its owner's name as stored. */
export async function getInlinePolicy(options: {
  ctx: ServiceContext;
  kind: PolicyOwnerKind;
  name: string;
  policyName: string;
}): Promise<InlinePolicy & { ownerName: string }> {
  const { ctx, kind } = options;
  const owner = await authorizeOnOwner(ctx, kind, options.name, `iam:Get${ACTION_WORD[kind]}Policy`);
  const policy = await ctx.db.inlinePolicy.findFirst({
    where: { ...ownerColumn(owner), name: options.policyName },
  });
  if (!policy) throw noSuchInlinePolicy(owner, options.policyName);
  return { ...policy, ownerName: owner.name };
}
