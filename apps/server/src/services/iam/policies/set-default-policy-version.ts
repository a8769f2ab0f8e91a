import { bumpAuthzVersion } from '../../../authz/bump-authz-version.js';
import { recordAuditEvent } from '../../../audit/record-audit-event.js';
import type { ServiceContext } from '../../service-context.js';
import { noSuchEntity } from '../common/errors.js';
import { lockRow } from '../common/lock-row.js';
import { assertCustomerManaged, authorizeOnPolicy } from '../common/policy-target.js';
import { inTransaction } from '../../../db/in-transaction.js';
import { policyDetails, type PolicyFacts } from './policy-facts.js';
import { noSuchVersion } from './policy-versions.js';

/** iam:SetDefaultPolicyVersion — the version every attachment of the policy evaluates from now on. */
export async function setDefaultPolicyVersion(options: {
  ctx: ServiceContext;
  policyArn: string;
  versionId: string;
}): Promise<PolicyFacts> {
  const { ctx, versionId } = options;
  const policy = await authorizeOnPolicy(ctx, options.policyArn, 'iam:SetDefaultPolicyVersion');
  await assertCustomerManaged(ctx, policy, 'iam:SetDefaultPolicyVersion');
  return inTransaction(ctx, async (tx) => {
    if (!(await lockRow(tx, 'ManagedPolicy', policy.id))) throw noSuchEntity('policy', policy.arn);
    const version = await tx.policyVersion.findUnique({
      where: { policyId_versionId: { policyId: policy.id, versionId } },
    });
    if (!version) throw noSuchVersion(versionId, policy.arn);
    const before = await tx.managedPolicy.findUniqueOrThrow({ where: { id: policy.id } });
    await tx.managedPolicy.update({ where: { id: policy.id }, data: { defaultVersionId: versionId } });
    await bumpAuthzVersion(tx, ctx.principal.accountId);
    await recordAuditEvent(tx, ctx, {
      action: 'iam:SetDefaultPolicyVersion',
      resource: policy.arn,
      result: 'Success',
      details: { versionId, previousDefault: before.defaultVersionId },
    });
    return policyDetails(tx, ctx.principal.accountId, policy.id);
  });
}
