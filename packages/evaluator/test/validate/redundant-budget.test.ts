// A policy of thousands of wildcards of one service made the redundant-action check quadratic
// (9,000 entries: 8.5 s of one request in the server). The check has a budget of comparisons.
import { expect, it } from 'vitest';
import { checkPolicyText } from '../../src/index.js';
import { REDUNDANT_CHECK_BUDGET } from '../../src/validate/check-actions.js';

it('bounds the redundant-action comparisons of one element, and still finds the early ones', () => {
  const actions = Array.from({ length: 9000 }, (_, i) => `s3:Get${i.toString(36)}*`);
  actions.splice(1, 0, 's3:Get0Object');
  // Past the budget, entries go unchecked: this one, covered by the first entry, is not reported.
  actions.push('s3:Get0Late');
  const text = JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: actions, Resource: '*' }],
  });
  const result = checkPolicyText(text, 'identity', { sizeLimit: Infinity });
  // `s3:Get0Object` (second) is covered by `s3:Get0*` (first): found within the budget.
  const redundant = result.diagnostics.filter((d) => d.code === 'redundant-action');
  expect(redundant.map((d) => d.message)).toContain('`s3:Get0Object` is already covered by `s3:Get0*`');
  expect(redundant.map((d) => d.message)).not.toContain('`s3:Get0Late` is already covered by `s3:Get0*`');
  expect(REDUNDANT_CHECK_BUDGET).toBeLessThanOrEqual(50_000);
});
