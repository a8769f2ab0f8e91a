import { describe, expect, it } from 'vitest';
import { inlinePolicySizeLimit } from './inline-policy-size-limit.js';

describe('inlinePolicySizeLimit', () => {
  const a = { policyName: 'a', document: '{ "Version": "2012-10-17" }' }; // 24 counted characters
  const b = { policyName: 'b', document: '{}' };

  it('leaves the quota minus the other policies, whitespace not counted', () => {
    expect(inlinePolicySizeLimit(5120, [a, b], undefined)).toBe(5120 - 24 - 2);
  });

  it('does not count the policy being edited', () => {
    expect(inlinePolicySizeLimit(5120, [a, b], 'a')).toBe(5120 - 2);
  });

  it('counts policies listed without text as nothing and never goes below zero', () => {
    expect(inlinePolicySizeLimit(100, [{ policyName: 'c' }], undefined)).toBe(100);
    expect(inlinePolicySizeLimit(10, [a], undefined)).toBe(0);
  });
});
