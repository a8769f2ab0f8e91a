import { bumpAuthzVersion } from '../../../authz/bump-authz-version.js';
import { recordAuditEvent } from '../../../audit/record-audit-event.js';
import type { PolicyVersion } from '../../../db/generated/client.js';
import { AppError } from '../../../errors/app-error.js';
import { QUOTAS } from '../../../model/quotas.js';
import type { ServiceContext } from '../../service-context.js';
import { noSuchEntity } from '../common/errors.js';
import { lockRow } from '../common/lock-row.js';
import { checkPolicyDocument, type CheckedPolicy } from '../common/policy-text.js';
import { assertCustomerManaged, authorizeOnPolicy } from '../common/policy-target.js';
import { inTransaction } from '../../../db/in-transaction.js';

/**
 * iam:CreatePolicyVersion — a new version numbered after every version the policy ever had
 * (AWS never reuses a number), optionally made the default. A policy holds at most 5 versions:
 * the sixth is LimitExceeded. The policy row is locked while counting, so parallel requests
 * can never take a policy past 5.
 */
export async function createPolicyVersion(options: {
  ctx: ServiceContext;
  policyArn: string;
  document: string;
  setAsDefault?: boolean;
}): Promise<{ version: PolicyVersion; isDefault: boolean; check: CheckedPolicy }> {
  const { ctx } = options;
  const policy = await authorizeOnPolicy(ctx, options.policyArn, 'iam:CreatePolicyVersion');
  await assertCustomerManaged(ctx, policy, 'iam:CreatePolicyVersion');
  const check = checkPolicyDocument(options.document, 'identity', QUOTAS.policySize, 'the policy');

  const version = await inTransaction(ctx, async (tx) => {
    if (!(await lockRow(tx, 'ManagedPolicy', policy.id))) throw noSuchEntity('policy', policy.arn);
    const current = await tx.managedPolicy.findUniqueOrThrow({
      where: { id: policy.id },
      include: { _count: { select: { versions: true } } },
    });
    if (current._count.versions >= QUOTAS.versionsPerPolicy) {
      throw new AppError(
        'LimitExceeded',
        `policy \`${policy.name}\` already has ${current._count.versions} versions, the most a policy can have: delete a version that is not the default first`,
      );
    }
    const versionId = `v${current.nextVersionNumber}`;
    const created = await tx.policyVersion.create({
      data: { policyId: policy.id, versionId, document: options.document, createdAt: ctx.clock() },
    });
    await tx.managedPolicy.update({
      where: { id: policy.id },
      data: {
        nextVersionNumber: current.nextVersionNumber + 1,
        ...(options.setAsDefault ? { defaultVersionId: versionId } : {}),
      },
    });
    if (options.setAsDefault) await bumpAuthzVersion(tx, ctx.principal.accountId);
    await recordAuditEvent(tx, ctx, {
      action: 'iam:CreatePolicyVersion',
      resource: policy.arn,
      result: 'Success',
      details: { versionId, setAsDefault: options.setAsDefault === true },
    });
    return created;
  });
  return { version, isDefault: options.setAsDefault === true, check };
}
