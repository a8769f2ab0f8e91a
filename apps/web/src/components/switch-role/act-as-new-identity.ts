// After switch role, switch back or the end of a role session, the console acts as someone else,
// often in another account: nothing cached for the previous identity may show again. Every query
// but whoami is dropped (pages load afresh as the new identity) and whoami is fetched anew so the
// header and every check that reads it agree with the server before the next page opens.
import type { QueryClient } from '@tanstack/react-query';
import { authKeys } from '../../api/queries/auth.js';

const isWhoami = (key: readonly unknown[]) =>
  key.length === authKeys.whoami.length && authKeys.whoami.every((part, i) => key[i] === part);

export async function actAsNewIdentity(queryClient: QueryClient): Promise<void> {
  await queryClient.cancelQueries({ predicate: (query) => !isWhoami(query.queryKey) });
  queryClient.removeQueries({ predicate: (query) => !isWhoami(query.queryKey) });
  await queryClient.refetchQueries({ queryKey: authKeys.whoami, exact: true });
}
