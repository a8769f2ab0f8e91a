import { recordAuditEvent } from '../../audit/record-audit-event.js';
import { inTransaction } from '../../db/in-transaction.js';
import type { ServiceContext } from '../service-context.js';
import { organizationArn } from './common/org-arns.js';
import { bumpOrganization, lockOrganization, managementOrganization } from './common/org-context.js';
import { orgError } from './common/org-errors.js';

/**
 * organizations:DeleteOrganization (resource `*`): only once the management account is the
 * organization's last account (OrganizationNotEmptyException otherwise), as AWS. OUs, SCPs,
 * attachments, handshakes and create-account statuses go with it.
 */
export async function deleteOrganization(options: { ctx: ServiceContext }): Promise<void> {
  const { ctx } = options;
  const org = await managementOrganization(ctx, 'organizations:DeleteOrganization');
  await inTransaction(ctx, async (tx) => {
    await lockOrganization(tx, org.id);
    const members = await tx.account.count({
      where: { organizationId: org.id, id: { not: org.managementAccountId } },
    });
    if (members > 0) {
      throw orgError(
        'OrganizationNotEmptyException',
        `the organization still has ${members} member account${members === 1 ? '' : 's'}: remove them before you delete it`,
      );
    }
    await bumpOrganization(tx, org.id);
    await tx.account.update({
      where: { id: org.managementAccountId },
      data: { organizationId: null, orgParentId: null, orgJoinedMethod: null, orgJoinedAt: null },
    });
    await tx.orgPolicyAttachment.deleteMany({ where: { organizationId: org.id } });
    // Children before parents (the tree's foreign key restricts).
    for (;;) {
      const leaves = await tx.organizationalUnit.findMany({
        where: { organizationId: org.id, children: { none: {} } },
        select: { id: true },
      });
      if (leaves.length === 0) break;
      await tx.organizationalUnit.deleteMany({ where: { id: { in: leaves.map((l) => l.id) } } });
    }
    await tx.organization.delete({ where: { id: org.id } });
    await recordAuditEvent(tx, ctx, {
      action: 'organizations:DeleteOrganization',
      resource: organizationArn(org),
      result: 'Success',
      details: { organizationId: org.id },
    });
  });
}
