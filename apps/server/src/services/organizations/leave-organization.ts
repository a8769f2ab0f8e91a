import { recordAuditEvent } from '../../audit/record-audit-event.js';
import { inTransaction } from '../../db/in-transaction.js';
import type { ServiceContext } from '../service-context.js';
import { orgAccountArn } from './common/org-arns.js';
import { lockOrganization, memberOrganization } from './common/org-context.js';
import { detachFromOrganization, masterCannotLeave } from './remove-account-from-organization.js';

/** organizations:LeaveOrganization (resource `*`): a member account leaves; never the management account. */
export async function leaveOrganization(options: { ctx: ServiceContext }): Promise<void> {
  const { ctx } = options;
  const org = await memberOrganization(ctx, 'organizations:LeaveOrganization');
  const accountId = ctx.principal.accountId;
  if (accountId === org.managementAccountId) throw masterCannotLeave();
  await inTransaction(ctx, async (tx) => {
    await lockOrganization(tx, org.id);
    await detachFromOrganization(tx, org, accountId);
    await recordAuditEvent(tx, ctx, {
      action: 'organizations:LeaveOrganization',
      resource: orgAccountArn(org, accountId),
      result: 'Success',
      details: { organizationId: org.id },
    });
  });
}
