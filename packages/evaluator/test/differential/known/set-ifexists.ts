// KD-SET-IFEXISTS: for `ForAnyValue:...IfExists` on a key the request lacks, the oracle ignores
// IfExists and returns false; AWS evaluates an IfExists condition on a missing key as true.
import {
  lookupContext,
  mapPolicies,
  policiesOf,
  clausesOf,
  statementsOf,
  type ConditionJson,
} from '../case-policies.js';
import type { DiffCase } from '../generate/generate-case.js';
import type { KnownDifference } from './known-difference.js';

const trips = (c: DiffCase, operator: string, key: string) =>
  operator.startsWith('ForAnyValue:') && operator.endsWith('IfExists') && lookupContext(c, key) === undefined;

export const setIfExists: KnownDifference = {
  id: 'KD-SET-IFEXISTS',
  applies: (c) => policiesOf(c).some((p) => clausesOf(p.json).some((cl) => trips(c, cl.operator, cl.key))),
  // `Null: {key: "true"}` is true exactly when the key is missing, which it is here.
  rewriteForOracle: (c) =>
    mapPolicies(c, (json) => {
      for (const s of statementsOf(json)) {
        const condition = (s.Condition ?? {}) as ConditionJson;
        for (const [operator, byKey] of Object.entries(condition)) {
          for (const key of Object.keys(byKey)) {
            if (!trips(c, operator, key)) continue;
            delete byKey[key];
            const nulls = (condition.Null ??= {});
            if (nulls[key] === undefined) nulls[key] = 'true';
          }
          if (Object.keys(byKey).length === 0) delete condition[operator];
        }
      }
      return json;
    }),
};
