// "Search IAM" in the top navigation: type-ahead over users, user groups, roles and policies,
// grouped by type, each result opening its page. Each type is asked of its own list endpoint, so
// a caller sees only what they may list (and is told which types they may not).
import Autosuggest from '@cloudscape-design/components/autosuggest';
import { useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { groupsQuery } from '../../api/queries/groups.js';
import { policiesQuery } from '../../api/queries/policies.js';
import { usersQuery } from '../../api/queries/users.js';
import { rolesQuery } from '../../api/roles-api.js';
import { useDebouncedValue } from '../use-debounced-value.js';
import {
  groupMatch,
  policyMatch,
  roleMatch,
  searchOptions,
  userMatch,
  type SearchSection,
} from './search-results.js';

/** Matches shown per type: enough to pick from, few enough to read at a glance. */
const PER_TYPE = 5;

export function ConsoleSearch() {
  const [text, setText] = useState('');
  const navigate = useNavigate();
  const search = useDebouncedValue(text.trim(), 250);
  const enabled = search.length > 0;
  const params = { search, limit: PER_TYPE };
  // A refusal is an answer, not a failure to retry.
  const common = { enabled, retry: false, placeholderData: undefined } as const;
  const [users, groups, roles, policies] = useQueries({
    queries: [
      { ...usersQuery(params), ...common },
      { ...groupsQuery(params), ...common },
      { ...rolesQuery(params), ...common },
      { ...policiesQuery(params), ...common },
    ],
  });
  const sections: SearchSection[] = [
    { type: 'users', matches: users.data?.items.map(userMatch), error: users.error },
    { type: 'groups', matches: groups.data?.items.map(groupMatch), error: groups.error },
    { type: 'roles', matches: roles.data?.items.map(roleMatch), error: roles.error },
    { type: 'policies', matches: policies.data?.items.map(policyMatch), error: policies.error },
  ];
  const settled = search === text.trim();
  const loading = !enabled ? false : !settled || [users, groups, roles, policies].some((q) => q.isPending);

  const options = enabled && !loading ? searchOptions(sections) : [];

  return (
    <Autosuggest
      value={text}
      onChange={({ detail }) => setText(detail.value)}
      onSelect={({ detail }) => {
        if (!detail.value.startsWith('/')) return;
        setText('');
        navigate(detail.value);
      }}
      options={options}
      filteringType="manual"
      statusType={loading ? 'loading' : 'finished'}
      loadingText="Searching users, groups, roles and policies"
      empty="Type a name to search"
      finishedText={enabled && options.length === 0 ? 'No users, groups, roles or policies match' : undefined}
      placeholder="Search IAM"
      ariaLabel="Search IAM"
      clearAriaLabel="Clear search"
      enteredTextLabel={(value) => `Search for "${value}"`}
      hideEnteredTextOption
      expandToViewport
    />
  );
}
