// The console's writes: a TanStack mutation that, once the server has answered yes, refreshes what
// the invalidation map says the resource's change makes stale, then runs the page's own onSuccess
// (a message, a redirect). Pages read `isPending` for the button and `error` for the alert.
import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { invalidateAfterChange, type InvalidatedResource } from './invalidation.js';

interface WriteOptions {
  /**
   * Refresh after a failure too: for a write made of several requests (untag, then tag), where
   * the first may have changed the resource before the second failed.
   */
  refreshOnError?: boolean;
}

export function useWriteMutation<TData = unknown, TVariables = void>(
  resource: InvalidatedResource | readonly InvalidatedResource[],
  options: UseMutationOptions<TData, Error, TVariables>,
  { refreshOnError = false }: WriteOptions = {},
) {
  const queryClient = useQueryClient();
  return useMutation<TData, Error, TVariables>({
    ...options,
    onSuccess: async (...args) => {
      await invalidateAfterChange(queryClient, resource);
      await options.onSuccess?.(...args);
    },
    onError: async (...args) => {
      if (refreshOnError) await invalidateAfterChange(queryClient, resource);
      await options.onError?.(...args);
    },
  });
}
