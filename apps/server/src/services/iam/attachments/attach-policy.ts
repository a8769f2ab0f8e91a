import { bumpAuthzVersion } from '../../../authz/bump-authz-version.js';
import { recordAuditEvent } from '../../../audit/record-audit-event.js';
import { AppError } from '../../../errors/app-error.js';
import { QUOTAS } from '../../../model/quotas.js';
import type { ServiceContext } from '../../service-context.js';
import { ACTION_WORD, authorizeOnOwner, ownerColumn, type PolicyOwnerKind } from '../common/entity-target.js';
import { noSuchEntity } from '../common/errors.js';
import { lockRow } from '../common/lock-row.js';
import { requirePolicy } from '../common/policy-target.js';
import { inTransaction } from '../../../db/in-transaction.js';

const QUOTA: Record<PolicyOwnerKind, number> = {
  user: QUOTAS.attachedPoliciesPerUser,
  group: QUOTAS.attachedPoliciesPerGroup,
  role: QUOTAS.attachedPoliciesPerRole,
};

/**
 * iam:Attach{User,Group,Role}Policy on the owner's ARN with `iam:PolicyARN`. Attaching a policy
 * twice is a no-op, as in AWS; the eleventh is LimitExceeded (the owner's row is locked while
 * counting, so parallel attaches cannot pass the quota together).
 */
export async function attachPolicy(options: {
  ctx: ServiceContext;
  kind: PolicyOwnerKind;
  name: string;
  policyArn: string;
}): Promise<void> {
  const { ctx, kind, policyArn } = options;
  const action = `iam:Attach${ACTION_WORD[kind]}Policy`;
  const owner = await authorizeOnOwner(ctx, kind, options.name, action, { 'iam:PolicyARN': policyArn });
  const policy = await requirePolicy(ctx.db, owner.accountId, policyArn);
  if (!policy.isAttachable) {
    throw new AppError(
      'PolicyNotAttachable',
      `policy \`${policyArn}\` cannot be attached to users, groups or roles: AWS reserves it for service-linked roles`,
    );
  }
  await inTransaction(ctx, async (tx) => {
    if (!(await lockRow(tx, owner.table, owner.id))) throw noSuchEntity(kind, owner.name);
    const where = ownerColumn(owner);
    if (await tx.policyAttachment.findFirst({ where: { ...where, policyId: policy.id } })) return;
    const attached = await tx.policyAttachment.count({ where });
    if (attached >= QUOTA[kind]) {
      throw new AppError(
        'LimitExceeded',
        `${kind} \`${owner.name}\` already has ${attached} managed policies attached, the most a ${kind} can have (${QUOTA[kind]})`,
      );
    }
    await tx.policyAttachment.create({
      data: { accountId: owner.accountId, policyId: policy.id, ...ownerColumn(owner) },
    });
    await bumpAuthzVersion(tx, owner.accountId);
    await recordAuditEvent(tx, ctx, {
      action,
      resource: owner.arn,
      result: 'Success',
      details: { [`${kind}Name`]: owner.name, policyArn },
    });
  });
}
