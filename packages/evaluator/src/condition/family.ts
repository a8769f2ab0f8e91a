// The interface every condition operator family implements (one family per file), and the
// one definition of each operator: its spec lives in its family's `operators` table, which
// both the validator and the evaluator read (condition/operator.ts). A family reads each
// policy value once (`compileValue`), then answers one question per request value: which
// policy value, if any, does it satisfy under the operator's positive form? Negation,
// `IfExists`, set operators and missing keys are handled once, in evaluate-condition.ts, so
// the families stay small and alike.

import type { MatchContext } from '../variables/context-lookup.js';

/** A single (non-array) request context value; `Uint8Array` is a binary value (BinaryEquals). */
export type Scalar = string | number | boolean | Uint8Array;

/** The families, named as the condition operators reference groups them. */
export type OperatorFamily = 'String' | 'Numeric' | 'Date' | 'Bool' | 'Binary' | 'IpAddress' | 'Arn' | 'Null';

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

export interface ConditionFamily<V = unknown> {
  name: OperatorFamily;
  /** Base operator specs keyed by lower-cased name. */
  operators: Readonly<Record<string, OperatorSpec>>;
  /**
   * Whether `${...}` policy variables are substituted in this family's values: the condition
   * operators reference says "Policy variables – Supported" for String, Bool and ARN only.
   */
  variables: boolean;
  /** Whether the operators take `...IfExists` and a `ForAllValues:` / `ForAnyValue:` prefix. */
  qualifiers: boolean;
  /** What a policy value must be, for messages: "a number". */
  expected: string;
  /**
   * Reads one policy value (`variables`: substitution is on for this clause); undefined when
   * the family cannot compare it. The validator calls this too, so it refuses exactly the
   * values evaluation could not use.
   */
  compileValue(value: string, op: OperatorSpec, variables: boolean): V | undefined;
  /**
   * For families whose compiled values resolve policy variables into scratch of their own: a
   * copy of `value` with its own scratch, so that a compiled clause can be reused by another
   * statement (see compile-statement.ts). Without it, clauses with variables are not reused.
   */
  withOwnScratch?(value: V): V;
  /** Index of the first policy value `value` satisfies, NONE, or INCOMPARABLE. Must not allocate much. */
  match(values: readonly V[], op: OperatorSpec, value: Scalar, ctx: MatchContext): number;
  /**
   * Families that test whether the key exists rather than its value (Null) implement this
   * instead: the index of the first policy value satisfied by the key's presence, or NONE.
   */
  presence?(values: readonly V[], present: boolean): number;
}

export function spec(name: string, variant: number, verb: string, negated = false): [string, OperatorSpec] {
  return [name.toLowerCase(), { name, negated, variant, verb }];
}
