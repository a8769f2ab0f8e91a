// The dashboard's security recommendations, from the account's security facts: each one met or
// not, with where it is fixed.
import type { AccountSecurity } from '../../api/credentials-api.js';

export interface SecurityRecommendation {
  id: string;
  met: boolean;
  text: string;
  /** Where the user fixes it (or looks closer). */
  href: string;
  linkText: string;
  /** Users it names, at most a few, each linking to its Security credentials tab. */
  users?: string[];
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Who looks: the root user is told about the root user's MFA and keys; an IAM user about their
 * own MFA instead (`ownMfa`, when known), since they cannot act on the root user's; a role
 * session about neither.
 */
export type RecommendationViewer =
  { type: 'root' } | { type: 'user'; ownMfa?: boolean } | { type: 'assumed-role' };

function ownMfa(hasMfa: boolean): SecurityRecommendation {
  return {
    id: 'own-mfa',
    met: hasMfa,
    text: hasMfa ? 'You have MFA' : 'Add MFA for yourself',
    href: '/security-credentials',
    linkText: hasMfa ? 'My security credentials' : 'Add MFA',
  };
}

export function securityRecommendations(
  facts: AccountSecurity,
  viewer: RecommendationViewer = { type: 'root' },
): SecurityRecommendation[] {
  const all = accountRecommendations(facts);
  if (viewer.type === 'root') return all;
  const others = all.filter((r) => !r.id.startsWith('root-'));
  return viewer.type === 'user' && viewer.ownMfa !== undefined ? [ownMfa(viewer.ownMfa), ...others] : others;
}

function accountRecommendations(facts: AccountSecurity): SecurityRecommendation[] {
  const unused = facts.passwordsUnusedFor90Days + facts.accessKeysUnusedFor90Days;
  return [
    {
      id: 'root-mfa',
      met: facts.rootMfaEnabled,
      text: facts.rootMfaEnabled ? 'Root user has MFA' : 'Add MFA for the root user',
      href: '/security-credentials',
      linkText: facts.rootMfaEnabled ? 'My security credentials' : 'Add MFA',
    },
    {
      id: 'root-access-keys',
      met: facts.rootAccessKeys === 0,
      text:
        facts.rootAccessKeys === 0
          ? 'Root user has no access keys'
          : `Delete the root user's ${plural(facts.rootAccessKeys, 'access key', 'access keys')}`,
      href: '/security-credentials',
      linkText: 'My security credentials',
    },
    {
      id: 'password-policy',
      met: facts.passwordPolicySet,
      text: facts.passwordPolicySet
        ? 'The account has a password policy'
        : 'Set a password policy (the IAM default applies now)',
      href: '/account-settings',
      linkText: facts.passwordPolicySet ? 'Account settings' : 'Set password policy',
    },
    {
      id: 'users-mfa',
      met: facts.usersWithPasswordWithoutMfaCount === 0,
      text:
        facts.usersWithPasswordWithoutMfaCount === 0
          ? 'Every user with a console password has MFA'
          : `${plural(facts.usersWithPasswordWithoutMfaCount, 'user has', 'users have')} a console password and no MFA`,
      href: '/users',
      linkText: 'Users',
      users: facts.usersWithPasswordWithoutMfa.slice(0, 5),
    },
    {
      id: 'old-access-keys',
      met: facts.activeAccessKeysOlderThan90Days === 0,
      text:
        facts.activeAccessKeysOlderThan90Days === 0
          ? 'No active access key is older than 90 days'
          : `Rotate ${plural(facts.activeAccessKeysOlderThan90Days, 'active access key', 'active access keys')} older than 90 days`,
      href: '/credential-report',
      linkText: 'Credential report',
    },
    {
      id: 'unused-credentials',
      met: unused === 0,
      text:
        unused === 0
          ? 'No credentials unused for 90 days or more'
          : `Remove unused credentials: ${plural(facts.passwordsUnusedFor90Days, 'console password', 'console passwords')} and ${plural(facts.accessKeysUnusedFor90Days, 'active access key', 'active access keys')} unused for 90 days or more`,
      href: '/credential-report',
      linkText: 'Credential report',
    },
  ];
}
