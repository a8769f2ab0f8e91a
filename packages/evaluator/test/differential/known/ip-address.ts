// KD-IP-ADDRESS: the oracle's IPv4 `/0` matches only 0.0.0.0 (a 32-bit shift wraps), and its
// NotIpAddress with a bare address (no prefix) is false for an address of the other family.
import { clausesOf, mapPolicies, policiesOf } from '../case-policies.js';
import type { KnownDifference } from './known-difference.js';
import { mapConditionValues } from './rewrite-helpers.js';

const isIpOperator = (operator: string) => /IpAddress/.test(operator);

/** The same ranges, each with an explicit prefix; `/0` as its two halves. */
function explicitRanges(value: string): string[] {
  if (value === '0.0.0.0/0') return ['0.0.0.0/1', '128.0.0.0/1'];
  if (value.includes('/')) return [value];
  return [value.includes(':') ? `${value}/128` : `${value}/32`];
}

export const ipAddress: KnownDifference = {
  id: 'KD-IP-ADDRESS',
  applies: (c) =>
    policiesOf(c).some((p) =>
      clausesOf(p.json).some(
        (cl) => isIpOperator(cl.operator) && cl.values.some((v) => v === '0.0.0.0/0' || !v.includes('/')),
      ),
    ),
  rewriteForOracle: (c) =>
    mapPolicies(c, (json) =>
      mapConditionValues(json, isIpOperator, (values) => values.flatMap(explicitRanges)),
    ),
};
