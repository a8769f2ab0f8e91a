// What each kind of write makes stale, in one place: a mutation names the resource it changed
// and calls its entry here, so every write of a user, group, role, policy, credential or setting
// refreshes the same queries, whichever page it was made from. Pages never list query keys.
import type { QueryClient } from '@tanstack/react-query';
import { accessAnalyzerKeys } from './access-analyzer-api.js';
import { credentialKeys } from './credentials-api.js';
import { groupDetailKey } from './groups-api.js';
import { policyDetailKey } from './policies-api.js';
import { organizationKeys } from './organizations-api.js';
import { accountKeys } from './queries/account.js';
import { authKeys } from './queries/auth.js';
import { groupKeys } from './queries/groups.js';
import { policyKeys } from './queries/policies.js';
import { userKeys } from './queries/users.js';
import { roleKeys } from './roles-api.js';
import { eventKeys } from '../pages/event-history/event-history-api.js';

/** The entities a delete can remove (their detail queries are dropped, not refetched). */
export type DeletedResource = 'user' | 'group' | 'role' | 'policy';

export type InvalidatedResource =
  DeletedResource | 'credentials' | 'account' | 'accessAnalyzer' | 'eventHistory' | 'organization';

type QueryKey = readonly unknown[];

/** The detail queries of an entity that no longer exists: removed, not refetched (they would 404). */
const goneKeys: Record<DeletedResource, (name: string) => QueryKey> = {
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
  // Access keys, MFA devices and passwords: listed on the user, in the credential report, counted on
  // the dashboard, and judged unused by Access Analyzer.
  credentials: [credentialKeys.all, userKeys.all, accountKeys.summary, accessAnalyzerKeys.all],
  // The alias (the sign-in URL whoami carries) and the password policy (account security facts).
  account: [accountKeys.summary, authKeys.whoami, credentialKeys.all],
  accessAnalyzer: [accessAnalyzerKeys.all],
  eventHistory: [eventKeys.all],
  // The tree, each account's and OU's policies, each policy's targets and the counts all read the
  // same attachments; whoami says whether the account is in an organization (the navigation).
  organization: [organizationKeys.all, authKeys.whoami],
};

/** After deleting `names` (ARNs for policies): drop their detail queries, refresh what listed them. */
export async function invalidateAfterDelete(
  queryClient: QueryClient,
  resource: DeletedResource,
  names: readonly string[],
): Promise<void> {
  for (const name of names) queryClient.removeQueries({ queryKey: goneKeys[resource](name) });
  await invalidateAfterChange(queryClient, resource);
}

/** After any other write to `resource` (or to several: attaching a policy to a user changes both). */
export async function invalidateAfterChange(
  queryClient: QueryClient,
  resource: InvalidatedResource | readonly InvalidatedResource[],
): Promise<void> {
  const resources: readonly InvalidatedResource[] = typeof resource === 'string' ? [resource] : resource;
  const keys = new Map<string, QueryKey>();
  for (const r of resources) for (const key of staleKeys[r]) keys.set(JSON.stringify(key), key);
  await Promise.all([...keys.values()].map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}
