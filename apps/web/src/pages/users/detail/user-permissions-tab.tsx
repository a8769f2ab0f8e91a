// The Permissions tab: every policy that applies to the user, attached directly or through a
// group; attach, create inline, and remove the user's own; and the summary of what they grant.
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useQueries, useQuery } from '@tanstack/react-query';
import { groupAttachedPoliciesQuery, groupInlinePoliciesQuery } from '../../../api/queries/groups.js';
import {
  attachUserPolicy,
  deleteUserInlinePolicy,
  detachUserPolicy,
  userAttachedPoliciesQuery,
  userGroupsQuery,
  userInlinePoliciesQuery,
  userQuery,
} from '../../../api/queries/users.js';
import type { GroupPolicies } from '../../../components/entity-permissions/entity-permission-rows.js';
import { EntityPermissionsTable } from '../../../components/entity-permissions/entity-permissions-table.js';
import { PermissionsBoundarySection } from '../../../components/permissions-boundary/permissions-boundary-section.js';
import { EffectiveSummarySection } from '../../../components/policy-summary/effective-summary-section.js';

export function UserPermissionsTab({ userName }: { userName: string }) {
  const attached = useQuery(userAttachedPoliciesQuery(userName));
  const inline = useQuery(userInlinePoliciesQuery(userName));
  const groups = useQuery(userGroupsQuery(userName));
  const groupNames = groups.data?.items.map((g) => g.groupName) ?? [];
  const groupAttached = useQueries({ queries: groupNames.map((g) => groupAttachedPoliciesQuery(g)) });
  const groupInline = useQueries({ queries: groupNames.map((g) => groupInlinePoliciesQuery(g)) });
  const inherited = [groups, ...groupAttached, ...groupInline];
  const perGroup: GroupPolicies[] = groupNames.map((groupName, i) => ({
    groupName,
    attached: groupAttached[i]?.data?.items ?? [],
    inlineNames: groupInline[i]?.data?.items.map((p) => p.policyName) ?? [],
  }));

  return (
    <SpaceBetween size="l">
      <EntityPermissionsTable
        entityName={userName}
        description="Permissions are defined by policies attached to the user directly or through groups."
        attached={attached}
        inline={inline}
        inherited={{
          groups: perGroup,
          loading: inherited.some((q) => q.isPending),
          error: inherited.find((q) => q.error)?.error,
          refetch: () => Promise.all(inherited.map((q) => q.refetch())),
        }}
        operations={{
          attach: (arn) => attachUserPolicy(userName, arn),
          detach: (arn) => detachUserPolicy(userName, arn),
          deleteInline: (policyName) => deleteUserInlinePolicy(userName, policyName),
        }}
        resource="user"
        inlinePoliciesPath={`/users/${encodeURIComponent(userName)}/inline-policies`}
        emptyText="This user has no policies, so every request it makes is denied."
      />
      <EffectiveSummarySection kind="user" name={userName} />
      <UserBoundary userName={userName} />
    </SpaceBetween>
  );
}

/** The user's permissions boundary (GetUser carries it; the page has loaded the user already). */
function UserBoundary({ userName }: { userName: string }) {
  const user = useQuery(userQuery(userName));
  if (!user.data) return null;
  return (
    <PermissionsBoundarySection
      target={{ kind: 'user', name: userName }}
      boundary={user.data.permissionsBoundary}
    />
  );
}
