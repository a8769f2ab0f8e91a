import type { ServiceContext } from '../service-context.js';
import { orgAccountArn } from './common/org-arns.js';
import { requireMemberAccount } from './common/org-accounts.js';
import { managementOrganization } from './common/org-context.js';
import type { AccountView } from './common/org-views.js';

/** organizations:DescribeAccount on the account's ARN. */
export async function describeAccount(options: {
  ctx: ServiceContext;
  accountId: string;
}): Promise<AccountView> {
  const { ctx, accountId } = options;
  const org = await managementOrganization(ctx, 'organizations:DescribeAccount', (o) =>
    orgAccountArn(o, accountId),
  );
  return requireMemberAccount(ctx.db, org, accountId);
}
