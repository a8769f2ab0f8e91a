import type { ServiceContext } from '../service-context.js';
import { SCP_TYPE } from './common/org-arns.js';
import { managementOrganization } from './common/org-context.js';
import { policyViews, visiblePolicies, type PolicyView } from './common/org-views.js';

/** organizations:ListPolicies (resource `*`): the SCPs (FullAWSAccess first, then by name); other types have none. */
export async function listPolicies(options: { ctx: ServiceContext; filter?: string }): Promise<PolicyView[]> {
  const { ctx } = options;
  const org = await managementOrganization(ctx, 'organizations:ListPolicies');
  if ((options.filter ?? SCP_TYPE) !== SCP_TYPE) return [];
  const rows = await ctx.db.orgPolicy.findMany({
    where: visiblePolicies(org.id),
    orderBy: [{ awsManaged: 'desc' }, { nameLower: 'asc' }],
  });
  return policyViews(ctx.db, org, rows);
}
