import { recordAuditEvent } from '../../../audit/record-audit-event.js';
import type { ServiceContext } from '../../service-context.js';
import { noSuchEntity } from '../common/errors.js';
import { arnOfRole, authorizeOnRole, findRole, type RoleTarget } from '../common/targets.js';
import { inTransaction } from '../../../db/in-transaction.js';

/**
 * iam:UpdateRole — the description and/or the maximum session duration (roles cannot be renamed
 * in AWS). AWS's older UpdateRoleDescription does the same change under its own action name,
 * iam:UpdateRoleDescription, which a policy grants separately.
 */
export async function updateRole(options: {
  ctx: ServiceContext;
  roleName: string;
  description?: string;
  maxSessionDuration?: number;
  action?: 'iam:UpdateRole' | 'iam:UpdateRoleDescription';
}): Promise<RoleTarget> {
  const { ctx } = options;
  const action = options.action ?? 'iam:UpdateRole';
  const role = await authorizeOnRole(ctx, options.roleName, action);
  return inTransaction(ctx, async (tx) => {
    const { count } = await tx.role.updateMany({
      where: { id: role.id },
      data: {
        ...(options.description !== undefined ? { description: options.description } : {}),
        ...(options.maxSessionDuration !== undefined
          ? { maxSessionDuration: options.maxSessionDuration }
          : {}),
      },
    });
    if (count === 0) throw noSuchEntity('role', options.roleName);
    await recordAuditEvent(tx, ctx, {
      action,
      resource: arnOfRole(role),
      result: 'Success',
      details: {
        roleName: role.name,
        ...(options.description !== undefined ? { description: options.description } : {}),
        ...(options.maxSessionDuration !== undefined
          ? { maxSessionDuration: options.maxSessionDuration }
          : {}),
      },
    });
    return (await findRole(tx, role.accountId, role.name))!;
  });
}
