// Names to pick from for the simulator's principal (first 1000 of each kind).
import { useQuery } from '@tanstack/react-query';
import { groupsQuery } from '../../api/queries/groups.js';
import { usersQuery } from '../../api/queries/users.js';
import { rolesQuery } from '../../api/roles-api.js';
import type { PrincipalKind } from '../../api/simulator-api.js';

export function usePrincipalOptions(kind: PrincipalKind | 'custom'): { value: string }[] {
  const users = useQuery({ ...usersQuery({ limit: 1000 }), enabled: kind === 'user' });
  const groups = useQuery({ ...groupsQuery({ limit: 1000 }), enabled: kind === 'group' });
  const roles = useQuery({ ...rolesQuery({ limit: 1000 }), enabled: kind === 'role' });
  const items: { name?: string; userName?: string; groupName?: string; roleName?: string }[] =
    kind === 'user'
      ? (users.data?.items ?? [])
      : kind === 'group'
        ? (groups.data?.items ?? [])
        : kind === 'role'
          ? (roles.data?.items ?? [])
          : [];
  return items.map((i) => ({ value: i.userName ?? i.groupName ?? i.roleName ?? i.name ?? '' }));
}
