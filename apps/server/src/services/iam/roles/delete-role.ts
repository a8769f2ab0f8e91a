import { authorize } from '../../../authz/authorize.js';
import { bumpAuthzVersion } from '../../../authz/bump-authz-version.js';
import { recordAuditEvent } from '../../../audit/record-audit-event.js';
import type { DbOrTx } from '../../../db/client.js';
import { AppError } from '../../../errors/app-error.js';
import type { ServiceContext } from '../../service-context.js';
import { count, deleteConflict, noSuchEntity } from '../common/errors.js';
import { lockRow } from '../common/lock-row.js';
import { arnOfRole, authorizeOnRole, targetContext } from '../common/targets.js';
import { inTransaction } from '../../../db/in-transaction.js';

interface RoleDependencies {
  attachedPolicies: { policyId: string; arn: string }[];
  inlinePolicies: string[];
}

async function loadRoleDependencies(db: DbOrTx, roleId: string): Promise<RoleDependencies> {
  const [attachments, inline] = await Promise.all([
    db.policyAttachment.findMany({ where: { roleId }, include: { policy: { select: { arn: true } } } }),
    db.inlinePolicy.findMany({ where: { roleId }, select: { name: true } }),
  ]);
  return {
    attachedPolicies: attachments
      .map((a) => ({ policyId: a.policyId, arn: a.policy.arn }))
      .sort((a, b) => (a.policyId < b.policyId ? -1 : 1)),
    inlinePolicies: inline.map((p) => p.name).sort(),
  };
}

/**
 * iam:DeleteRole. AWS's rule: DeleteConflict while the role has attached or inline policies.
 * `force` (the console's delete) detaches and deletes them first, each authorised with
 * iam:DetachRolePolicy / iam:DeleteRolePolicy, in the same transaction.
 */
export async function deleteRole(options: { ctx: ServiceContext; roleName: string; force?: boolean }) {
  const { ctx } = options;
  const role = await authorizeOnRole(ctx, options.roleName, 'iam:DeleteRole');
  const arn = arnOfRole(role);
  const planned = options.force ? await loadRoleDependencies(ctx.db, role.id) : undefined;
  if (planned) {
    for (const p of planned.attachedPolicies) {
      await authorize(ctx, 'iam:DetachRolePolicy', arn, {
        ...targetContext('iam:DetachRolePolicy', role),
        'iam:PolicyARN': p.arn,
      });
    }
    if (planned.inlinePolicies.length) {
      await authorize(ctx, 'iam:DeleteRolePolicy', arn, targetContext('iam:DeleteRolePolicy', role));
    }
  }

  await inTransaction(ctx, async (tx) => {
    if (!(await lockRow(tx, 'Role', role.id))) throw noSuchEntity('role', role.name);
    const deps = await loadRoleDependencies(tx, role.id);
    const audit = (action: string, details: Record<string, string | boolean>) =>
      recordAuditEvent(tx, ctx, {
        action,
        resource: arn,
        result: 'Success',
        details: { roleName: role.name, ...details },
      });
    if (planned) {
      if (JSON.stringify(planned) !== JSON.stringify(deps)) {
        throw new AppError(
          'ConcurrentModification',
          `role \`${role.name}\` changed while it was being deleted: try again`,
        );
      }
      for (const p of deps.attachedPolicies) await audit('iam:DetachRolePolicy', { policyArn: p.arn });
      for (const name of deps.inlinePolicies) await audit('iam:DeleteRolePolicy', { policyName: name });
      await tx.policyAttachment.deleteMany({ where: { roleId: role.id } });
      await tx.inlinePolicy.deleteMany({ where: { roleId: role.id } });
    } else {
      const remaining: string[] = [];
      if (deps.attachedPolicies.length)
        remaining.push(count(deps.attachedPolicies.length, 'attached policy', 'attached policies'));
      if (deps.inlinePolicies.length)
        remaining.push(count(deps.inlinePolicies.length, 'inline policy', 'inline policies'));
      if (remaining.length > 0) throw deleteConflict('role', role.name, remaining, true, ctx);
    }
    await tx.role.delete({ where: { id: role.id } });
    await bumpAuthzVersion(tx, role.accountId);
    await audit('iam:DeleteRole', { roleId: role.id, forced: options.force === true });
  });
}
