import { bumpAuthzVersion } from '../../../authz/bump-authz-version.js';
import { recordAuditEvent } from '../../../audit/record-audit-event.js';
import type { ServiceContext } from '../../service-context.js';
import { count, deleteConflict, noSuchEntity } from '../common/errors.js';
import { lockRow } from '../common/lock-row.js';
import { assertCustomerManaged, authorizeOnPolicy } from '../common/policy-target.js';
import { inTransaction } from '../../../db/in-transaction.js';
import { AppError } from '../../../errors/app-error.js';
import {
  authorizeDependentRemovals,
  loadPolicyDependents,
  removeDependents,
  sameDependents,
} from './delete-policy-attachments.js';

/**
 * iam:DeletePolicy. AWS's rule: detach the policy from every user, group and role, and delete
 * every version but the default one, first; otherwise DeleteConflict. A policy in use as a
 * permissions boundary is refused too (the boundary would silently vanish).
 *
 * `force` (the console's delete, as AWS's console does it) first detaches the policy from every
 * user, group and role and deletes its other versions, each authorised with its own action, all
 * in the same transaction as the delete, one audit event each. A boundary is never removed by
 * force: dropping it would widen what its user or role may do.
 */
export async function deletePolicy(options: {
  ctx: ServiceContext;
  policyArn: string;
  force?: boolean;
}): Promise<void> {
  const { ctx } = options;
  const policy = await authorizeOnPolicy(ctx, options.policyArn, 'iam:DeletePolicy');
  await assertCustomerManaged(ctx, policy, 'iam:DeletePolicy');
  const planned = options.force ? await loadPolicyDependents(ctx.db, policy) : undefined;
  if (planned) await authorizeDependentRemovals(ctx, policy, planned);
  await inTransaction(ctx, async (tx) => {
    if (!(await lockRow(tx, 'ManagedPolicy', policy.id))) throw noSuchEntity('policy', policy.arn);
    if (planned) {
      const found = await loadPolicyDependents(tx, policy);
      if (!sameDependents(planned, found)) {
        throw new AppError(
          'ConcurrentModification',
          `policy \`${policy.name}\` changed while it was being deleted: try again`,
        );
      }
      const boundaries = await tx.managedPolicy.findUniqueOrThrow({
        where: { id: policy.id },
        select: { _count: { select: { boundaryForUsers: true, boundaryForRoles: true } } },
      });
      // Refused before anything is removed (the transaction would roll back anyway).
      if (boundaries._count.boundaryForUsers + boundaries._count.boundaryForRoles === 0) {
        await removeDependents(tx, ctx, policy, found);
      }
    }
    const { _count } = await tx.managedPolicy.findUniqueOrThrow({
      where: { id: policy.id },
      include: {
        _count: {
          select: { attachments: true, versions: true, boundaryForUsers: true, boundaryForRoles: true },
        },
      },
    });
    const remaining: string[] = [];
    if (_count.attachments) remaining.push(count(_count.attachments, 'attachment'));
    const boundaries = _count.boundaryForUsers + _count.boundaryForRoles;
    if (boundaries)
      remaining.push(count(boundaries, 'use as a permissions boundary', 'uses as a permissions boundary'));
    if (_count.versions > 1)
      remaining.push(
        count(_count.versions - 1, 'version besides the default', 'versions besides the default'),
      );
    if (remaining.length > 0) throw deleteConflict('policy', policy.name, remaining, false);
    await tx.managedPolicy.delete({ where: { id: policy.id } });
    await bumpAuthzVersion(tx, ctx.principal.accountId);
    await recordAuditEvent(tx, ctx, {
      action: 'iam:DeletePolicy',
      resource: policy.arn,
      result: 'Success',
      details: { policyName: policy.name, policyId: policy.id },
    });
  });
}
