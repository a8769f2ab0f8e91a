// The "Users" and "Permissions" cells of the groups list. ListGroups does not carry them (nor does
// AWS's), so each row asks for its group's members and policies, as the IAM console does; the
// answers are the same cache entries the group's own page uses.
import Spinner from '@cloudscape-design/components/spinner';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useQuery } from '@tanstack/react-query';
import { groupMembersQuery } from '../../api/groups-api.js';
import { groupAttachedPoliciesQuery, groupInlinePoliciesQuery } from '../../api/queries/groups.js';

export function GroupUsersCount({ groupName }: { groupName: string }) {
  const members = useQuery(groupMembersQuery(groupName));
  if (members.isPending) return <Spinner />;
  if (members.error) return <StatusIndicator type="warning">Unknown</StatusIndicator>;
  const count = members.data.items.length;
  return <>{members.data.nextCursor ? `${count}+` : count}</>;
}

export function GroupPermissionsSummary({ groupName }: { groupName: string }) {
  const attached = useQuery(groupAttachedPoliciesQuery(groupName));
  const inline = useQuery(groupInlinePoliciesQuery(groupName));
  if (attached.isPending || inline.isPending) return <Spinner />;
  if (attached.error || inline.error) return <StatusIndicator type="warning">Unknown</StatusIndicator>;
  const count = attached.data.items.length + inline.data.items.length;
  if (count === 0) return <>Not defined</>;
  return <>Defined ({count === 1 ? '1 policy' : `${count} policies`})</>;
}
