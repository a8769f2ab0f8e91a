// Compiling one `operator → key → values` clause. A clause that cannot be compiled (unknown
// operator, a qualifier its operator does not take, a value its family cannot read) is kept
// with its `error`: it never holds, and explanations say why. Validation reports the same
// problems as diagnostics, reading them through the same functions (readOperator and the
// family's compileValue), so a policy the validator accepts has no such clause.

import { quote } from '../diagnostics.js';
import type { ConditionClause, EmptyConditionOperator } from '../types.js';
import { nullFamily } from './null.js';
import type { ConditionFamily, OperatorSpec } from './family.js';
import { operatorError, readOperator, SetMode } from './operator.js';

export interface CompiledCondition {
  clause: ConditionClause;
  key: string;
  lowerKey: string;
  set: SetMode;
  ifExists: boolean;
  family: ConditionFamily<unknown>;
  op: OperatorSpec;
  values: unknown[];
  /** Policy variables are substituted in this clause's values. */
  variables: boolean;
  /** Why the clause can never hold, when it is malformed. */
  error: string | undefined;
}

/** Compiles a clause; `variables` is true for Version 2012-10-17 policies. */
export function compileCondition(clause: ConditionClause, variables: boolean): CompiledCondition {
  const base: CompiledCondition = {
    clause,
    key: clause.key,
    lowerKey: clause.key.toLowerCase(),
    set: SetMode.None,
    ifExists: false,
    family: nullFamily as ConditionFamily<unknown>,
    op: nullFamily.operators['null'] as OperatorSpec,
    values: [],
    variables: false,
    error: undefined,
  };
  const reading = readOperator(clause.operator);
  const error = operatorError(clause.operator, reading);
  if (reading === undefined || error !== undefined) return { ...base, error };
  const { family, op } = reading;
  const substitute = variables && family.variables;
  const values: unknown[] = [];
  for (const value of clause.values) {
    const compiled = family.compileValue(value, op, substitute);
    if (compiled === undefined) return { ...base, error: `${quote(value)} is not ${family.expected}` };
    values.push(compiled);
  }
  return { ...base, set: reading.set, ifExists: reading.ifExists, family, op, values, variables: substitute };
}

/**
 * A clause standing for an operator written without keys (`"Foo": {}`): none when the
 * operator is one AWS defines (it then tests nothing), else one that never holds.
 */
export function compileEmptyOperator(empty: EmptyConditionOperator): CompiledCondition[] {
  const clause: ConditionClause = { operator: empty.operator, key: '', values: [] };
  if (empty.range !== undefined) clause.range = empty.range;
  const compiled = compileCondition(clause, false);
  return compiled.error === undefined ? [] : [compiled];
}
