// Reading a condition operator name, `[ForAllValues:|ForAnyValue:]<Base>[IfExists]`, against
// the one table of operators: each family's `operators`. The validator (which reports what
// it finds) and the compiler (which keeps a clause it cannot read as one that never holds)
// both call readOperator, so a name one accepts is a name the other can evaluate.

import { quote } from '../diagnostics.js';
import { arnFamily } from './arn.js';
import { binaryFamily } from './binary.js';
import { boolFamily } from './bool.js';
import { dateFamily } from './date.js';
import type { ConditionFamily, OperatorFamily, OperatorSpec } from './family.js';
import { ipFamily } from './ip.js';
import { nullFamily } from './null.js';
import { numericFamily } from './numeric.js';
import { stringFamily } from './string.js';

/** How a clause treats a multivalued request key. */
export const SetMode = { None: 0, ForAllValues: 1, ForAnyValue: 2 } as const;
export type SetMode = (typeof SetMode)[keyof typeof SetMode];

export const SET_OPERATORS = ['ForAllValues', 'ForAnyValue'] as const;

export const FAMILIES: readonly ConditionFamily<unknown>[] = [
  stringFamily,
  numericFamily,
  dateFamily,
  boolFamily,
  binaryFamily,
  ipFamily,
  arnFamily,
  nullFamily,
] as ConditionFamily<unknown>[];

const BY_NAME = new Map<string, { family: ConditionFamily<unknown>; op: OperatorSpec }>();
for (const family of FAMILIES) {
  for (const [lower, op] of Object.entries(family.operators)) BY_NAME.set(lower, { family, op });
}

/** Every base spelling accepted, with `IfExists` where the operator takes it: for "did you mean". */
export const ALL_OPERATOR_NAMES: readonly string[] = [...BY_NAME.values()].flatMap(({ family, op }) =>
  family.qualifiers ? [op.name, `${op.name}IfExists`] : [op.name],
);

/** A qualifier written on an operator that takes none (only `Null` takes none). */
export interface QualifierProblem {
  code: 'null-with-if-exists' | 'null-with-set-operator';
  message: string;
  help: string;
}

export interface OperatorReading {
  family: ConditionFamily<unknown>;
  op: OperatorSpec;
  set: SetMode;
  ifExists: boolean;
  /** Qualifiers the operator does not take: the clause is then malformed (empty when fine). */
  problems: QualifierProblem[];
}

function qualifierProblems(op: OperatorSpec, set: string | undefined, ifExists: boolean): QualifierProblem[] {
  const problems: QualifierProblem[] = [];
  const use = `\`${op.name}\` already tests whether the key exists; use \`${op.name}\` alone`;
  if (ifExists) {
    problems.push({
      code: 'null-with-if-exists',
      message: `\`${op.name}\` cannot be combined with \`IfExists\``,
      help: use,
    });
  }
  if (set !== undefined) {
    problems.push({
      code: 'null-with-set-operator',
      message: `\`${op.name}\` cannot take the set qualifier \`${set}:\``,
      help: `${use}: it tests the key, not each of its values`,
    });
  }
  return problems;
}

/** Reads an operator name (case-insensitively); undefined when it names no operator AWS defines. */
export function readOperator(text: string): OperatorReading | undefined {
  let rest = text;
  let set: (typeof SET_OPERATORS)[number] | undefined;
  const colon = rest.indexOf(':');
  if (colon !== -1) {
    const prefix = rest.slice(0, colon).toLowerCase();
    set = SET_OPERATORS.find((s) => s.toLowerCase() === prefix);
    if (set === undefined) return undefined;
    rest = rest.slice(colon + 1);
  }
  let base = rest.toLowerCase();
  const ifExists = base.endsWith('ifexists');
  if (ifExists) base = base.slice(0, -'ifexists'.length);
  const found = BY_NAME.get(base);
  if (!found) return undefined;
  const { family, op } = found;
  return {
    family,
    op,
    set: set === undefined ? SetMode.None : SetMode[set],
    ifExists,
    problems: family.qualifiers ? [] : qualifierProblems(op, set, ifExists),
  };
}

/** Why a clause with this operator can never hold, or undefined when the operator is usable. */
export function operatorError(text: string, reading: OperatorReading | undefined): string | undefined {
  if (reading === undefined) return `${quote(text)} is not a condition operator`;
  const problem = reading.problems[0];
  return problem && `${quote(text)} is not a condition operator: ${problem.message}`;
}

/** A condition operator as written, resolved to its canonical spelling (the public reading). */
export interface ParsedOperator {
  /** Canonical base name, e.g. `StringLike` for `forAnyValue:stringlikeifexists`. */
  name: string;
  family: OperatorFamily;
  ifExists: boolean;
  set?: (typeof SET_OPERATORS)[number];
}

/**
 * Reads an operator as written. Returns undefined for names AWS does not define. Qualifiers an
 * operator does not take (`NullIfExists`, `ForAllValues:Null`) are returned as read, so a
 * caller can say precisely what is wrong; `validatePolicy` reports them as errors.
 */
export function parseConditionOperator(text: string): ParsedOperator | undefined {
  const reading = readOperator(text);
  if (reading === undefined) return undefined;
  const parsed: ParsedOperator = {
    name: reading.op.name,
    family: reading.family.name,
    ifExists: reading.ifExists,
  };
  if (reading.set !== SetMode.None)
    parsed.set = reading.set === SetMode.ForAllValues ? 'ForAllValues' : 'ForAnyValue';
  return parsed;
}
