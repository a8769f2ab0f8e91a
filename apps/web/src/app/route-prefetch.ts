// Route loaders that only start queries: they run while the route's code chunks download, so
// the page's first data is on its way (or back) by the time the page mounts. They never wait
// and never fail: the page's own useQuery shows loading and errors as usual.
import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { accountQuery } from '../api/queries/account.js';
import { whoamiQuery } from '../api/queries/auth.js';
import { loginProfileQuery, userQuery, usersQuery } from '../api/queries/users.js';
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
    user: ({ params }: LoaderFunctionArgs) => {
      if (params.name) {
        void queryClient.prefetchQuery(userQuery(params.name));
        void queryClient.prefetchQuery(loginProfileQuery(params.name));
      }
      return null;
    },
  };
}
