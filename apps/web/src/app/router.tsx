// Every route of the console. Pages load lazily so each is its own chunk; the console pages sit
// under ConsoleLayout, which requires a session.
import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { setSessionProblemListener } from '../api/client.js';
import { authKeys } from '../api/queries/auth.js';
import { recallSignIn, signInPath } from './sign-in-target.js';
import { RouteError, RouteLoading } from './route-states.js';
import { routePrefetch } from './route-prefetch.js';
import { organizationRoutes } from '../pages/organizations/organizations-routes.js';
import { accessAnalyzerRoutes } from '../pages/access-analyzer/access-analyzer-routes.js';
import type { Crumb } from './breadcrumbs.js';
import type { LayoutHandle } from './layout.js';

type CrumbHandle = { crumb: (params: Record<string, string | undefined>) => Crumb };

const crumb = (fn: CrumbHandle['crumb']): CrumbHandle => ({ crumb: fn });

/** A list page: the console lays it out for a full-width table (layout.ts). */
const TABLE_PAGE: LayoutHandle = { contentType: 'table' };

/**
 * Marks the list pages of a route tree mounted from another module: the routes whose own path
 * (or, for an index route, its parent's path) is listed.
 */
function markTablePages(routes: RouteObject[], paths: readonly string[], parentPath = ''): RouteObject[] {
  return routes.map((route) => {
    const own = route.index ? parentPath : (route.path ?? '');
    const isList = paths.includes(own) && (route.index || !route.children);
    const children = route.children ? markTablePages(route.children, paths, route.path ?? '') : undefined;
    return {
      ...route,
      ...(isList ? { handle: { ...(route.handle as object | undefined), ...TABLE_PAGE } } : {}),
      ...(children ? { children } : {}),
    } as RouteObject;
  });
}

type RoutePrefetch = ReturnType<typeof routePrefetch>;

const consoleRoutes = (prefetch: RoutePrefetch): RouteObject[] => [
  {
    index: true,
    handle: crumb(() => ({ text: 'Dashboard', href: '/' })),
    loader: prefetch.dashboard,
    lazy: async () => ({ Component: (await import('../pages/dashboard/dashboard-page.js')).DashboardPage }),
  },
  {
    path: 'users',
    handle: crumb(() => ({ text: 'Users', href: '/users' })),
    children: [
      {
        index: true,
        handle: TABLE_PAGE,
        loader: prefetch.users,
        lazy: async () => ({ Component: (await import('../pages/users/users-page.js')).UsersPage }),
      },
      {
        path: 'create',
        handle: crumb(() => ({ text: 'Create user', href: '/users/create' })),
        lazy: async () => ({
          Component: (await import('../pages/users/create/create-user-page.js')).CreateUserPage,
        }),
      },
      {
        path: ':name',
        handle: crumb((p) => ({ text: p.name ?? '', href: `/users/${encodeURIComponent(p.name ?? '')}` })),
        children: [
          {
            index: true,
            loader: prefetch.user,
            lazy: async () => ({
              Component: (await import('../pages/users/detail/user-detail-page.js')).UserDetailPage,
            }),
          },
          {
            path: 'inline-policies/create',
            handle: crumb((p) => ({
              text: 'Create inline policy',
              href: `/users/${encodeURIComponent(p.name ?? '')}/inline-policies/create`,
            })),
            lazy: async () => ({
              Component: (await import('../pages/users/inline-policy/user-inline-policy-page.js'))
                .UserInlinePolicyPage,
            }),
          },
          {
            path: 'inline-policies/:policyName',
            handle: crumb((p) => ({
              text: p.policyName ?? '',
              href: `/users/${encodeURIComponent(p.name ?? '')}/inline-policies/${encodeURIComponent(p.policyName ?? '')}`,
            })),
            lazy: async () => ({
              Component: (await import('../pages/users/inline-policy/user-inline-policy-page.js'))
                .UserInlinePolicyPage,
            }),
          },
        ],
      },
    ],
  },
  {
    path: 'groups',
    handle: crumb(() => ({ text: 'User groups', href: '/groups' })),
    children: [
      {
        index: true,
        handle: TABLE_PAGE,
        lazy: async () => ({ Component: (await import('../pages/groups/groups-page.js')).GroupsPage }),
      },
      {
        path: 'create',
        handle: crumb(() => ({ text: 'Create user group', href: '/groups/create' })),
        lazy: async () => ({
          Component: (await import('../pages/groups/create/create-group-page.js')).CreateGroupPage,
        }),
      },
      {
        path: ':name',
        handle: crumb((p) => ({ text: p.name ?? '', href: `/groups/${encodeURIComponent(p.name ?? '')}` })),
        children: [
          {
            index: true,
            lazy: async () => ({
              Component: (await import('../pages/groups/detail/group-detail-page.js')).GroupDetailPage,
            }),
          },
          {
            path: 'inline-policies/create',
            handle: crumb((p) => ({
              text: 'Create inline policy',
              href: `/groups/${encodeURIComponent(p.name ?? '')}/inline-policies/create`,
            })),
            lazy: async () => ({
              Component: (await import('../pages/groups/inline-policy/group-inline-policy-page.js'))
                .GroupInlinePolicyPage,
            }),
          },
          {
            path: 'inline-policies/:policyName',
            handle: crumb((p) => ({
              text: p.policyName ?? '',
              href: `/groups/${encodeURIComponent(p.name ?? '')}/inline-policies/${encodeURIComponent(p.policyName ?? '')}`,
            })),
            lazy: async () => ({
              Component: (await import('../pages/groups/inline-policy/group-inline-policy-page.js'))
                .GroupInlinePolicyPage,
            }),
          },
        ],
      },
    ],
  },
  {
    path: 'roles',
    handle: crumb(() => ({ text: 'Roles', href: '/roles' })),
    children: [
      {
        index: true,
        handle: TABLE_PAGE,
        lazy: async () => ({ Component: (await import('../pages/roles/roles-page.js')).RolesPage }),
      },
      {
        path: 'create',
        handle: crumb(() => ({ text: 'Create role', href: '/roles/create' })),
        lazy: async () => ({
          Component: (await import('../pages/roles/create/create-role-page.js')).CreateRolePage,
        }),
      },
      {
        path: ':name',
        handle: crumb((p) => ({ text: p.name ?? '', href: `/roles/${encodeURIComponent(p.name ?? '')}` })),
        children: [
          {
            index: true,
            lazy: async () => ({
              Component: (await import('../pages/roles/detail/role-detail-page.js')).RoleDetailPage,
            }),
          },
          {
            path: 'inline-policies/create',
            handle: crumb((p) => ({
              text: 'Create inline policy',
              href: `/roles/${encodeURIComponent(p.name ?? '')}/inline-policies/create`,
            })),
            lazy: async () => ({
              Component: (await import('../pages/roles/inline-policy/role-inline-policy-page.js'))
                .RoleInlinePolicyPage,
            }),
          },
          {
            path: 'inline-policies/:policyName',
            handle: crumb((p) => ({
              text: p.policyName ?? '',
              href: `/roles/${encodeURIComponent(p.name ?? '')}/inline-policies/${encodeURIComponent(p.policyName ?? '')}`,
            })),
            lazy: async () => ({
              Component: (await import('../pages/roles/inline-policy/role-inline-policy-page.js'))
                .RoleInlinePolicyPage,
            }),
          },
        ],
      },
    ],
  },
  {
    path: 'policies',
    handle: crumb(() => ({ text: 'Policies', href: '/policies' })),
    children: [
      {
        index: true,
        handle: TABLE_PAGE,
        lazy: async () => ({ Component: (await import('../pages/policies/policies-page.js')).PoliciesPage }),
      },
      {
        path: 'create',
        handle: crumb(() => ({ text: 'Create policy', href: '/policies/create' })),
        lazy: async () => ({
          Component: (await import('../pages/policies/create/create-policy-page.js')).CreatePolicyPage,
        }),
      },
      {
        // The policy's ARN, encoded as one segment (docs/API.md).
        path: ':arn',
        handle: crumb((p) => ({
          text: (p.arn ?? '').split('/').pop() ?? '',
          href: `/policies/${encodeURIComponent(p.arn ?? '')}`,
        })),
        children: [
          {
            index: true,
            lazy: async () => ({
              Component: (await import('../pages/policies/detail/policy-detail-page.js')).PolicyDetailPage,
            }),
          },
          {
            path: 'edit',
            handle: crumb((p) => ({
              text: 'Edit',
              href: `/policies/${encodeURIComponent(p.arn ?? '')}/edit`,
            })),
            lazy: async () => ({
              Component: (await import('../pages/policies/edit/edit-policy-page.js')).EditPolicyPage,
            }),
          },
        ],
      },
    ],
  },
  {
    path: 'account-settings',
    handle: crumb(() => ({ text: 'Account settings', href: '/account-settings' })),
    children: [
      {
        index: true,
        lazy: async () => ({
          Component: (await import('../pages/account-settings/account-settings-page.js')).AccountSettingsPage,
        }),
      },
      {
        path: 'password-policy/edit',
        handle: crumb(() => ({
          text: 'Edit password policy',
          href: '/account-settings/password-policy/edit',
        })),
        lazy: async () => ({
          Component: (await import('../pages/account-settings/edit-password-policy-page.js'))
            .EditPasswordPolicyPage,
        }),
      },
    ],
  },
  {
    path: 'credential-report',
    handle: { ...crumb(() => ({ text: 'Credential report', href: '/credential-report' })), ...TABLE_PAGE },
    lazy: async () => ({
      Component: (await import('../pages/credential-report/credential-report-page.js')).CredentialReportPage,
    }),
  },
  {
    path: 'event-history',
    handle: crumb(() => ({ text: 'Event history', href: '/event-history' })),
    children: [
      {
        index: true,
        handle: TABLE_PAGE,
        lazy: async () => ({
          Component: (await import('../pages/event-history/event-history-page.js')).EventHistoryPage,
        }),
      },
      {
        path: ':eventId',
        handle: crumb((p) => ({ text: p.eventId ?? '', href: `/event-history/${p.eventId ?? ''}` })),
        lazy: async () => ({
          Component: (await import('../pages/event-history/event-detail-page.js')).EventDetailPage,
        }),
      },
    ],
  },
  {
    path: 'access-analyzer',
    handle: crumb(() => ({ text: 'Access analyzer', href: '/access-analyzer' })),
    children: markTablePages(accessAnalyzerRoutes, ['', 'archive-rules']),
  },
  {
    path: 'simulator',
    handle: crumb(() => ({ text: 'Policy simulator', href: '/simulator' })),
    lazy: async () => ({
      Component: (await import('../pages/simulator/simulator-page.js')).SimulatorPage,
    }),
  },
  {
    path: 'security-credentials',
    handle: crumb(() => ({ text: 'My security credentials', href: '/security-credentials' })),
    lazy: async () => ({
      Component: (await import('../pages/security-credentials/security-credentials-page.js'))
        .SecurityCredentialsPage,
    }),
  },
  {
    path: 'organizations',
    handle: crumb(() => ({ text: 'AWS Organizations', href: '/organizations' })),
    children: markTablePages(organizationRoutes, ['accounts', 'service-control-policies', 'invitations']),
  },
  {
    path: 'switchrole',
    handle: crumb(() => ({ text: 'Switch role', href: '/switchrole' })),
    lazy: async () => ({
      Component: (await import('../pages/switch-role/switch-role-page.js')).SwitchRolePage,
    }),
  },
  {
    path: '*',
    handle: crumb(() => ({ text: 'Page not found', href: '#' })),
    lazy: async () => ({ Component: (await import('../pages/not-found-page.js')).NotFoundPage }),
  },
];

const topRoutes = (prefetch: RoutePrefetch): RouteObject[] => [
  {
    path: '/signin',
    lazy: async () => ({
      Component: (await import('../pages/signin/root-sign-in-page.js')).RootSignInPage,
    }),
  },
  {
    path: '/signin/:account',
    lazy: async () => ({ Component: (await import('../pages/signin/iam-sign-in-page.js')).IamSignInPage }),
  },
  {
    path: '/setup',
    lazy: async () => ({ Component: (await import('../pages/setup/setup-page.js')).SetupPage }),
  },
  {
    path: '/',
    // The console shell (AppLayout, navigation) is its own chunk: sign-in pages do not need it.
    lazy: async () => ({ Component: (await import('./console-layout.js')).ConsoleLayout }),
    // Loaders only start queries, so whoami and the page's first data load alongside the code.
    loader: prefetch.session,
    children: consoleRoutes(prefetch),
  },
];

export function createAppRouter(queryClient: QueryClient) {
  const router = createBrowserRouter([
    {
      // A pathless root: the spinner shown while the first route's chunk loads, and the page
      // shown if a route fails to render (e.g. a chunk gone after an upgrade).
      HydrateFallback: RouteLoading,
      ErrorBoundary: RouteError,
      children: topRoutes(routePrefetch(queryClient)),
    },
  ]);

  // A 401 from any call means the session ended (expired, signed out elsewhere): forget who
  // we were and go to the sign-in page the user knows, coming back here afterwards. A demanded
  // password change refreshes whoami, and the console layout then shows the change form.
  setSessionProblemListener((error) => {
    const { pathname, search } = router.state.location;
    if (pathname.startsWith('/signin') || pathname.startsWith('/setup')) return;
    // Already on the way to a sign-in page (signing out: its chunk may still be loading, and a
    // refetch's 401 must not replace that navigation with one that comes back here).
    if (router.state.navigation.location?.pathname.startsWith('/signin')) return;
    if (error.code === 'PasswordResetRequired') {
      void queryClient.invalidateQueries({ queryKey: authKeys.whoami });
      return;
    }
    queryClient.removeQueries({ queryKey: authKeys.whoami });
    void router.navigate(signInPath(recallSignIn(localStorage), pathname + search), { replace: true });
  });
  return router;
}
