import type { ServiceContext } from '../service-context.js';
import { managementOrganization } from './common/org-context.js';
import { accountView, MEMBER_ACCOUNT_SELECT, type AccountView } from './common/org-views.js';

/** organizations:ListAccounts (resource `*`): every account of the organization, management included. */
export async function listAccounts(options: { ctx: ServiceContext }): Promise<AccountView[]> {
  const { ctx } = options;
  const org = await managementOrganization(ctx, 'organizations:ListAccounts');
  const rows = await ctx.db.account.findMany({
    where: { organizationId: org.id },
    orderBy: [{ orgJoinedAt: 'asc' }, { id: 'asc' }],
    select: MEMBER_ACCOUNT_SELECT,
  });
  return rows.map((r) => accountView(org, r));
}
