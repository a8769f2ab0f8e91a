import { authorize } from '../../authz/authorize.js';
import { recordAuditEvent } from '../../audit/record-audit-event.js';
import { inTransaction } from '../../db/in-transaction.js';
import { isUniqueViolation } from '../../db/unique-violation.js';
import type { ServiceContext } from '../service-context.js';
import { scpArn, targetArn } from './common/org-arns.js';
import { bumpOrganization, lockOrganization, managementOrganization } from './common/org-context.js';
import { constraintViolation, orgError } from './common/org-errors.js';
import { requireOrgPolicy, requireTarget, targetKey } from './common/org-targets.js';

/** AWS's quota: five SCPs attached directly to one root, OU or account. */
export const MAX_SCPS_PER_TARGET = 5;

const duplicate = (policy: string, target: string) =>
  orgError(
    'DuplicatePolicyAttachmentException',
    `the policy \`${policy}\` is already attached to \`${target}\``,
  );

/**
 * organizations:AttachPolicy, authorised on the policy's and the target's ARNs. SCPs must be
 * enabled on the root (PolicyTypeNotEnabledException); every account under the target is
 * bounded by it from its next request.
 */
export async function attachPolicy(options: {
  ctx: ServiceContext;
  policyId: string;
  targetId: string;
}): Promise<void> {
  const { ctx, policyId, targetId } = options;
  const org = await managementOrganization(ctx, 'organizations:AttachPolicy', (o) =>
    scpArn(o, { id: policyId, awsManaged: policyId === 'p-FullAWSAccess' }),
  );
  await authorize(ctx, 'organizations:AttachPolicy', targetArn(org, targetId));
  try {
    await inTransaction(ctx, async (tx) => {
      const locked = (await lockOrganization(tx, org.id))!;
      const policy = await requireOrgPolicy(tx, org, policyId);
      const target = await requireTarget(tx, org, targetId);
      if (!locked.scpEnabled) {
        throw orgError(
          'PolicyTypeNotEnabledException',
          'service control policies are not enabled in this organization: enable the policy type on the root first',
        );
      }
      const key = targetKey(target);
      const attached = await tx.orgPolicyAttachment.findMany({ where: key, select: { policyId: true } });
      if (attached.some((a) => a.policyId === policyId)) throw duplicate(policy.name, targetId);
      if (attached.length >= MAX_SCPS_PER_TARGET) {
        throw constraintViolation(
          'MAX_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED',
          `\`${targetId}\` already has ${MAX_SCPS_PER_TARGET} service control policies attached, the most AWS allows`,
        );
      }
      await tx.orgPolicyAttachment.create({ data: { organizationId: org.id, policyId, ...key } });
      await bumpOrganization(tx, org.id);
      await recordAuditEvent(tx, ctx, {
        action: 'organizations:AttachPolicy',
        resource: scpArn(org, policy),
        result: 'Success',
        details: { policyId, targetId, targetType: target.type },
      });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw duplicate(policyId, targetId);
    throw err;
  }
}
