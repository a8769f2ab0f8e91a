import { describe, expect, it } from 'vitest';
import { conditionText, principalText, resourceLink, trustStatementHref } from './finding-labels.js';

describe('finding labels', () => {
  it('words principals and conditions as the findings table shows them', () => {
    expect(principalText({ principal: { AWS: '444455556666' } })).toBe('AWS: 444455556666');
    expect(principalText({})).toBe('-');
    expect(conditionText({ condition: { 'sts:ExternalId': 'x', 'aws:SourceIp': '10.0.0.0/8' } })).toBe(
      'sts:ExternalId = x; aws:SourceIp = 10.0.0.0/8',
    );
    expect(conditionText({ condition: {} })).toBe('None');
  });

  it('links a role finding to the statement in its trust tab, and users to their page', () => {
    expect(trustStatementHref('arn:aws:iam::111122223333:role/ops/partner', 2)).toBe(
      '/roles/partner?tab=trust&statement=2',
    );
    expect(trustStatementHref('arn:aws:iam::111122223333:user/alice', 0)).toBeUndefined();
    expect(resourceLink('arn:aws:iam::111122223333:user/a+b')).toEqual({ name: 'a+b', href: '/users/a%2Bb' });
  });
});
