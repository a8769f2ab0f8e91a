import type { OrganizationTree } from '../../api/organizations-types.js';
import { SCP_TYPE } from '../../api/organizations-types.js';

/** Whether service control policies are enabled on the organization's root. */
export function scpsEnabled(tree: OrganizationTree | undefined): boolean {
  return tree?.root.policyTypes.some((t) => t.type === SCP_TYPE && t.status === 'ENABLED') ?? false;
}
