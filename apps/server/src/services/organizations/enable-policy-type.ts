import { recordAuditEvent } from '../../audit/record-audit-event.js';
import { inTransaction } from '../../db/in-transaction.js';
import type { ServiceContext } from '../service-context.js';
import { ensureFullAwsAccess } from './common/full-aws-access.js';
import { FULL_AWS_ACCESS_ID, nodeArn } from './common/org-arns.js';
import { bumpOrganization, lockOrganization, managementOrganization } from './common/org-context.js';
import { orgError, rootNotFound } from './common/org-errors.js';
import { rootView, type RootView } from './common/org-views.js';
import { requireScpType } from './create-policy.js';

/**
 * organizations:EnablePolicyType on the root's ARN: turns SCPs on and, as AWS, attaches
 * FullAWSAccess to the root, every OU and every account, so nothing changes until an SCP denies.
 */
export async function enablePolicyType(options: {
  ctx: ServiceContext;
  rootId: string;
  policyType: string;
}): Promise<RootView> {
  const { ctx, rootId } = options;
  const org = await managementOrganization(ctx, 'organizations:EnablePolicyType', (o) => nodeArn(o, rootId));
  requireScpType(options.policyType);
  if (rootId !== org.rootId) throw rootNotFound(rootId);
  return inTransaction(ctx, async (tx) => {
    const locked = (await lockOrganization(tx, org.id))!;
    if (locked.scpEnabled) {
      throw orgError(
        'PolicyTypeAlreadyEnabledException',
        'service control policies are already enabled on this root',
      );
    }
    await ensureFullAwsAccess(tx);
    const [nodes, accounts] = await Promise.all([
      tx.organizationalUnit.findMany({ where: { organizationId: org.id }, select: { id: true } }),
      tx.account.findMany({ where: { organizationId: org.id }, select: { id: true } }),
    ]);
    await tx.orgPolicyAttachment.createMany({
      data: [
        ...nodes.map((n) => ({ organizationId: org.id, policyId: FULL_AWS_ACCESS_ID, nodeId: n.id })),
        ...accounts.map((a) => ({ organizationId: org.id, policyId: FULL_AWS_ACCESS_ID, accountId: a.id })),
      ],
      skipDuplicates: true,
    });
    const updated = await tx.organization.update({ where: { id: org.id }, data: { scpEnabled: true } });
    await bumpOrganization(tx, org.id);
    await recordAuditEvent(tx, ctx, {
      action: 'organizations:EnablePolicyType',
      resource: nodeArn(org, rootId),
      result: 'Success',
      details: { rootId, policyType: 'SERVICE_CONTROL_POLICY' },
    });
    return rootView(updated);
  });
}
