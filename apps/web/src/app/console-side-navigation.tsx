import SideNavigation, { type SideNavigationProps } from '@cloudscape-design/components/side-navigation';
import { useQuery } from '@tanstack/react-query';
import { useLocation } from 'react-router';
import { whoamiQuery } from '../api/queries/auth.js';
import {
  organizationsActiveHref,
  organizationsSection,
} from '../pages/organizations/organizations-navigation.js';
import { useFollow } from './use-follow.js';

const items: SideNavigationProps.Item[] = [
  { type: 'link', text: 'Dashboard', href: '/' },
  {
    type: 'section',
    text: 'Access management',
    items: [
      { type: 'link', text: 'User groups', href: '/groups' },
      { type: 'link', text: 'Users', href: '/users' },
      { type: 'link', text: 'Roles', href: '/roles' },
      { type: 'link', text: 'Policies', href: '/policies' },
      { type: 'link', text: 'Account settings', href: '/account-settings' },
    ],
  },
  {
    type: 'section',
    text: 'Access reports',
    items: [
      { type: 'link', text: 'Credential report', href: '/credential-report' },
      { type: 'link', text: 'Policy simulator', href: '/simulator' },
      { type: 'link', text: 'Event history', href: '/event-history' },
    ],
  },
  {
    type: 'section',
    text: 'Access analyzer',
    items: [
      { type: 'link', text: 'Findings', href: '/access-analyzer' },
      { type: 'link', text: 'Archive rules', href: '/access-analyzer/archive-rules' },
    ],
  },
];

/** The side navigation's active entry: the first path segment (`/users/alice` → `/users`). */
export function activeNavigationHref(pathname: string): string {
  const first = pathname.split('/')[1];
  return first ? `/${first}` : '/';
}

export function ConsoleSideNavigation() {
  const { pathname } = useLocation();
  const follow = useFollow();
  // What the account is in an organization comes with the session (no DescribeOrganization call,
  // so no denial is audited for a user who may not describe it).
  const whoami = useQuery(whoamiQuery());
  return (
    <SideNavigation
      header={{ text: 'Identity and Access Management (IAM)', href: '/' }}
      items={[...items, organizationsSection(whoami.data?.organizationRole)]}
      activeHref={organizationsActiveHref(pathname) ?? activeNavigationHref(pathname)}
      onFollow={follow}
    />
  );
}
