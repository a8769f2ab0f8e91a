import type { ServiceContext } from '../service-context.js';
import { scpArn } from './common/org-arns.js';
import { managementOrganization } from './common/org-context.js';
import { requireOrgPolicy } from './common/org-targets.js';
import { policyViews, type PolicyView } from './common/org-views.js';

/** organizations:DescribePolicy on the policy's ARN: the policy and its content. */
export async function describePolicy(options: {
  ctx: ServiceContext;
  policyId: string;
}): Promise<PolicyView> {
  const { ctx, policyId } = options;
  const org = await managementOrganization(ctx, 'organizations:DescribePolicy', (o) =>
    scpArn(o, { id: policyId, awsManaged: policyId === 'p-FullAWSAccess' }),
  );
  const row = await requireOrgPolicy(ctx.db, org, policyId);
  return (await policyViews(ctx.db, org, [row]))[0]!;
}
