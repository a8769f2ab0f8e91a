// The Permissions tab of a group: the policies its users get through it.
import { useQuery } from '@tanstack/react-query';
import { attachGroupPolicy, deleteGroupInlinePolicy, detachGroupPolicy } from '../../../api/groups-api.js';
import { groupAttachedPoliciesQuery, groupInlinePoliciesQuery } from '../../../api/queries/groups.js';
import { EntityPermissionsTable } from '../../../components/entity-permissions/entity-permissions-table.js';

export function GroupPermissionsTab({ groupName }: { groupName: string }) {
  const attached = useQuery(groupAttachedPoliciesQuery(groupName));
  const inline = useQuery(groupInlinePoliciesQuery(groupName));
  return (
    <EntityPermissionsTable
      entityName={groupName}
      description="Users in this group get the permissions these policies grant. You can attach up to 10 managed policies."
      attached={attached}
      inline={inline}
      operations={{
        attach: (arn) => attachGroupPolicy(groupName, arn),
        detach: (arn) => detachGroupPolicy(groupName, arn),
        deleteInline: (policyName) => deleteGroupInlinePolicy(groupName, policyName),
      }}
      resource="group"
      inlinePoliciesPath={`/groups/${encodeURIComponent(groupName)}/inline-policies`}
      emptyText="This group has no policies: its users get no permissions from it."
    />
  );
}
