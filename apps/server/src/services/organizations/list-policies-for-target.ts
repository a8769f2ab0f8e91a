import type { ServiceContext } from '../service-context.js';
import { SCP_TYPE, targetArn } from './common/org-arns.js';
import { managementOrganization } from './common/org-context.js';
import { requireTarget, targetKey } from './common/org-targets.js';
import { policyViews, type PolicyView } from './common/org-views.js';

/** organizations:ListPoliciesForTarget on the target's ARN: the SCPs attached directly to it. */
export async function listPoliciesForTarget(options: {
  ctx: ServiceContext;
  targetId: string;
  filter?: string;
}): Promise<PolicyView[]> {
  const { ctx, targetId } = options;
  const org = await managementOrganization(ctx, 'organizations:ListPoliciesForTarget', (o) =>
    targetArn(o, targetId),
  );
  const target = await requireTarget(ctx.db, org, targetId);
  if ((options.filter ?? SCP_TYPE) !== SCP_TYPE) return [];
  const rows = await ctx.db.orgPolicyAttachment.findMany({
    where: targetKey(target),
    include: { policy: true },
    orderBy: { createdAt: 'asc' },
  });
  return policyViews(
    ctx.db,
    org,
    rows.map((r) => r.policy),
  );
}
