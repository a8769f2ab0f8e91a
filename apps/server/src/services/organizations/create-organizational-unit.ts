import { recordAuditEvent } from '../../audit/record-audit-event.js';
import { inTransaction } from '../../db/in-transaction.js';
import { nameKey } from '../../db/name-key.js';
import { isUniqueViolation } from '../../db/unique-violation.js';
import type { ServiceContext } from '../service-context.js';
import { attachFullAwsAccess } from './common/full-aws-access.js';
import { nodeArn } from './common/org-arns.js';
import { bumpOrganization, lockOrganization, managementOrganization } from './common/org-context.js';
import { constraintViolation, orgError, parentNotFound } from './common/org-errors.js';
import { newOrganizationalUnitId } from './common/org-ids.js';
import { loadNodes, MAX_OU_DEPTH, pathTo } from './common/org-tree.js';
import { ouView, type OuView } from './common/org-views.js';

export interface CreateOrganizationalUnitOptions {
  ctx: ServiceContext;
  parentId: string;
  name: string;
}

const duplicate = (name: string) =>
  orgError(
    'DuplicateOrganizationalUnitException',
    `an organizational unit named \`${name}\` already exists in that parent`,
  );

/**
 * organizations:CreateOrganizationalUnit on the parent's ARN (root or OU). Names are unique
 * among siblings (case-insensitively); at most five levels of OUs under the root; FullAWSAccess
 * is attached to the new OU while SCPs are enabled, as AWS.
 */
export async function createOrganizationalUnit(options: CreateOrganizationalUnitOptions): Promise<OuView> {
  const { ctx, parentId, name } = options;
  const org = await managementOrganization(ctx, 'organizations:CreateOrganizationalUnit', (o) =>
    nodeArn(o, parentId),
  );
  try {
    return await inTransaction(ctx, async (tx) => {
      const locked = (await lockOrganization(tx, org.id))!;
      const nodes = await loadNodes(tx, org.id);
      if (!nodes.has(parentId)) throw parentNotFound(parentId);
      // pathTo counts the root: a parent at depth 5 (root + 5 OUs) can take no more.
      if (pathTo(nodes, parentId).length > MAX_OU_DEPTH) {
        throw constraintViolation(
          'OU_DEPTH_LIMIT_EXCEEDED',
          `an organizational unit can be nested at most ${MAX_OU_DEPTH} levels below the root`,
        );
      }
      const siblings = [...nodes.values()].filter((n) => n.parentId === parentId);
      if (siblings.some((n) => nameKey(n.name) === nameKey(name))) throw duplicate(name);
      const id = newOrganizationalUnitId(org.rootId);
      await tx.organizationalUnit.create({
        data: {
          id,
          organizationId: org.id,
          parentId,
          name,
          nameLower: nameKey(name),
          createdAt: ctx.clock(),
        },
      });
      if (locked.scpEnabled) await attachFullAwsAccess(tx, org.id, { nodeId: id });
      await bumpOrganization(tx, org.id);
      await recordAuditEvent(tx, ctx, {
        action: 'organizations:CreateOrganizationalUnit',
        resource: nodeArn(org, id),
        result: 'Success',
        details: { organizationalUnitId: id, name, parentId },
      });
      return ouView(org, { id, parentId, name });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw duplicate(name);
    throw err;
  }
}
