// The AWS Organizations pages, under `/organizations` (the router mounts them). Each page is its
// own lazily loaded chunk; breadcrumbs read `handle.crumb` as everywhere in the console.
import { Navigate, type RouteObject } from 'react-router';
import { createElement } from 'react';
import { ORGANIZATION_PATHS } from './organizations-navigation.js';

type Params = Record<string, string | undefined>;
const crumb = (fn: (p: Params) => { text: string; href: string }) => ({ crumb: fn });
const to = (path: string) => () => createElement(Navigate, { to: path, replace: true });
const scp = (id: string | undefined) => `${ORGANIZATION_PATHS.scps}/${encodeURIComponent(id ?? '')}`;

export const organizationRoutes: RouteObject[] = [
  { index: true, Component: to(ORGANIZATION_PATHS.accounts) },
  {
    path: 'accounts',
    handle: crumb(() => ({ text: 'AWS accounts', href: ORGANIZATION_PATHS.accounts })),
    children: [
      {
        index: true,
        lazy: async () => ({ Component: (await import('./accounts/accounts-page.js')).AccountsPage }),
      },
      {
        path: 'add',
        handle: crumb(() => ({ text: 'Add an AWS account', href: `${ORGANIZATION_PATHS.accounts}/add` })),
        lazy: async () => ({ Component: (await import('./accounts/add-account-page.js')).AddAccountPage }),
      },
      {
        path: ':accountId',
        handle: crumb((p) => ({
          text: p.accountId ?? '',
          href: `${ORGANIZATION_PATHS.accounts}/${p.accountId ?? ''}`,
        })),
        lazy: async () => ({
          Component: (await import('./accounts/account-detail-page.js')).AccountDetailPage,
        }),
      },
    ],
  },
  {
    // An OU's page sits under AWS accounts in the breadcrumbs, where its tree is.
    path: 'organizational-units',
    handle: crumb(() => ({ text: 'AWS accounts', href: ORGANIZATION_PATHS.accounts })),
    children: [
      { index: true, Component: to(ORGANIZATION_PATHS.accounts) },
      {
        path: ':ouId',
        handle: crumb((p) => ({
          text: p.ouId ?? '',
          href: `/organizations/organizational-units/${p.ouId ?? ''}`,
        })),
        lazy: async () => ({
          Component: (await import('./organizational-units/ou-detail-page.js')).OuDetailPage,
        }),
      },
    ],
  },
  {
    path: 'policies',
    handle: crumb(() => ({ text: 'Policies', href: '/organizations/policies' })),
    children: [
      { index: true, Component: to(ORGANIZATION_PATHS.scps) },
      {
        path: 'service-control-policies',
        handle: crumb(() => ({ text: 'Service control policies', href: ORGANIZATION_PATHS.scps })),
        children: [
          {
            index: true,
            lazy: async () => ({ Component: (await import('./policies/scp-list-page.js')).ScpListPage }),
          },
          {
            path: 'create',
            handle: crumb(() => ({
              text: 'Create new service control policy',
              href: `${ORGANIZATION_PATHS.scps}/create`,
            })),
            lazy: async () => ({ Component: (await import('./policies/create-scp-page.js')).CreateScpPage }),
          },
          {
            path: ':policyId',
            handle: crumb((p) => ({ text: p.policyId ?? '', href: scp(p.policyId) })),
            children: [
              {
                index: true,
                lazy: async () => ({
                  Component: (await import('./policies/scp-detail-page.js')).ScpDetailPage,
                }),
              },
              {
                path: 'edit',
                handle: crumb((p) => ({ text: 'Edit', href: `${scp(p.policyId)}/edit` })),
                lazy: async () => ({ Component: (await import('./policies/edit-scp-page.js')).EditScpPage }),
              },
            ],
          },
        ],
      },
    ],
  },
  {
    path: 'invitations',
    handle: crumb(() => ({ text: 'Invitations', href: ORGANIZATION_PATHS.invitations })),
    lazy: async () => ({ Component: (await import('./invitations/invitations-page.js')).InvitationsPage }),
  },
  {
    path: 'settings',
    handle: crumb(() => ({ text: 'Settings', href: ORGANIZATION_PATHS.settings })),
    lazy: async () => ({
      Component: (await import('./settings/organization-settings-page.js')).OrganizationSettingsPage,
    }),
  },
];
