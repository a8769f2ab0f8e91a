import { recordAuditEvent } from '../../audit/record-audit-event.js';
import { inTransaction } from '../../db/in-transaction.js';
import type { ServiceContext } from '../service-context.js';
import { scpArn } from './common/org-arns.js';
import { managementOrganization } from './common/org-context.js';
import { orgError } from './common/org-errors.js';
import { requireOrgPolicy } from './common/org-targets.js';
import { awsManagedReadOnly } from './update-policy.js';

/** organizations:DeletePolicy on the policy's ARN: only a policy attached nowhere (PolicyInUseException). */
export async function deletePolicy(options: { ctx: ServiceContext; policyId: string }): Promise<void> {
  const { ctx, policyId } = options;
  const org = await managementOrganization(ctx, 'organizations:DeletePolicy', (o) =>
    scpArn(o, { id: policyId, awsManaged: policyId === 'p-FullAWSAccess' }),
  );
  await inTransaction(ctx, async (tx) => {
    const row = await requireOrgPolicy(tx, org, policyId);
    if (row.awsManaged) throw awsManagedReadOnly(row.name);
    await tx.$queryRaw`SELECT 1 FROM "OrgPolicy" WHERE "id" = ${policyId} FOR UPDATE`;
    const uses = await tx.orgPolicyAttachment.count({ where: { policyId } });
    if (uses > 0) {
      throw orgError(
        'PolicyInUseException',
        `the policy \`${row.name}\` is attached to ${uses} target${uses === 1 ? '' : 's'}: detach it from every root, OU and account first`,
      );
    }
    await tx.orgPolicy.delete({ where: { id: policyId } });
    await recordAuditEvent(tx, ctx, {
      action: 'organizations:DeletePolicy',
      resource: scpArn(org, row),
      result: 'Success',
      details: { policyId, name: row.name },
    });
  });
}
