// The Permissions tab of a role: its permissions policies, the summary of what they grant, and its
// permissions boundary (the most its identity policies can grant).
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useQuery } from '@tanstack/react-query';
import {
  attachRolePolicy,
  deleteRoleInlinePolicy,
  detachRolePolicy,
  roleAttachedPoliciesQuery,
  roleInlinePoliciesQuery,
} from '../../../api/roles-api.js';
import type { Role } from '../../../api/roles-types.js';
import { EntityPermissionsTable } from '../../../components/entity-permissions/entity-permissions-table.js';
import { EffectiveSummarySection } from '../../../components/policy-summary/effective-summary-section.js';
import { PermissionsBoundarySection } from '../../../components/permissions-boundary/permissions-boundary-section.js';

export function RolePermissionsTab({ role }: { role: Role }) {
  const roleName = role.roleName;
  const attached = useQuery(roleAttachedPoliciesQuery(roleName));
  const inline = useQuery(roleInlinePoliciesQuery(roleName));
  return (
    <SpaceBetween size="l">
      <EntityPermissionsTable
        entityName={roleName}
        description="The role's permissions: what a session that assumed it may do. You can attach up to 10 managed policies."
        attached={attached}
        inline={inline}
        operations={{
          attach: (arn) => attachRolePolicy(roleName, arn),
          detach: (arn) => detachRolePolicy(roleName, arn),
          deleteInline: (policyName) => deleteRoleInlinePolicy(roleName, policyName),
        }}
        resource="role"
        inlinePoliciesPath={`/roles/${encodeURIComponent(roleName)}/inline-policies`}
        emptyText="This role has no policies, so every request made with it is denied."
      />
      <EffectiveSummarySection kind="role" name={roleName} />
      <PermissionsBoundarySection
        target={{ kind: 'role', name: role.roleName }}
        boundary={role.permissionsBoundary}
      />
    </SpaceBetween>
  );
}
