import { recordAuditEvent } from '../../../audit/record-audit-event.js';
import { AppError } from '../../../errors/app-error.js';
import type { ServiceContext } from '../../service-context.js';
import { noSuchEntity } from '../common/errors.js';
import { lockRow } from '../common/lock-row.js';
import { assertCustomerManaged, authorizeOnPolicy } from '../common/policy-target.js';
import { inTransaction } from '../../../db/in-transaction.js';
import { noSuchVersion } from './policy-versions.js';

/** iam:DeletePolicyVersion — any version but the default one (DeleteConflict, as in AWS). */
export async function deletePolicyVersion(options: {
  ctx: ServiceContext;
  policyArn: string;
  versionId: string;
}) {
  const { ctx, versionId } = options;
  const policy = await authorizeOnPolicy(ctx, options.policyArn, 'iam:DeletePolicyVersion');
  await assertCustomerManaged(ctx, policy, 'iam:DeletePolicyVersion');
  await inTransaction(ctx, async (tx) => {
    if (!(await lockRow(tx, 'ManagedPolicy', policy.id))) throw noSuchEntity('policy', policy.arn);
    const current = await tx.managedPolicy.findUniqueOrThrow({ where: { id: policy.id } });
    const key = { policyId_versionId: { policyId: policy.id, versionId } };
    if (!(await tx.policyVersion.findUnique({ where: key }))) throw noSuchVersion(versionId, policy.arn);
    if (current.defaultVersionId === versionId) {
      throw new AppError(
        'DeleteConflict',
        `cannot delete \`${versionId}\`: it is the default version of policy \`${policy.name}\`; make another version the default first`,
      );
    }
    await tx.policyVersion.delete({ where: key });
    await recordAuditEvent(tx, ctx, {
      action: 'iam:DeletePolicyVersion',
      resource: policy.arn,
      result: 'Success',
      details: { versionId },
    });
  });
}
