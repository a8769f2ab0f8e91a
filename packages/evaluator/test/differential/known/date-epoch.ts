// KD-DATE-EPOCH: the oracle reads an epoch value as seconds but an ISO 8601 value as
// milliseconds, so a condition that mixes the two forms compares numbers 1000× apart.
import { clausesOf, lookupContext, policiesOf } from '../case-policies.js';
import { mapPolicies } from '../case-policies.js';
import type { DiffCase } from '../generate/generate-case.js';
import type { KnownDifference } from './known-difference.js';
import { mapConditionValues } from './rewrite-helpers.js';

const EPOCH = /^\d+$/;

function requestDate(c: DiffCase, key: string): string | undefined {
  const value = lookupContext(c, key);
  return typeof value === 'string' ? value : undefined;
}

/** Rewrites a date to the form (epoch seconds or ISO 8601) the request's value has. */
function inFormOf(requestValue: string, v: string): string {
  const seconds = EPOCH.test(v) ? Number(v) : Date.parse(v) / 1000;
  if (Number.isNaN(seconds)) return v;
  return EPOCH.test(requestValue) ? String(seconds) : new Date(seconds * 1000).toISOString();
}

export const dateEpoch: KnownDifference = {
  id: 'KD-DATE-EPOCH',
  applies: (c) =>
    policiesOf(c).some((p) =>
      clausesOf(p.json).some(({ operator, key, values }) => {
        const requestValue = requestDate(c, key);
        return (
          /Date/.test(operator) &&
          requestValue !== undefined &&
          values.some((v) => EPOCH.test(v) !== EPOCH.test(requestValue))
        );
      }),
    ),
  rewriteForOracle: (c) =>
    mapPolicies(c, (json) =>
      mapConditionValues(
        json,
        (operator) => /Date/.test(operator),
        (values, _operator, key) => {
          const requestValue = requestDate(c, key);
          return requestValue === undefined ? values : values.map((v) => inFormOf(requestValue, v));
        },
      ),
    ),
};
