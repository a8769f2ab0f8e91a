import { describe, expect, it } from 'vitest';
import { policyTypeLabel, usageSummary } from './policy-labels.js';

describe('policy labels', () => {
  it('names the type by scope', () => {
    expect(policyTypeLabel({ scope: 'AWS' })).toBe('AWS managed');
    expect(policyTypeLabel({ scope: 'Local' })).toBe('Customer managed');
    expect(policyTypeLabel({ scope: 'AWS', path: '/service-role/' })).toBe('AWS managed');
    expect(policyTypeLabel({ scope: 'AWS', path: '/job-function/' })).toBe('AWS managed - job function');
    expect(policyTypeLabel({ scope: 'Local', path: '/job-function/' })).toBe('Customer managed');
  });

  it('says how the policy is used', () => {
    expect(usageSummary({ attachmentCount: 0, permissionsBoundaryUsageCount: 0 })).toBe('-');
    expect(usageSummary({ attachmentCount: 2, permissionsBoundaryUsageCount: 0 })).toBe(
      'Permissions policy (2)',
    );
    expect(usageSummary({ attachmentCount: 1, permissionsBoundaryUsageCount: 3 })).toBe(
      'Permissions policy (1), Permissions boundary (3)',
    );
  });
});
