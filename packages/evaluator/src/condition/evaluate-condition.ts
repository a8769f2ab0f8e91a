// Deciding one compiled clause against the request context. The rules, from the IAM
// condition operators reference and "single-valued vs multivalued context keys":
// - a missing key fails the operator, except that negated operators (StringNotEquals,
//   NotIpAddress, ArnNotLike…) and `...IfExists` are then true;
// - `ForAllValues:` is true when the key is missing or empty, else every request value must
//   satisfy the operator; `ForAnyValue:` is false when missing or empty, else one value must;
// - a multivalued key (an array; a binary value is one value) tested without a set operator
//   does not match;
// - several policy values are ORed (NOR for negated operators).

import type { ContextValue } from '../types.js';
import { isMultivalued, lookupContext, type MatchContext } from '../variables/context-lookup.js';
import type { CompiledCondition } from './compile-condition.js';
import { NONE, type Scalar } from './family.js';
import { SetMode } from './operator.js';

/** Why a clause came out as it did, filled in for explanations only. */
export interface ConditionTrace {
  outcome: 'invalid' | 'missing' | 'multivalued-without-set' | 'presence' | 'values';
  requestValue: ContextValue | undefined;
  /** Per request value examined: index of the satisfied policy value, NONE, or INCOMPARABLE. */
  results: number[];
}

function testValue(c: CompiledCondition, value: Scalar, ctx: MatchContext, trace?: ConditionTrace): boolean {
  const r = c.family.match(c.values, c.op, value, ctx);
  if (trace) trace.results.push(r);
  return c.op.negated ? r === NONE : r >= 0;
}

function whenMissing(c: CompiledCondition): boolean {
  if (c.set === SetMode.ForAllValues || c.ifExists) return true;
  return c.set === SetMode.None && c.op.negated;
}

/** Whether clause `c` holds for the request context `ctx`. */
export function conditionHolds(c: CompiledCondition, ctx: MatchContext, trace?: ConditionTrace): boolean {
  if (c.error !== undefined) {
    if (trace) trace.outcome = 'invalid';
    return false;
  }
  const value = lookupContext(ctx, c.key, c.lowerKey);
  if (trace) trace.requestValue = value;
  if (c.family.presence) {
    if (trace) trace.outcome = 'presence';
    return c.family.presence(c.values, value !== undefined) >= 0;
  }
  if (value === undefined) {
    if (trace) trace.outcome = 'missing';
    return whenMissing(c);
  }
  if (trace) trace.outcome = 'values';
  if (!isMultivalued(value)) return testValue(c, value, ctx, trace);
  if (c.set === SetMode.None) {
    if (trace) trace.outcome = 'multivalued-without-set';
    return false;
  }
  const all = c.set === SetMode.ForAllValues;
  let holds = all;
  for (let i = 0; i < value.length; i++) {
    const ok = testValue(c, value[i] as string, ctx, trace);
    if (ok !== all) {
      holds = ok;
      if (!trace) break;
    }
  }
  return holds;
}
