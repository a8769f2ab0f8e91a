// The side navigation's AWS Organizations section, which depends on what the signed-in account is
// in an organization: its management account sees accounts, policies, invitations and settings; a
// member (or a standalone account, which can still be invited) sees its organization and
// invitations.
// The role comes from whoami (`organizationRole`), which every signed-in principal may read.
import type { SideNavigationProps } from '@cloudscape-design/components/side-navigation';
import type { WhoAmI } from '../../api/types.js';

/** The account in AWS Organizations: management, member or `null` (standalone). */
export type OrganizationRole = WhoAmI['organizationRole'];

export const ORGANIZATION_PATHS = {
  accounts: '/organizations/accounts',
  scps: '/organizations/policies/service-control-policies',
  invitations: '/organizations/invitations',
  settings: '/organizations/settings',
} as const;

/** The section for the account's role; `undefined` while it is not known yet. */
export function organizationsSection(role: OrganizationRole | undefined): SideNavigationProps.Section {
  const management = role === 'management';
  const items: SideNavigationProps.Item[] = management
    ? [
        { type: 'link', text: 'AWS accounts', href: ORGANIZATION_PATHS.accounts },
        {
          type: 'expandable-link-group',
          text: 'Policies',
          href: ORGANIZATION_PATHS.scps,
          // Open, so "Service control policies" tells it apart from IAM's own "Policies" above.
          defaultExpanded: true,
          items: [{ type: 'link', text: 'Service control policies', href: ORGANIZATION_PATHS.scps }],
        },
        { type: 'link', text: 'Invitations', href: ORGANIZATION_PATHS.invitations },
        { type: 'link', text: 'Settings', href: ORGANIZATION_PATHS.settings },
      ]
    : [
        {
          type: 'link',
          text: role === 'member' ? 'Organization' : 'AWS accounts',
          href: ORGANIZATION_PATHS.accounts,
        },
        { type: 'link', text: 'Invitations', href: ORGANIZATION_PATHS.invitations },
      ];
  return { type: 'section', text: 'AWS Organizations', items };
}

/** The entry to highlight for an Organizations page (OU and account pages belong to AWS accounts). */
export function organizationsActiveHref(pathname: string): string | undefined {
  if (!pathname.startsWith('/organizations')) return undefined;
  if (pathname.startsWith('/organizations/policies')) return ORGANIZATION_PATHS.scps;
  if (pathname.startsWith(ORGANIZATION_PATHS.invitations)) return ORGANIZATION_PATHS.invitations;
  if (pathname.startsWith(ORGANIZATION_PATHS.settings)) return ORGANIZATION_PATHS.settings;
  return ORGANIZATION_PATHS.accounts;
}
