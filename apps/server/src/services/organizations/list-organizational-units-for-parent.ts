import type { ServiceContext } from '../service-context.js';
import { nodeArn } from './common/org-arns.js';
import { managementOrganization } from './common/org-context.js';
import { parentNotFound } from './common/org-errors.js';
import { findNode } from './common/org-tree.js';
import { ouView, type OuView } from './common/org-views.js';

/** organizations:ListOrganizationalUnitsForParent on the parent's ARN, by name. */
export async function listOrganizationalUnitsForParent(options: {
  ctx: ServiceContext;
  parentId: string;
}): Promise<OuView[]> {
  const { ctx, parentId } = options;
  const org = await managementOrganization(ctx, 'organizations:ListOrganizationalUnitsForParent', (o) =>
    nodeArn(o, parentId),
  );
  if (!(await findNode(ctx.db, org.id, parentId))) throw parentNotFound(parentId);
  const rows = await ctx.db.organizationalUnit.findMany({
    where: { organizationId: org.id, parentId },
    orderBy: [{ nameLower: 'asc' }, { id: 'asc' }],
    select: { id: true, parentId: true, name: true },
  });
  return rows.map((r) => ouView(org, r));
}
