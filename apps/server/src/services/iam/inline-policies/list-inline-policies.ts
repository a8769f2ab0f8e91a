import type { InlinePolicy } from '../../../db/generated/client.js';
import type { ServiceContext } from '../../service-context.js';
import { pageInMemory } from '../common/cursor.js';
import { ACTION_WORD, authorizeOnOwner, ownerColumn, type PolicyOwnerKind } from '../common/entity-target.js';

/** iam:List{User,Group,Role}Policies — the inline policies by name, with their text. */
export async function listInlinePolicies(options: {
  ctx: ServiceContext;
  kind: PolicyOwnerKind;
  name: string;
  limit?: number;
  cursor?: string;
}): Promise<{ items: InlinePolicy[]; nextCursor?: string }> {
  const { ctx, kind } = options;
  const owner = await authorizeOnOwner(ctx, kind, options.name, `iam:List${ACTION_WORD[kind]}Policies`);
  const policies = (await ctx.db.inlinePolicy.findMany({ where: ownerColumn(owner) })).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  return pageInMemory(policies, options.limit ?? 50, options.cursor, `inline-${kind}`, (p) => p.name);
}
