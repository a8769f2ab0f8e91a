import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { accessAnalyzerKeys } from './access-analyzer-api.js';
import { credentialKeys } from './credentials-api.js';
import { invalidateAfterChange, invalidateAfterDelete } from './invalidation.js';
import { organizationKeys } from './organizations-api.js';
import { accountKeys } from './queries/account.js';
import { authKeys } from './queries/auth.js';
import { groupKeys } from './queries/groups.js';
import { policyKeys } from './queries/policies.js';
import { userKeys } from './queries/users.js';
import { roleKeys } from './roles-api.js';
import { eventKeys } from '../pages/event-history/event-history-api.js';

// A query of each family the console caches, seeded fresh, so only the map marks any stale.
const seeded = {
  userDetail: userKeys.part('alice', 'attached-policies'),
  userList: userKeys.list({}),
  groupMembers: groupKeys.part('admins', 'members'),
  roleDetail: roleKeys.detail('deploy'),
  policyList: policyKeys.all,
  accessKeys: credentialKeys.accessKeys({ kind: 'self' }),
  passwordPolicy: credentialKeys.passwordPolicy,
  dashboard: accountKeys.summary,
  whoami: authKeys.whoami,
  findings: accessAnalyzerKeys.all,
  events: eventKeys.list({}),
  organization: organizationKeys.all,
} as const;

function freshClient(): QueryClient {
  const client = new QueryClient();
  for (const key of Object.values(seeded)) client.setQueryData(key, { seeded: true });
  return client;
}

const stale = (client: QueryClient) =>
  Object.entries(seeded)
    .filter(([, key]) => client.getQueryState(key)?.isInvalidated)
    .map(([name]) => name)
    .sort();

describe('invalidateAfterChange', () => {
  // What one change leaves stale; a user's entries stand for a user added to a group, too.
  const userChange = [
    'accessKeys',
    'dashboard',
    'findings',
    'groupMembers',
    'passwordPolicy',
    'policyList',
    'userDetail',
    'userList',
  ];
  it.each([
    {
      what: "a user's lists, its groups and policies, credentials, the dashboard and findings",
      changed: 'user',
      expected: userChange,
    },
    {
      what: 'every entity a policy may be attached to when a policy changes',
      changed: 'policy',
      expected: ['dashboard', 'groupMembers', 'policyList', 'roleDetail', 'userDetail', 'userList'],
    },
    {
      what: 'the entries of several resources joined (a user added to a group)',
      changed: ['group', 'user'],
      expected: userChange,
    },
  ] as const)('refreshes $what', async ({ changed, expected }) => {
    const client = freshClient();
    await invalidateAfterChange(client, changed);
    expect(stale(client)).toEqual([...expected].sort());
  });

  it('refreshes the session (whoami) after an alias or organization change, not after a role change', async () => {
    const alias = freshClient();
    await invalidateAfterChange(alias, 'account');
    expect(stale(alias)).toContain('whoami');
    const organization = freshClient();
    await invalidateAfterChange(organization, 'organization');
    expect(stale(organization)).toEqual(['organization', 'whoami']);
    const role = freshClient();
    await invalidateAfterChange(role, 'role');
    expect(stale(role)).not.toContain('whoami');
  });

  it('leaves the event history alone except after a retention change', async () => {
    const client = freshClient();
    await invalidateAfterChange(client, 'credentials');
    expect(stale(client)).not.toContain('events');
    await invalidateAfterChange(client, 'eventHistory');
    expect(stale(client)).toContain('events');
  });
});

describe('invalidateAfterDelete', () => {
  it("drops the deleted user's detail queries rather than refetching them", async () => {
    const client = freshClient();
    await invalidateAfterDelete(client, 'user', ['alice']);
    expect(client.getQueryState(seeded.userDetail)).toBeUndefined();
    expect(stale(client)).toContain('userList');
  });
});
