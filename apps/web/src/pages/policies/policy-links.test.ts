import { describe, expect, it } from 'vitest';
import { policyHref, policyNameFromArn } from './policy-links.js';

describe('policy links', () => {
  it('puts the whole ARN in one URL segment', () => {
    expect(policyHref('arn:aws:iam::111122223333:policy/ops/deploy')).toBe(
      '/policies/arn%3Aaws%3Aiam%3A%3A111122223333%3Apolicy%2Fops%2Fdeploy',
    );
    expect(policyHref('arn:aws:iam::aws:policy/ReadOnlyAccess', 'edit')).toBe(
      '/policies/arn%3Aaws%3Aiam%3A%3Aaws%3Apolicy%2FReadOnlyAccess/edit',
    );
  });

  it('reads the name from the ARN', () => {
    expect(policyNameFromArn('arn:aws:iam::111122223333:policy/ops/deploy')).toBe('deploy');
    expect(policyNameFromArn('arn:aws:iam::aws:policy/ReadOnlyAccess')).toBe('ReadOnlyAccess');
    expect(policyNameFromArn('not-an-arn')).toBe('not-an-arn');
  });
});
