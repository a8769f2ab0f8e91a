import type { ServiceContext } from '../service-context.js';
import { memberOrganization } from './common/org-context.js';
import { organizationView, type OrganizationView } from './common/org-views.js';

/** organizations:DescribeOrganization (resource `*`): any account of the organization may call it. */
export async function describeOrganization(options: { ctx: ServiceContext }): Promise<OrganizationView> {
  const { ctx } = options;
  const org = await memberOrganization(ctx, 'organizations:DescribeOrganization');
  const management = await ctx.db.account.findUniqueOrThrow({
    where: { id: org.managementAccountId },
    select: { rootEmail: true },
  });
  return organizationView(org, management.rootEmail);
}
