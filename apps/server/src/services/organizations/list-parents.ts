import type { ServiceContext } from '../service-context.js';
import { targetArn } from './common/org-arns.js';
import { managementOrganization } from './common/org-context.js';
import { orgError } from './common/org-errors.js';
import { ACCOUNT_ID_PATTERN } from './common/org-ids.js';

export interface ParentView {
  id: string;
  type: 'ROOT' | 'ORGANIZATIONAL_UNIT';
}

const childNotFound = (id: string) =>
  orgError('ChildNotFoundException', `no account or organizational unit \`${id}\` in your organization`);

/** organizations:ListParents on the child's ARN: the one root or OU directly above an account or OU. */
export async function listParents(options: { ctx: ServiceContext; childId: string }): Promise<ParentView[]> {
  const { ctx, childId } = options;
  const org = await managementOrganization(ctx, 'organizations:ListParents', (o) => targetArn(o, childId));
  let parentId: string | null | undefined;
  if (ACCOUNT_ID_PATTERN.test(childId)) {
    const row = await ctx.db.account.findFirst({
      where: { id: childId, organizationId: org.id },
      select: { orgParentId: true },
    });
    parentId = row?.orgParentId;
  } else if (childId.startsWith('ou-')) {
    const row = await ctx.db.organizationalUnit.findFirst({
      where: { id: childId, organizationId: org.id },
      select: { parentId: true },
    });
    parentId = row?.parentId;
  }
  if (!parentId) throw childNotFound(childId);
  return [{ id: parentId, type: parentId.startsWith('r-') ? 'ROOT' : 'ORGANIZATIONAL_UNIT' }];
}
