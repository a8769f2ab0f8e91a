import { recordAuditEvent } from '../../audit/record-audit-event.js';
import { inTransaction } from '../../db/in-transaction.js';
import type { ServiceContext } from '../service-context.js';
import { nodeArn } from './common/org-arns.js';
import { bumpOrganization, lockOrganization, managementOrganization } from './common/org-context.js';
import { orgError, rootNotFound } from './common/org-errors.js';
import { rootView, type RootView } from './common/org-views.js';
import { requireScpType } from './create-policy.js';

/**
 * organizations:DisablePolicyType on the root's ARN: SCPs stop applying and every SCP
 * attachment of the organization is removed, as AWS (the policies themselves stay).
 */
export async function disablePolicyType(options: {
  ctx: ServiceContext;
  rootId: string;
  policyType: string;
}): Promise<RootView> {
  const { ctx, rootId } = options;
  const org = await managementOrganization(ctx, 'organizations:DisablePolicyType', (o) => nodeArn(o, rootId));
  requireScpType(options.policyType);
  if (rootId !== org.rootId) throw rootNotFound(rootId);
  return inTransaction(ctx, async (tx) => {
    const locked = (await lockOrganization(tx, org.id))!;
    if (!locked.scpEnabled) {
      throw orgError(
        'PolicyTypeNotEnabledException',
        'service control policies are not enabled on this root',
      );
    }
    await tx.orgPolicyAttachment.deleteMany({ where: { organizationId: org.id } });
    const updated = await tx.organization.update({ where: { id: org.id }, data: { scpEnabled: false } });
    await bumpOrganization(tx, org.id);
    await recordAuditEvent(tx, ctx, {
      action: 'organizations:DisablePolicyType',
      resource: nodeArn(org, rootId),
      result: 'Success',
      details: { rootId, policyType: 'SERVICE_CONTROL_POLICY' },
    });
    return rootView(updated);
  });
}
