import { authorize } from '../../authz/authorize.js';
import { recordAuditEvent } from '../../audit/record-audit-event.js';
import { inTransaction } from '../../db/in-transaction.js';
import type { ServiceContext } from '../service-context.js';
import { scpArn, targetArn } from './common/org-arns.js';
import { bumpOrganization, lockOrganization, managementOrganization } from './common/org-context.js';
import { constraintViolation, orgError } from './common/org-errors.js';
import { requireOrgPolicy, requireTarget, targetKey } from './common/org-targets.js';

/**
 * organizations:DetachPolicy, authorised on the policy's and the target's ARNs. Every root, OU
 * and account keeps at least one SCP, as AWS: detaching the last one is refused
 * (ConstraintViolationException, MIN_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED).
 */
export async function detachPolicy(options: {
  ctx: ServiceContext;
  policyId: string;
  targetId: string;
}): Promise<void> {
  const { ctx, policyId, targetId } = options;
  const org = await managementOrganization(ctx, 'organizations:DetachPolicy', (o) =>
    scpArn(o, { id: policyId, awsManaged: policyId === 'p-FullAWSAccess' }),
  );
  await authorize(ctx, 'organizations:DetachPolicy', targetArn(org, targetId));
  await inTransaction(ctx, async (tx) => {
    await lockOrganization(tx, org.id);
    const policy = await requireOrgPolicy(tx, org, policyId);
    const target = await requireTarget(tx, org, targetId);
    const key = targetKey(target);
    const attached = await tx.orgPolicyAttachment.findMany({
      where: key,
      select: { id: true, policyId: true },
    });
    const attachment = attached.find((a) => a.policyId === policyId);
    if (!attachment) {
      throw orgError(
        'PolicyNotAttachedException',
        `the policy \`${policy.name}\` is not attached to \`${targetId}\``,
      );
    }
    if (attached.length === 1) {
      throw constraintViolation(
        'MIN_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED',
        `\`${policy.name}\` is the last service control policy attached to \`${targetId}\`: every root, OU and account must keep one, so attach another before you detach it`,
      );
    }
    await tx.orgPolicyAttachment.delete({ where: { id: attachment.id } });
    await bumpOrganization(tx, org.id);
    await recordAuditEvent(tx, ctx, {
      action: 'organizations:DetachPolicy',
      resource: scpArn(org, policy),
      result: 'Success',
      details: { policyId, targetId, targetType: target.type },
    });
  });
}
