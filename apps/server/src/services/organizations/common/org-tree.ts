import type { DbOrTx } from '../../../db/client.js';
import type { OrganizationalUnit } from '../../../db/generated/client.js';

export type OrgNode = Pick<OrganizationalUnit, 'id' | 'parentId' | 'name'>;

/** Every node of the organization's tree (the root and its OUs), by id. */
export async function loadNodes(db: DbOrTx, organizationId: string): Promise<Map<string, OrgNode>> {
  const rows = await db.organizationalUnit.findMany({
    where: { organizationId },
    select: { id: true, parentId: true, name: true },
  });
  return new Map(rows.map((r) => [r.id, r]));
}

/** The nodes from the root down to `nodeId`, both included. */
export function pathTo(nodes: Map<string, OrgNode>, nodeId: string): OrgNode[] {
  const out: OrgNode[] = [];
  let current = nodes.get(nodeId);
  while (current && out.length <= 32) {
    out.unshift(current);
    current = current.parentId ? nodes.get(current.parentId) : undefined;
  }
  return out;
}

/** A root or OU of the organization, or null. */
export async function findNode(db: DbOrTx, organizationId: string, id: string): Promise<OrgNode | null> {
  return db.organizationalUnit.findFirst({
    where: { id, organizationId },
    select: { id: true, parentId: true, name: true },
  });
}

/** AWS allows five levels of OUs under the root. */
export const MAX_OU_DEPTH = 5;
