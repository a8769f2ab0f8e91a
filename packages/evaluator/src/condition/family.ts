// The interface every condition operator family implements (one family per file).
// A family compiles a clause's policy values once, then answers one question per request
// value: which policy value, if any, does it satisfy under the operator's positive form?
// Negation, `IfExists`, set operators and missing keys are handled once, in
// evaluate-condition.ts, so the families stay small and alike.

import type { Context } from '../variables/context-lookup.js';

/** A single (non-array) request context value. */
export type Scalar = string | number | boolean;

export interface OperatorSpec {
  /** Canonical base name, e.g. `StringNotLike`. */
  name: string;
  /** Negated operators (`...Not...`, `NotIpAddress`) are true when no policy value matches. */
  negated: boolean;
  /** Which comparison within the family (family-specific). */
  variant: number;
  /** How explanations phrase a match, e.g. "is like", "is before". */
  verb: string;
}

/** Result of `match` when no policy value is satisfied. */
export const NONE = -1;
/**
 * Result of `match` when the request value is not of the operator's type (a number that is
 * not a number...). Both the operator and its negation are then false ("the condition
 * doesn't match"), so a malformed request value never satisfies a negated operator. (A
 * policy value whose variable has no value is different: it simply matches nothing.)
 */
export const INCOMPARABLE = -2;

export type Compiled<C> = { ok: true; values: C } | { ok: false; error: string };

export interface ConditionFamily<C = unknown> {
  name: string;
  /** Base operator specs keyed by lower-cased name. */
  operators: Readonly<Record<string, OperatorSpec>>;
  /** Whether `${...}` policy variables are substituted in this family's values. */
  variables: boolean;
  compile(values: readonly string[], op: OperatorSpec, variables: boolean): Compiled<C>;
  /** Index of the first policy value `value` satisfies, NONE, or INCOMPARABLE. Must not allocate much. */
  match(values: C, op: OperatorSpec, value: Scalar, ctx: Context | undefined): number;
  /**
   * Families that test whether the key exists rather than its value (Null) implement this
   * instead: the index of the first policy value satisfied by the key's presence, or NONE.
   */
  presence?(values: C, present: boolean): number;
}

export function spec(name: string, variant: number, verb: string, negated = false): [string, OperatorSpec] {
  return [name.toLowerCase(), { name, negated, variant, verb }];
}
