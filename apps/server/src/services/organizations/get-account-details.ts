import { authorize } from '../../authz/authorize.js';
import type { ServiceContext } from '../service-context.js';
import { orgAccountArn } from './common/org-arns.js';
import { requireMemberAccount } from './common/org-accounts.js';
import { managementOrganization } from './common/org-context.js';
import { loadNodes, pathTo } from './common/org-tree.js';
import { policyViews, type AccountView, type PolicyView } from './common/org-views.js';

export interface PathEntry {
  id: string;
  name: string;
  type: 'ROOT' | 'ORGANIZATIONAL_UNIT';
}

export interface AccountDetails {
  account: AccountView;
  /** From the root down to the account's parent. */
  path: PathEntry[];
  policies: { attached: PolicyView[]; inherited: { from: PathEntry; policy: PolicyView }[] };
}

/**
 * The console's account page: organizations:DescribeAccount, ListParents and
 * ListPoliciesForTarget on the account; its place in the tree and the SCPs that bound it, those
 * attached to it and those it inherits from the root and each OU above it.
 */
export async function getAccountDetails(options: {
  ctx: ServiceContext;
  accountId: string;
}): Promise<AccountDetails> {
  const { ctx, accountId } = options;
  const org = await managementOrganization(ctx, 'organizations:DescribeAccount', (o) =>
    orgAccountArn(o, accountId),
  );
  await authorize(ctx, 'organizations:ListParents', orgAccountArn(org, accountId));
  await authorize(ctx, 'organizations:ListPoliciesForTarget', orgAccountArn(org, accountId));
  const account = await requireMemberAccount(ctx.db, org, accountId);
  const nodes = await loadNodes(ctx.db, org.id);
  const path: PathEntry[] = pathTo(nodes, account.parentId).map((n) => ({
    id: n.id,
    name: n.name,
    type: n.parentId === null ? 'ROOT' : 'ORGANIZATIONAL_UNIT',
  }));
  const attachments = await ctx.db.orgPolicyAttachment.findMany({
    where: { OR: [{ accountId }, { nodeId: { in: path.map((p) => p.id) } }] },
    include: { policy: true },
    orderBy: { createdAt: 'asc' },
  });
  const views = new Map(
    (
      await policyViews(ctx.db, org, [...new Map(attachments.map((a) => [a.policyId, a.policy])).values()])
    ).map((v) => [v.id, v]),
  );
  const byNode = new Map(path.map((p) => [p.id, p]));
  return {
    account,
    path,
    policies: {
      attached: attachments.filter((a) => a.accountId === accountId).map((a) => views.get(a.policyId)!),
      inherited: path.flatMap((p) =>
        attachments
          .filter((a) => a.nodeId === p.id)
          .map((a) => ({ from: byNode.get(p.id)!, policy: views.get(a.policyId)! })),
      ),
    },
  };
}
