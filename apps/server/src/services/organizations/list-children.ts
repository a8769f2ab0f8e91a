import type { ServiceContext } from '../service-context.js';
import { nodeArn } from './common/org-arns.js';
import { managementOrganization } from './common/org-context.js';
import { invalidInput, parentNotFound } from './common/org-errors.js';
import { findNode } from './common/org-tree.js';

export interface ChildView {
  id: string;
  type: 'ACCOUNT' | 'ORGANIZATIONAL_UNIT';
}

/** organizations:ListChildren on the parent's ARN: its accounts or its OUs, by `childType`. */
export async function listChildren(options: {
  ctx: ServiceContext;
  parentId: string;
  childType: string;
}): Promise<ChildView[]> {
  const { ctx, parentId, childType } = options;
  const org = await managementOrganization(ctx, 'organizations:ListChildren', (o) => nodeArn(o, parentId));
  if (childType !== 'ACCOUNT' && childType !== 'ORGANIZATIONAL_UNIT') {
    throw invalidInput('INVALID_ENUM', 'the child type is `ACCOUNT` or `ORGANIZATIONAL_UNIT`');
  }
  if (!(await findNode(ctx.db, org.id, parentId))) throw parentNotFound(parentId);
  if (childType === 'ACCOUNT') {
    const rows = await ctx.db.account.findMany({
      where: { organizationId: org.id, orgParentId: parentId },
      orderBy: { id: 'asc' },
      select: { id: true },
    });
    return rows.map((r) => ({ id: r.id, type: 'ACCOUNT' }));
  }
  const rows = await ctx.db.organizationalUnit.findMany({
    where: { organizationId: org.id, parentId },
    orderBy: { id: 'asc' },
    select: { id: true },
  });
  return rows.map((r) => ({ id: r.id, type: 'ORGANIZATIONAL_UNIT' }));
}
