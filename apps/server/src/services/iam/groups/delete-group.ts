import { authorize } from '../../../authz/authorize.js';
import { bumpAuthzVersion } from '../../../authz/bump-authz-version.js';
import { recordAuditEvent } from '../../../audit/record-audit-event.js';
import type { DbOrTx } from '../../../db/client.js';
import { AppError } from '../../../errors/app-error.js';
import type { ServiceContext } from '../../service-context.js';
import { count, deleteConflict, noSuchEntity } from '../common/errors.js';
import { lockRow } from '../common/lock-row.js';
import { arnOfGroup, authorizeOnGroup } from '../common/targets.js';
import { inTransaction } from '../../../db/in-transaction.js';

interface GroupDependencies {
  members: { userId: string; userName: string }[];
  attachedPolicies: { policyId: string; arn: string }[];
  inlinePolicies: string[];
}

async function loadGroupDependencies(db: DbOrTx, groupId: string): Promise<GroupDependencies> {
  const [members, attachments, inline] = await Promise.all([
    db.groupMembership.findMany({ where: { groupId }, include: { user: { select: { name: true } } } }),
    db.policyAttachment.findMany({ where: { groupId }, include: { policy: { select: { arn: true } } } }),
    db.inlinePolicy.findMany({ where: { groupId }, select: { name: true } }),
  ]);
  return {
    members: members
      .map((m) => ({ userId: m.userId, userName: m.user.name }))
      .sort((a, b) => (a.userId < b.userId ? -1 : 1)),
    attachedPolicies: attachments
      .map((a) => ({ policyId: a.policyId, arn: a.policy.arn }))
      .sort((a, b) => (a.policyId < b.policyId ? -1 : 1)),
    inlinePolicies: inline.map((p) => p.name).sort(),
  };
}

function describe(d: GroupDependencies): string[] {
  const out: string[] = [];
  if (d.members.length) out.push(count(d.members.length, 'member'));
  if (d.attachedPolicies.length)
    out.push(count(d.attachedPolicies.length, 'attached policy', 'attached policies'));
  if (d.inlinePolicies.length) out.push(count(d.inlinePolicies.length, 'inline policy', 'inline policies'));
  return out;
}

/**
 * iam:DeleteGroup. AWS's rule: DeleteConflict while the group has members, attached or inline
 * policies. `force` (the console's delete) removes them first — iam:RemoveUserFromGroup,
 * iam:DetachGroupPolicy per policy, iam:DeleteGroupPolicy — in the same transaction.
 */
export async function deleteGroup(options: { ctx: ServiceContext; groupName: string; force?: boolean }) {
  const { ctx } = options;
  const group = await authorizeOnGroup(ctx, options.groupName, 'iam:DeleteGroup');
  const arn = arnOfGroup(group);
  const planned = options.force ? await loadGroupDependencies(ctx.db, group.id) : undefined;
  if (planned) {
    if (planned.members.length) await authorize(ctx, 'iam:RemoveUserFromGroup', arn);
    for (const p of planned.attachedPolicies)
      await authorize(ctx, 'iam:DetachGroupPolicy', arn, { 'iam:PolicyARN': p.arn });
    if (planned.inlinePolicies.length) await authorize(ctx, 'iam:DeleteGroupPolicy', arn);
  }

  await inTransaction(ctx, async (tx) => {
    if (!(await lockRow(tx, 'Group', group.id))) throw noSuchEntity('group', group.name);
    const deps = await loadGroupDependencies(tx, group.id);
    const audit = (action: string, details: Record<string, string | boolean>) =>
      recordAuditEvent(tx, ctx, {
        action,
        resource: arn,
        result: 'Success',
        details: { groupName: group.name, ...details },
      });
    if (planned) {
      if (JSON.stringify(planned) !== JSON.stringify(deps)) {
        throw new AppError(
          'ConcurrentModification',
          `group \`${group.name}\` changed while it was being deleted: try again`,
        );
      }
      for (const m of deps.members) await audit('iam:RemoveUserFromGroup', { userName: m.userName });
      for (const p of deps.attachedPolicies) await audit('iam:DetachGroupPolicy', { policyArn: p.arn });
      for (const name of deps.inlinePolicies) await audit('iam:DeleteGroupPolicy', { policyName: name });
      await tx.groupMembership.deleteMany({ where: { groupId: group.id } });
      await tx.policyAttachment.deleteMany({ where: { groupId: group.id } });
      await tx.inlinePolicy.deleteMany({ where: { groupId: group.id } });
    } else {
      const remaining = describe(deps);
      if (remaining.length > 0) throw deleteConflict('group', group.name, remaining, true, ctx);
    }
    await tx.group.delete({ where: { id: group.id } });
    await bumpAuthzVersion(tx, group.accountId);
    await audit('iam:DeleteGroup', { groupId: group.id, forced: options.force === true });
  });
}
