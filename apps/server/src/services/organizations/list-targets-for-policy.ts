import type { ServiceContext } from '../service-context.js';
import { scpArn, targetArn } from './common/org-arns.js';
import { managementOrganization } from './common/org-context.js';
import { requireOrgPolicy, type TargetView } from './common/org-targets.js';

/** organizations:ListTargetsForPolicy on the policy's ARN: the roots, OUs and accounts it is attached to. */
export async function listTargetsForPolicy(options: {
  ctx: ServiceContext;
  policyId: string;
}): Promise<TargetView[]> {
  const { ctx, policyId } = options;
  const org = await managementOrganization(ctx, 'organizations:ListTargetsForPolicy', (o) =>
    scpArn(o, { id: policyId, awsManaged: policyId === 'p-FullAWSAccess' }),
  );
  await requireOrgPolicy(ctx.db, org, policyId);
  const rows = await ctx.db.orgPolicyAttachment.findMany({
    where: { organizationId: org.id, policyId },
    include: { node: true, account: { select: { id: true, name: true, alias: true } } },
    orderBy: { createdAt: 'asc' },
  });
  return rows.map((r): TargetView => {
    if (r.account) {
      return {
        targetId: r.account.id,
        arn: targetArn(org, r.account.id),
        name: r.account.name ?? r.account.alias ?? r.account.id,
        type: 'ACCOUNT',
      };
    }
    const node = r.node!;
    return {
      targetId: node.id,
      arn: targetArn(org, node.id),
      name: node.name,
      type: node.parentId === null ? 'ROOT' : 'ORGANIZATIONAL_UNIT',
    };
  });
}
