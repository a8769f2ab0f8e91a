import { bumpAuthzVersion } from '../../authz/bump-authz-version.js';
import { recordAuditEvent } from '../../audit/record-audit-event.js';
import type { Tx } from '../../db/client.js';
import type { Organization } from '../../db/generated/client.js';
import { inTransaction } from '../../db/in-transaction.js';
import type { ServiceContext } from '../service-context.js';
import { orgAccountArn } from './common/org-arns.js';
import { bumpOrganization, lockOrganization, managementOrganization } from './common/org-context.js';
import { accountNotFound, orgError } from './common/org-errors.js';
import { ACCOUNT_ID_PATTERN } from './common/org-ids.js';

export const masterCannotLeave = () =>
  orgError(
    'MasterCannotLeaveOrganizationException',
    "the management account can't leave its organization: remove every member account, then delete the organization",
  );

/** Takes a member account out of the organization: its SCP attachments go, SCPs stop applying. */
export async function detachFromOrganization(tx: Tx, org: Organization, accountId: string): Promise<void> {
  await bumpOrganization(tx, org.id);
  await tx.orgPolicyAttachment.deleteMany({ where: { accountId } });
  await tx.account.update({
    where: { id: accountId },
    data: { organizationId: null, orgParentId: null, orgJoinedMethod: null, orgJoinedAt: null },
  });
  await bumpAuthzVersion(tx, accountId);
}

/** organizations:RemoveAccountFromOrganization on the account's ARN; never the management account. */
export async function removeAccountFromOrganization(options: {
  ctx: ServiceContext;
  accountId: string;
}): Promise<void> {
  const { ctx, accountId } = options;
  const org = await managementOrganization(ctx, 'organizations:RemoveAccountFromOrganization', (o) =>
    orgAccountArn(o, accountId),
  );
  if (!ACCOUNT_ID_PATTERN.test(accountId)) throw accountNotFound(accountId);
  if (accountId === org.managementAccountId) throw masterCannotLeave();
  await inTransaction(ctx, async (tx) => {
    await lockOrganization(tx, org.id);
    const member = await tx.account.count({ where: { id: accountId, organizationId: org.id } });
    if (member === 0) throw accountNotFound(accountId);
    await detachFromOrganization(tx, org, accountId);
    await recordAuditEvent(tx, ctx, {
      action: 'organizations:RemoveAccountFromOrganization',
      resource: orgAccountArn(org, accountId),
      result: 'Success',
      details: { accountId },
    });
  });
}
