import { describe, expect, it } from 'vitest';
import { policyPageHref } from './policy-page-href.js';

describe('policyPageHref', () => {
  it('links a managed policy (customer or AWS) to its page, the ARN as one segment', () => {
    expect(policyPageHref('arn:aws:iam::111122223333:policy/team/ReadReports')).toBe(
      '/policies/arn%3Aaws%3Aiam%3A%3A111122223333%3Apolicy%2Fteam%2FReadReports',
    );
    expect(policyPageHref('arn:aws:iam::aws:policy/ReadOnlyAccess')).toBe(
      '/policies/arn%3Aaws%3Aiam%3A%3Aaws%3Apolicy%2FReadOnlyAccess',
    );
  });

  it('links an inline policy to its owner’s inline policy page, by name (not path)', () => {
    expect(policyPageHref('arn:aws:iam::111122223333:user/app/backup:inline/s3-write')).toBe(
      '/users/backup/inline-policies/s3-write',
    );
    expect(policyPageHref('arn:aws:iam::111122223333:group/admins:inline/extra')).toBe(
      '/groups/admins/inline-policies/extra',
    );
    expect(policyPageHref('arn:aws:iam::111122223333:role/svc/deployer:inline/a+b=c,d.e@f-g')).toBe(
      '/roles/deployer/inline-policies/a%2Bb%3Dc%2Cd.e%40f-g',
    );
  });

  it('gives nothing for a policy with no page of its own', () => {
    expect(policyPageHref('custom-policy-1')).toBeUndefined();
    expect(policyPageHref('arn:aws:iam::111122223333:user/jeff')).toBeUndefined();
  });
});
