// Every change to an organization goes through here: one useMutation whose success refreshes the
// invalidation map's `organization` entry (every organization query, and whoami, which tells the
// navigation whether the account is in an organization).
import { useWriteMutation } from '../../api/use-write-mutation.js';

export function useOrganizationMutation<TVariables, TData = unknown>(
  mutationFn: (variables: TVariables) => Promise<TData>,
  onSuccess?: (data: TData, variables: TVariables) => void,
) {
  return useWriteMutation<TData, TVariables>('organization', {
    mutationFn,
    onSuccess: (data, variables) => onSuccess?.(data, variables),
  });
}
