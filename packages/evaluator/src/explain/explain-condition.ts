// Explaining one condition clause: `matched` comes from conditionHolds (the function
// evaluate() uses), with a trace of why; this file turns the trace into a sentence.

import type { CompiledCondition } from '../condition/compile-condition.js';
import { conditionHolds, type ConditionTrace } from '../condition/evaluate-condition.js';
import { INCOMPARABLE } from '../condition/family.js';
import { SetMode } from '../condition/operator.js';
import { isMultivalued, type MatchContext } from '../variables/context-lookup.js';
import type { ConditionMatch } from '../types.js';
import { resolvedText } from '../match/glob.js';
import { tokenize } from '../variables/tokenize.js';
import { resolveVariable } from '../variables/context-lookup.js';
import { code, codeAlternatives, valueText } from './words.js';

function missingReason(c: CompiledCondition, key: string): string {
  const absent = `${key} is not in the request`;
  if (c.set === SetMode.ForAllValues) return `${absent}; ForAllValues is true when the key is missing`;
  if (c.ifExists) return `${absent}; ...IfExists treats a missing key as a match`;
  if (c.set === SetMode.ForAnyValue) return `${absent}; ForAnyValue is false when the key is missing`;
  if (c.op.negated) return `${absent}; a negated operator is true when the key is missing`;
  return `${absent}, so the condition is false`;
}

/** " (resolved as `bob`)" when a matched policy value holds variables. */
function resolution(c: CompiledCondition, value: string, ctx: MatchContext): string {
  if (!c.variables || !value.includes('${')) return '';
  const resolved = resolvedText(tokenize(value, true), ctx);
  return resolved === undefined || resolved === value ? '' : ` (resolved as ${code(resolved)})`;
}

/** "equals `x`", "equals none of `x` or `y`"... for one request value. */
function comparison(c: CompiledCondition, r: number, ctx: MatchContext): string {
  const values = c.clause.values;
  if (r === INCOMPARABLE)
    return `cannot be compared with ${codeAlternatives(values)} (not a value of the right type)`;
  if (r >= 0) return `${c.op.verb} ${code(values[r] as string)}${resolution(c, values[r] as string, ctx)}`;
  const base = c.op.name.replace('Not', '');
  const missing = c.variables ? unresolvedVariables(values, ctx) : [];
  const note =
    missing.length > 0 ? ` (${codeAlternatives(missing)} has no value, so it matches nothing)` : '';
  return values.length === 1
    ? `fails ${base} ${code(values[0] as string)}${note}`
    : `${c.op.verb} none of ${codeAlternatives(values)}${note}`;
}

/** The `${...}` variables in `values` that have no value in the request. */
function unresolvedVariables(values: readonly string[], ctx: MatchContext): string[] {
  return values
    .flatMap((v) => tokenize(v, true))
    .flatMap((t) => (t.kind === 'var' && resolveVariable(ctx, t.ref) === undefined ? [t.ref.source] : []));
}

function setReason(
  c: CompiledCondition,
  key: string,
  values: readonly string[],
  trace: ConditionTrace,
  ctx: MatchContext,
): string {
  const all = c.set === SetMode.ForAllValues;
  if (values.length === 0) {
    return `${key} is an empty set; ${all ? 'ForAllValues is true' : 'ForAnyValue is false'} for an empty set`;
  }
  const passes = (r: number) => (c.op.negated ? r === -1 : r >= 0);
  const pick = trace.results.findIndex((r) => passes(r) !== all);
  if (pick < 0) {
    return all ? `every value of ${key} satisfies ${c.op.name}` : `no value of ${key} satisfies ${c.op.name}`;
  }
  const detail = `${code(values[pick] as string)} ${comparison(c, trace.results[pick] as number, ctx)}`;
  return all
    ? `not every value of ${key} satisfies ${c.op.name}: ${detail}`
    : `a value of ${key} satisfies ${c.op.name}: ${detail}`;
}

export function explainCondition(c: CompiledCondition, ctx: MatchContext): ConditionMatch {
  const trace: ConditionTrace = { outcome: 'values', requestValue: undefined, results: [] };
  const matched = conditionHolds(c, ctx, trace);
  const key = code(c.key);
  const value = trace.requestValue;
  let reason: string;
  switch (trace.outcome) {
    case 'invalid':
      reason = `${c.error ?? 'the clause is malformed'}, so the condition never matches`;
      break;
    case 'presence':
      reason = value === undefined ? `${key} is absent from the request` : `${key} is present in the request`;
      break;
    case 'missing':
      reason = missingReason(c, key);
      break;
    case 'multivalued-without-set':
      reason = `${key} is multivalued; only ForAllValues: or ForAnyValue: operators can test a multivalued key`;
      break;
    default:
      if (value !== undefined && isMultivalued(value)) reason = setReason(c, key, value, trace, ctx);
      else
        reason = `${key} is ${valueText(value ?? '')}, which ${comparison(c, trace.results[0] ?? -1, ctx)}`;
  }
  const out: ConditionMatch = {
    operator: c.clause.operator,
    key: c.key,
    values: c.clause.values,
    matched,
    reason,
  };
  if (value !== undefined) out.requestValue = value;
  if (c.clause.range) out.range = c.clause.range;
  return out;
}
