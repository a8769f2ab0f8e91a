// What "Copy permissions" will copy from the chosen user, read with the caller's rights when the
// user is picked: its groups, attached managed policies and permissions boundary.
import { useQuery } from '@tanstack/react-query';
import { userAttachedPoliciesQuery, userGroupsQuery, userQuery } from '../../../api/queries/users.js';
import type { CopiedPermissions } from './create-user-plan.js';

export interface CopiedPermissionsState {
  data?: CopiedPermissions;
  isPending: boolean;
  error: unknown;
}

/** The permissions of `userName` that "Copy permissions" copies, read with the caller's rights. */
export function useCopiedPermissions(userName: string | null): CopiedPermissionsState {
  const name = userName ?? '';
  const groups = useQuery({ ...userGroupsQuery(name), enabled: !!userName });
  const policies = useQuery({ ...userAttachedPoliciesQuery(name), enabled: !!userName });
  const user = useQuery({ ...userQuery(name), enabled: !!userName });
  if (!userName) return { isPending: false, error: null };
  const error = groups.error ?? policies.error ?? user.error;
  if (!groups.data || !policies.data || !user.data) return { isPending: !error, error };
  return {
    isPending: false,
    error: null,
    data: {
      userName,
      groups: groups.data.items.map((g) => g.groupName),
      policies: policies.data.items.map((p) => ({ arn: p.policyArn, policyName: p.policyName })),
      boundary: user.data.permissionsBoundary?.policyArn ?? null,
    },
  };
}
