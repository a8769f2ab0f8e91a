import { describe, expect, it } from 'vitest';
import { iamSignInUrl, resourceCounts } from './resource-counts.js';

describe('resourceCounts', () => {
  it('pairs each count with its quota in the console order', () => {
    const rows = resourceCounts({
      counts: { users: 3, groups: 1, roles: 0, policies: 2 },
      quotas: { users: 5000, groups: 300, roles: 1000, policies: 1500 },
    });
    expect(rows.map((r) => [r.label, r.count, r.quota])).toEqual([
      ['User groups', 1, 300],
      ['Users', 3, 5000],
      ['Roles', 0, 1000],
      ['Customer managed policies', 2, 1500],
    ]);
  });

  it("reads AWS's GetAccountSummary spelling", () => {
    const rows = resourceCounts({ counts: { Users: 7 }, quotas: { UsersQuota: 5000 } });
    expect(rows).toEqual([{ key: 'users', label: 'Users', href: '/users', count: 7, quota: 5000 }]);
  });

  it('leaves out what the server did not count and keeps a count without quota', () => {
    expect(resourceCounts({ counts: { roles: 4 }, quotas: {} })).toEqual([
      { key: 'roles', label: 'Roles', href: '/roles', count: 4 },
    ]);
  });
});

describe('iamSignInUrl', () => {
  it('uses the alias when there is one', () => {
    expect(iamSignInUrl('https://iam.example.com', '111122223333', 'acme')).toBe(
      'https://iam.example.com/signin/acme',
    );
  });

  it('uses the account ID otherwise', () => {
    expect(iamSignInUrl('http://localhost:8080/', '111122223333', null)).toBe(
      'http://localhost:8080/signin/111122223333',
    );
  });
});
