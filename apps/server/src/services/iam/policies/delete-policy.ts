import { bumpAuthzVersion } from '../../../authz/bump-authz-version.js';
import { recordAuditEvent } from '../../../audit/record-audit-event.js';
import type { ServiceContext } from '../../service-context.js';
import { count, deleteConflict, noSuchEntity } from '../common/errors.js';
import { lockRow } from '../common/lock-row.js';
import { assertCustomerManaged, authorizeOnPolicy } from '../common/policy-target.js';
import { inTransaction } from '../../../db/in-transaction.js';

/**
 * iam:DeletePolicy. AWS's rule: detach the policy from every user, group and role, and delete
 * every version but the default one, first; otherwise DeleteConflict. A policy in use as a
 * permissions boundary is refused too (the boundary would silently vanish).
 */
export async function deletePolicy(options: { ctx: ServiceContext; policyArn: string }): Promise<void> {
  const { ctx } = options;
  const policy = await authorizeOnPolicy(ctx, options.policyArn, 'iam:DeletePolicy');
  await assertCustomerManaged(ctx, policy, 'iam:DeletePolicy');
  await inTransaction(ctx, async (tx) => {
    if (!(await lockRow(tx, 'ManagedPolicy', policy.id))) throw noSuchEntity('policy', policy.arn);
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
