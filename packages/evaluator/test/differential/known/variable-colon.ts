// KD-VARIABLE-COLON: the oracle splits a policy ARN at every colon, including the colon inside
// `${aws:...}`, so a variable in an ARN condition value, or at the start of a Resource ARN's
// resource part, never matches.
import {
  asList,
  clausesOf,
  hasVariablesEnabled,
  mapPolicies,
  policiesOf,
  statementsOf,
} from '../case-policies.js';
import type { DiffCase } from '../generate/generate-case.js';
import type { PolicyJson } from '../generate/policies.js';
import type { KnownDifference } from './known-difference.js';
import {
  hasVariable,
  MATCHES_NOTHING,
  mapConditionValues,
  mapResources,
  substituteVariables,
} from './rewrite-helpers.js';

const isArnOperator = (operator: string) => /(^|:)Arn/.test(operator);

function variableArns(json: PolicyJson): string[] {
  const resources = statementsOf(json).flatMap((s) => [...asList(s.Resource), ...asList(s.NotResource)]);
  const arnValues = clausesOf(json)
    .filter((cl) => isArnOperator(cl.operator))
    .flatMap((cl) => cl.values);
  return [...resources, ...arnValues].filter(hasVariable);
}

/** Resolves the variables ourselves; a variable with no value leaves a pattern that matches nothing. */
const resolve = (c: DiffCase) => (arn: string) =>
  hasVariable(arn) ? (substituteVariables(c, arn) ?? MATCHES_NOTHING) : arn;

/** Where the resource part of an ARN starts: after the fifth colon outside `${...}`, or -1. */
function resourcePartStart(arn: string): number {
  let colons = 0;
  let depth = 0;
  for (let i = 0; i < arn.length; i++) {
    if (arn.startsWith('${', i)) depth++;
    else if (arn[i] === '}' && depth > 0) depth--;
    else if (arn[i] === ':' && depth === 0 && ++colons === 5) return i + 1;
  }
  return -1;
}

/**
 * A Resource value: variables count only in the resource part ("You can't use a variable to
 * replace parts of the ARN before the fifth colon"); one before it leaves literal text that
 * no request's ARN holds, so the pattern matches nothing.
 */
const resolveResource = (c: DiffCase) => (arn: string) => {
  if (!hasVariable(arn)) return arn;
  const start = resourcePartStart(arn);
  if (start < 0 || hasVariable(arn.slice(0, start))) return MATCHES_NOTHING;
  const tail = substituteVariables(c, arn.slice(start));
  return tail === undefined ? MATCHES_NOTHING : arn.slice(0, start) + tail;
};

export const variableColon: KnownDifference = {
  id: 'KD-VARIABLE-COLON',
  applies: (c) => policiesOf(c).some((p) => hasVariablesEnabled(p.json) && variableArns(p.json).length > 0),
  rewriteForOracle: (c) =>
    mapPolicies(c, (json) => {
      if (!hasVariablesEnabled(json)) return json;
      mapResources(json, resolveResource(c));
      return mapConditionValues(json, isArnOperator, (values) => values.map(resolve(c)));
    }),
};
