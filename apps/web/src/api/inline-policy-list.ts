import type { InlinePolicySummary, Page } from './types.js';

/**
 * Inline-policy lists as AWS's ListUserPolicies gives them (names) or with each policy's text;
 * both shapes are read, since docs/API.md does not pin one down.
 */
export function inlinePolicyList(page: Page<unknown>): Page<InlinePolicySummary> {
  const items = page.items.map((item) =>
    typeof item === 'string' ? { policyName: item } : (item as InlinePolicySummary),
  );
  return page.nextCursor ? { items, nextCursor: page.nextCursor } : { items };
}
