import { recordAuditEvent } from '../../audit/record-audit-event.js';
import { inTransaction } from '../../db/in-transaction.js';
import { nameKey } from '../../db/name-key.js';
import { isUniqueViolation } from '../../db/unique-violation.js';
import type { ServiceContext } from '../service-context.js';
import { nodeArn } from './common/org-arns.js';
import { managementOrganization } from './common/org-context.js';
import { orgError, ouNotFound } from './common/org-errors.js';
import { OU_ID_PATTERN } from './common/org-ids.js';
import { ouView, type OuView } from './common/org-views.js';

export interface UpdateOrganizationalUnitOptions {
  ctx: ServiceContext;
  organizationalUnitId: string;
  name?: string;
}

const duplicate = (name: string) =>
  orgError(
    'DuplicateOrganizationalUnitException',
    `an organizational unit named \`${name}\` already exists in that parent`,
  );

/** organizations:UpdateOrganizationalUnit on the OU's ARN: renames it (unique among its siblings). */
export async function updateOrganizationalUnit(options: UpdateOrganizationalUnitOptions): Promise<OuView> {
  const { ctx, organizationalUnitId: id } = options;
  const org = await managementOrganization(ctx, 'organizations:UpdateOrganizationalUnit', (o) =>
    nodeArn(o, id),
  );
  if (!OU_ID_PATTERN.test(id)) throw ouNotFound(id);
  try {
    return await inTransaction(ctx, async (tx) => {
      const ou = await tx.organizationalUnit.findFirst({ where: { id, organizationId: org.id } });
      if (!ou || ou.parentId === null) throw ouNotFound(id);
      const name = options.name ?? ou.name;
      if (name !== ou.name) {
        const clash = await tx.organizationalUnit.findFirst({
          where: { parentId: ou.parentId, nameLower: nameKey(name), id: { not: id } },
          select: { id: true },
        });
        if (clash) throw duplicate(name);
        await tx.organizationalUnit.update({ where: { id }, data: { name, nameLower: nameKey(name) } });
        await recordAuditEvent(tx, ctx, {
          action: 'organizations:UpdateOrganizationalUnit',
          resource: nodeArn(org, id),
          result: 'Success',
          details: { organizationalUnitId: id, name, previousName: ou.name },
        });
      }
      return ouView(org, { id, parentId: ou.parentId, name });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw duplicate(options.name ?? '');
    throw err;
  }
}
