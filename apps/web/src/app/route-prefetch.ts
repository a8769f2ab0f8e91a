// Route loaders that only start queries: they run while the route's code chunks download, so
// the page's first data is on its way (or back) by the time the page mounts. They never wait
// and never fail: the page's own useQuery shows loading and errors as usual.
import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { accountQuery } from '../api/queries/account.js';
import { whoamiQuery } from '../api/queries/auth.js';
import {
  loginProfileQuery,
  userAttachedPoliciesQuery,
  userGroupsQuery,
  userInlinePoliciesQuery,
  userQuery,
  usersQuery,
  userTagsQuery,
} from '../api/queries/users.js';
import { userListParams } from '../pages/users/user-list-params.js';

export function routePrefetch(queryClient: QueryClient) {
  return {
    session: () => {
      void queryClient.prefetchQuery(whoamiQuery());
      return null;
    },
    dashboard: () => {
      void queryClient.prefetchQuery(accountQuery());
      return null;
    },
    users: () => {
      void queryClient.prefetchQuery(usersQuery(userListParams()));
      return null;
    },
    user: ({ params, request }: LoaderFunctionArgs) => {
      const name = params.name;
      if (!name) return null;
      void queryClient.prefetchQuery(userQuery(name));
      void queryClient.prefetchQuery(loginProfileQuery(name));
      // The open tab's data too: its code loads lazily, its data need not wait for it.
      const tab = new URL(request.url).searchParams.get('tab') ?? 'permissions';
      if (tab === 'groups') void queryClient.prefetchQuery(userGroupsQuery(name));
      if (tab === 'tags') void queryClient.prefetchQuery(userTagsQuery(name));
      if (tab === 'permissions') {
        void queryClient.prefetchQuery(userAttachedPoliciesQuery(name));
        void queryClient.prefetchQuery(userInlinePoliciesQuery(name));
        void queryClient.prefetchQuery(userGroupsQuery(name));
      }
      return null;
    },
  };
}
