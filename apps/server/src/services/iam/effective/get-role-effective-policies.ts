import { loadRoleEffectivePolicies, type EffectivePolicy } from '../../../authz/effective-policies.js';
import type { ServiceContext } from '../../service-context.js';
import { arnOfRole, authorizeOnRole } from '../common/targets.js';
import { authorizeReads, documentReads } from './authorize-reads.js';

/** Every policy that applies to a role (inline, attached, boundary), with iam:GetRole, the List* actions and the text reads. */
export async function getRoleEffectivePolicies(options: {
  ctx: ServiceContext;
  roleName: string;
}): Promise<{ principalArn: string; items: EffectivePolicy[] }> {
  const { ctx } = options;
  const role = await authorizeOnRole(ctx, options.roleName, 'iam:GetRole');
  const arn = arnOfRole(role);
  await authorizeReads(ctx, [
    { action: 'iam:ListRolePolicies', resource: arn },
    { action: 'iam:ListAttachedRolePolicies', resource: arn },
  ]);
  const items = await loadRoleEffectivePolicies(ctx.db, role.accountId, role.id);
  await authorizeReads(ctx, documentReads(items, arn, 'Role'));
  return { principalArn: arn, items };
}
