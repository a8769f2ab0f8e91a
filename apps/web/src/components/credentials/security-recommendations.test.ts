import { describe, expect, it } from 'vitest';
import type { AccountSecurity } from '../../api/credentials-api.js';
import { securityRecommendations } from './security-recommendations.js';

const clean: AccountSecurity = {
  rootMfaEnabled: true,
  rootAccessKeys: 0,
  passwordPolicySet: true,
  activeAccessKeysOlderThan90Days: 0,
  usersWithPasswordWithoutMfa: [],
  usersWithPasswordWithoutMfaCount: 0,
  passwordsUnusedFor90Days: 0,
  accessKeysUnusedFor90Days: 0,
};

describe('securityRecommendations', () => {
  it('marks everything met for a clean account', () => {
    expect(securityRecommendations(clean).every((r) => r.met)).toBe(true);
  });

  it('names each unmet rule with where it is fixed', () => {
    const recs = securityRecommendations({
      ...clean,
      rootMfaEnabled: false,
      rootAccessKeys: 1,
      passwordPolicySet: false,
      activeAccessKeysOlderThan90Days: 2,
      usersWithPasswordWithoutMfa: ['a', 'b', 'c', 'd', 'e', 'f'],
      usersWithPasswordWithoutMfaCount: 6,
      passwordsUnusedFor90Days: 1,
      accessKeysUnusedFor90Days: 0,
    });
    const byId = Object.fromEntries(recs.map((r) => [r.id, r]));
    expect(recs.some((r) => r.met)).toBe(false);
    expect(byId['root-mfa']).toMatchObject({
      text: 'Add MFA for the root user',
      href: '/security-credentials',
    });
    expect(byId['root-access-keys']?.text).toBe("Delete the root user's 1 access key");
    expect(byId['password-policy']?.href).toBe('/account-settings');
    expect(byId['users-mfa']?.text).toBe('6 users have a console password and no MFA');
    expect(byId['users-mfa']?.users).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(byId['old-access-keys']?.text).toBe('Rotate 2 active access keys older than 90 days');
    expect(byId['unused-credentials']?.text).toBe(
      'Remove unused credentials: 1 console password and 0 active access keys unused for 90 days or more',
    );
  });
});
