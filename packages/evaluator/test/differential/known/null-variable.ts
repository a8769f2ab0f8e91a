// KD-NULL-VARIABLE: when a condition value's policy variable has no value, the oracle makes
// every operator fail, negated ones included. AWS: the variable is "effectively null", which
// `StringEquals`/`StringLike` do not match and `StringNotEquals`/`StringNotLike` do.
import { clausesOf, hasVariablesEnabled, mapPolicies, policiesOf } from '../case-policies.js';
import type { DiffCase } from '../generate/generate-case.js';
import type { KnownDifference } from './known-difference.js';
import { hasVariable, MATCHES_NOTHING, mapConditionValues, substituteVariables } from './rewrite-helpers.js';

/** A string no request value equals or is like: what a null variable leaves to compare with. */
const NO_VALUE = '#policy-variable-without-value#';

const takesVariables = (operator: string) => /(^|:)(String|Arn)/.test(operator);
const isNull = (c: DiffCase, value: string) =>
  hasVariable(value) && substituteVariables(c, value) === undefined;

export const nullVariable: KnownDifference = {
  id: 'KD-NULL-VARIABLE',
  applies: (c) =>
    policiesOf(c).some(
      (p) =>
        hasVariablesEnabled(p.json) &&
        clausesOf(p.json).some((cl) => takesVariables(cl.operator) && cl.values.some((v) => isNull(c, v))),
    ),
  rewriteForOracle: (c) =>
    mapPolicies(c, (json) =>
      hasVariablesEnabled(json)
        ? mapConditionValues(json, takesVariables, (values, operator) =>
            values.map((v) => (isNull(c, v) ? (/(^|:)Arn/.test(operator) ? MATCHES_NOTHING : NO_VALUE) : v)),
          )
        : json,
    ),
};
