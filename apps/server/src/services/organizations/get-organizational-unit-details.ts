import { authorize } from '../../authz/authorize.js';
import type { ServiceContext } from '../service-context.js';
import { nodeArn } from './common/org-arns.js';
import { managementOrganization } from './common/org-context.js';
import { ouNotFound } from './common/org-errors.js';
import { OU_ID_PATTERN } from './common/org-ids.js';
import { loadNodes, pathTo } from './common/org-tree.js';
import {
  accountView,
  MEMBER_ACCOUNT_SELECT,
  ouView,
  policyViews,
  type AccountView,
  type OuView,
  type PolicyView,
} from './common/org-views.js';
import type { PathEntry } from './get-account-details.js';

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export interface OrganizationalUnitDetails {
  organizationalUnit: OuView;
  /** From the root down to the OU's parent. */
  path: PathEntry[];
  children: { organizationalUnits: OuView[]; accounts: AccountView[] };
  policies: { attached: PolicyView[]; inherited: { from: PathEntry; policy: PolicyView }[] };
}

/**
 * The console's OU page in one call: organizations:DescribeOrganizationalUnit, ListParents,
 * ListChildren and ListPoliciesForTarget on the OU; where it sits, the OUs and accounts directly
 * in it, and the SCPs attached to it and inherited from the root and each OU above it.
 */
export async function getOrganizationalUnitDetails(options: {
  ctx: ServiceContext;
  organizationalUnitId: string;
}): Promise<OrganizationalUnitDetails> {
  const { ctx, organizationalUnitId: id } = options;
  const org = await managementOrganization(ctx, 'organizations:DescribeOrganizationalUnit', (o) =>
    nodeArn(o, id),
  );
  for (const action of ['ListParents', 'ListChildren', 'ListPoliciesForTarget']) {
    await authorize(ctx, `organizations:${action}`, nodeArn(org, id));
  }
  if (!OU_ID_PATTERN.test(id)) throw ouNotFound(id);
  const nodes = await loadNodes(ctx.db, org.id);
  const ou = nodes.get(id);
  if (!ou || ou.parentId === null) throw ouNotFound(id);
  const path: PathEntry[] = pathTo(nodes, ou.parentId).map((n) => ({
    id: n.id,
    name: n.name,
    type: n.parentId === null ? 'ROOT' : 'ORGANIZATIONAL_UNIT',
  }));
  const childOus = [...nodes.values()]
    .filter((n) => n.parentId === id)
    .sort((a, b) => compare(a.name.toLowerCase(), b.name.toLowerCase()) || compare(a.id, b.id));
  const [accounts, attachments] = await Promise.all([
    ctx.db.account.findMany({
      where: { organizationId: org.id, orgParentId: id },
      orderBy: [{ orgJoinedAt: 'asc' }, { id: 'asc' }],
      select: MEMBER_ACCOUNT_SELECT,
    }),
    ctx.db.orgPolicyAttachment.findMany({
      where: { organizationId: org.id, nodeId: { in: [...path.map((p) => p.id), id] } },
      include: { policy: true },
      orderBy: { createdAt: 'asc' },
    }),
  ]);
  const views = new Map(
    (
      await policyViews(ctx.db, org, [...new Map(attachments.map((a) => [a.policyId, a.policy])).values()])
    ).map((v) => [v.id, v]),
  );
  const byNode = new Map(path.map((p) => [p.id, p]));
  return {
    organizationalUnit: ouView(org, ou),
    path,
    children: {
      organizationalUnits: childOus.map((n) => ouView(org, n)),
      accounts: accounts.map((a) => accountView(org, a)),
    },
    policies: {
      attached: attachments.filter((a) => a.nodeId === id).map((a) => views.get(a.policyId)!),
      inherited: path.flatMap((p) =>
        attachments
          .filter((a) => a.nodeId === p.id)
          .map((a) => ({ from: byNode.get(p.id)!, policy: views.get(a.policyId)! })),
      ),
    },
  };
}
