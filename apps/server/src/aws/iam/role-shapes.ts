// Roles as AWS answers a change to one (CreateRole, UpdateRoleDescription): the role as
// GetRole describes it but without RoleLastUsed, which AWS reports only on reads.
import type { RoleTarget } from '../../services/iam/common/targets.js';
import { awsRole } from './iam-shapes.js';

export function awsChangedRole(role: RoleTarget) {
  return { ...awsRole(role), RoleLastUsed: undefined };
}
