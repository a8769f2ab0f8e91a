// KD-VERSIONLESS-VARIABLES: the oracle substitutes policy variables whatever the Version;
// AWS treats `${...}` as literal text unless Version is 2012-10-17.
import { hasVariablesEnabled, mapPolicies, policiesOf } from '../case-policies.js';
import type { PolicyJson } from '../generate/policies.js';
import type { KnownDifference } from './known-difference.js';

export const versionlessVariables: KnownDifference = {
  id: 'KD-VERSIONLESS-VARIABLES',
  applies: (c) =>
    policiesOf(c).some((p) => !hasVariablesEnabled(p.json) && JSON.stringify(p.json).includes('${')),
  // In a 2012-10-17 policy `${$}` is a literal `$`, which spells the same literal text.
  rewriteForOracle: (c) =>
    mapPolicies(c, (json) =>
      hasVariablesEnabled(json)
        ? json
        : (JSON.parse(
            JSON.stringify({ ...json, Version: '2012-10-17' }).replaceAll('${', '${$}{'),
          ) as PolicyJson),
    ),
};
