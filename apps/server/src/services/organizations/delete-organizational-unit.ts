import { recordAuditEvent } from '../../audit/record-audit-event.js';
import { inTransaction } from '../../db/in-transaction.js';
import type { ServiceContext } from '../service-context.js';
import { nodeArn } from './common/org-arns.js';
import { bumpOrganization, lockOrganization, managementOrganization } from './common/org-context.js';
import { orgError, ouNotFound } from './common/org-errors.js';
import { OU_ID_PATTERN } from './common/org-ids.js';

/**
 * organizations:DeleteOrganizationalUnit on the OU's ARN: only an empty OU (no accounts, no
 * child OUs: OrganizationalUnitNotEmptyException). Its SCP attachments go with it.
 */
export async function deleteOrganizationalUnit(options: {
  ctx: ServiceContext;
  organizationalUnitId: string;
}): Promise<void> {
  const { ctx, organizationalUnitId: id } = options;
  const org = await managementOrganization(ctx, 'organizations:DeleteOrganizationalUnit', (o) =>
    nodeArn(o, id),
  );
  if (!OU_ID_PATTERN.test(id)) throw ouNotFound(id);
  await inTransaction(ctx, async (tx) => {
    await lockOrganization(tx, org.id);
    const ou = await tx.organizationalUnit.findFirst({
      where: { id, organizationId: org.id },
      include: { _count: { select: { children: true, accounts: true } } },
    });
    if (!ou || ou.parentId === null) throw ouNotFound(id);
    if (ou._count.children > 0 || ou._count.accounts > 0) {
      throw orgError(
        'OrganizationalUnitNotEmptyException',
        `the organizational unit \`${ou.name}\` still contains ${ou._count.accounts} account(s) and ${ou._count.children} organizational unit(s): move or delete them first`,
      );
    }
    await tx.orgPolicyAttachment.deleteMany({ where: { nodeId: id } });
    await tx.organizationalUnit.delete({ where: { id } });
    await bumpOrganization(tx, org.id);
    await recordAuditEvent(tx, ctx, {
      action: 'organizations:DeleteOrganizationalUnit',
      resource: nodeArn(org, id),
      result: 'Success',
      details: { organizationalUnitId: id, name: ou.name },
    });
  });
}
