// Every change to an organization goes through here: one useMutation whose success refreshes all
// organization queries. The tree, each account's and OU's policies, each policy's targets and the
// target counts all read the same attachments, so a narrower refresh would leave one stale. The
// session (whoami) says what the account is in an organization, for the navigation: creating,
// joining or deleting one changes it.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { organizationKeys } from '../../api/organizations-api.js';
import { authKeys } from '../../api/queries/auth.js';

export function useOrganizationMutation<TVariables, TData = unknown>(
  mutationFn: (variables: TVariables) => Promise<TData>,
  onSuccess?: (data: TData, variables: TVariables) => void,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async (data, variables) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: organizationKeys.all }),
        queryClient.invalidateQueries({ queryKey: authKeys.whoami }),
      ]);
      onSuccess?.(data, variables);
    },
  });
}
