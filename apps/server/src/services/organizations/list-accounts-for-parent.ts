import type { ServiceContext } from '../service-context.js';
import { nodeArn } from './common/org-arns.js';
import { managementOrganization } from './common/org-context.js';
import { parentNotFound } from './common/org-errors.js';
import { findNode } from './common/org-tree.js';
import { accountView, MEMBER_ACCOUNT_SELECT, type AccountView } from './common/org-views.js';

/** organizations:ListAccountsForParent on the parent's ARN: the accounts directly under it. */
export async function listAccountsForParent(options: {
  ctx: ServiceContext;
  parentId: string;
}): Promise<AccountView[]> {
  const { ctx, parentId } = options;
  const org = await managementOrganization(ctx, 'organizations:ListAccountsForParent', (o) =>
    nodeArn(o, parentId),
  );
  if (!(await findNode(ctx.db, org.id, parentId))) throw parentNotFound(parentId);
  const rows = await ctx.db.account.findMany({
    where: { organizationId: org.id, orgParentId: parentId },
    orderBy: [{ orgJoinedAt: 'asc' }, { id: 'asc' }],
    select: MEMBER_ACCOUNT_SELECT,
  });
  return rows.map((r) => accountView(org, r));
}
