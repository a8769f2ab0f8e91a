// The side navigation's AWS Organizations section, which depends on what the signed-in account is
// in an organization: its management account sees accounts, policies and invitations; a member
// (or a standalone account, which can still be invited) sees its organization and invitations.
import type { SideNavigationProps } from '@cloudscape-design/components/side-navigation';
import type { OrganizationAnswer } from '../../api/organizations-types.js';

export const ORGANIZATION_PATHS = {
  accounts: '/organizations/accounts',
  scps: '/organizations/policies/service-control-policies',
  invitations: '/organizations/invitations',
} as const;

export function organizationsSection(answer: OrganizationAnswer | undefined): SideNavigationProps.Section {
  const management = answer?.organization?.role === 'management';
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
      ]
    : [
        {
          type: 'link',
          text: answer?.organization ? 'Organization' : 'AWS accounts',
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
  return ORGANIZATION_PATHS.accounts;
}
