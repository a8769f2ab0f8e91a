import { authorize } from '../../authz/authorize.js';
import type { ServiceContext } from '../service-context.js';
import { nodeArn } from './common/org-arns.js';
import { managementOrganization } from './common/org-context.js';
import {
  accountView,
  MEMBER_ACCOUNT_SELECT,
  ouView,
  rootView,
  type AccountView,
  type OuView,
  type RootView,
} from './common/org-views.js';

export interface OrganizationTree {
  root: RootView;
  organizationalUnits: OuView[];
  accounts: AccountView[];
}

/**
 * The console's view of the whole tree in one call, authorised as the AWS calls it stands for:
 * organizations:ListRoots, ListAccounts and ListOrganizationalUnitsForParent (on the root).
 */
export async function getOrganizationTree(options: { ctx: ServiceContext }): Promise<OrganizationTree> {
  const { ctx } = options;
  const org = await managementOrganization(ctx, 'organizations:ListRoots');
  await authorize(ctx, 'organizations:ListAccounts', '*');
  await authorize(ctx, 'organizations:ListOrganizationalUnitsForParent', nodeArn(org, org.rootId));
  const [nodes, accounts] = await Promise.all([
    ctx.db.organizationalUnit.findMany({
      where: { organizationId: org.id, parentId: { not: null } },
      orderBy: [{ nameLower: 'asc' }, { id: 'asc' }],
      select: { id: true, parentId: true, name: true },
    }),
    ctx.db.account.findMany({
      where: { organizationId: org.id },
      orderBy: [{ orgJoinedAt: 'asc' }, { id: 'asc' }],
      select: MEMBER_ACCOUNT_SELECT,
    }),
  ]);
  return {
    root: rootView(org),
    organizationalUnits: nodes.map((n) => ouView(org, n)),
    accounts: accounts.map((a) => accountView(org, a)),
  };
}
