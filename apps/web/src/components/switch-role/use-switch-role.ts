// The two actions that change who the console acts as: switch role (from the form or the role
// history) and switch back. Both end on the dashboard, freshly loaded as the new identity.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { switchBack, switchRole, type SwitchRoleRequest } from '../../api/queries/auth.js';
import type { WhoAmI } from '../../api/types.js';
import { useNotifications } from '../../app/notifications.js';
import { actAsNewIdentity } from './act-as-new-identity.js';
import { defaultDisplayName, rememberRole, roleHistoryOwner, type RoleHistoryEntry } from './role-history.js';
import type { SwitchRoleFields } from './switch-role-url.js';

/** The role the form's fields name: trimmed, with AWS's default display name `role @ account`. */
export function resolveSwitchRole(fields: SwitchRoleFields): RoleHistoryEntry {
  const account = fields.account.trim();
  const roleName = fields.roleName.trim();
  return {
    account,
    roleName,
    displayName: fields.displayName.trim() || defaultDisplayName(roleName, account),
    color: fields.color,
  };
}

function useAfterIdentityChange() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { clear } = useNotifications();
  return async () => {
    await actAsNewIdentity(queryClient);
    clear(); // messages about the previous identity's resources
    navigate('/');
  };
}

export function useSwitchRole(me: WhoAmI) {
  const afterChange = useAfterIdentityChange();
  return useMutation({
    mutationFn: async (fields: SwitchRoleFields) => {
      const { color, ...role } = resolveSwitchRole(fields);
      const request: SwitchRoleRequest = color ? { ...role, color } : role;
      await switchRole(request);
    },
    onSuccess: async (_data, fields) => {
      rememberRole(localStorage, roleHistoryOwner(me), resolveSwitchRole(fields));
      await afterChange();
    },
  });
}

export function useSwitchBack() {
  const afterChange = useAfterIdentityChange();
  return useMutation({ mutationFn: switchBack, onSuccess: afterChange });
}
