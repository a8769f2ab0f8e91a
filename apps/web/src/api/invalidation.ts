// What each kind of write makes stale, in one place: a mutation names the resource it changed
// and calls its entry here, so every delete (and later every write) of a user, group, role or
// policy refreshes the same queries, whichever page it was made from.
import type { QueryClient } from '@tanstack/react-query';
import { accessAnalyzerKeys } from './access-analyzer-api.js';
import { credentialKeys } from './credentials-api.js';
import { groupDetailKey } from './groups-api.js';
import { policyDetailKey } from './policies-api.js';
import { accountKeys } from './queries/account.js';
import { groupKeys } from './queries/groups.js';
import { policyKeys } from './queries/policies.js';
import { userKeys } from './queries/users.js';
import { roleKeys } from './roles-api.js';

export type InvalidatedResource = 'user' | 'group' | 'role' | 'policy';

type QueryKey = readonly unknown[];

/** The detail queries of an entity that no longer exists: removed, not refetched (they would 404). */
const goneKeys: Record<InvalidatedResource, (name: string) => QueryKey> = {
  user: (name) => userKeys.detail(name),
  group: (name) => groupDetailKey(name),
  role: (name) => roleKeys.detail(name),
  policy: (arn) => policyDetailKey(arn),
};

/**
 * The queries a change to one kind of entity can make stale. A user appears in group member
 * lists and in credential views; groups, roles and users are counted on the dashboard and their
 * attachments counted on policies; a policy appears on every entity it was attached to.
 */
const staleKeys: Record<InvalidatedResource, QueryKey[]> = {
  user: [
    userKeys.all,
    groupKeys.all,
    policyKeys.all,
    credentialKeys.all,
    accountKeys.summary,
    accessAnalyzerKeys.all,
  ],
  group: [groupKeys.all, userKeys.all, policyKeys.all, accountKeys.summary],
  role: [roleKeys.all, policyKeys.all, accountKeys.summary, accessAnalyzerKeys.all],
  policy: [policyKeys.all, userKeys.all, groupKeys.all, roleKeys.all, accountKeys.summary],
};

/** After deleting `names` (ARNs for policies): drop their detail queries, refresh what listed them. */
export async function invalidateAfterDelete(
  queryClient: QueryClient,
  resource: InvalidatedResource,
  names: readonly string[],
): Promise<void> {
  for (const name of names) queryClient.removeQueries({ queryKey: goneKeys[resource](name) });
  await invalidateAfterChange(queryClient, resource);
}

/** After any other write to `resource`. */
export async function invalidateAfterChange(
  queryClient: QueryClient,
  resource: InvalidatedResource,
): Promise<void> {
  await Promise.all(staleKeys[resource].map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}
