// Compiling one `operator → key → values` clause. A clause that cannot be compiled (unknown
// operator, a value of the wrong type) is kept with its `error`: it never holds, and
// explanations say why. Validation reports the same problems as diagnostics.

import type { ConditionClause } from '../types.js';
import { nullFamily } from './null.js';
import type { ConditionFamily, OperatorSpec } from './family.js';
import { parseOperator, SetMode } from './operator.js';

export interface CompiledCondition {
  clause: ConditionClause;
  key: string;
  lowerKey: string;
  set: SetMode;
  ifExists: boolean;
  family: ConditionFamily<unknown>;
  op: OperatorSpec;
  values: unknown;
  /** Policy variables are substituted in this clause's values. */
  variables: boolean;
  /** Why the clause can never hold, when it is malformed. */
  error: string | undefined;
}

/** Compiles a clause; `variables` is true for Version 2012-10-17 policies. */
export function compileCondition(clause: ConditionClause, variables: boolean): CompiledCondition {
  const base = {
    clause,
    key: clause.key,
    lowerKey: clause.key.toLowerCase(),
    set: SetMode.None as SetMode,
    ifExists: false,
    family: nullFamily as ConditionFamily<unknown>,
    op: nullFamily.operators['null'] as OperatorSpec,
    values: [] as unknown,
    variables: false,
    error: undefined as string | undefined,
  };
  const parsed = parseOperator(clause.operator);
  if ('error' in parsed) return { ...base, error: parsed.error };
  const substitute = variables && parsed.family.variables;
  const compiled = parsed.family.compile(clause.values, parsed.op, substitute);
  return {
    ...base,
    set: parsed.set,
    ifExists: parsed.ifExists,
    family: parsed.family,
    op: parsed.op,
    values: compiled.ok ? compiled.values : [],
    variables: substitute,
    error: compiled.ok ? undefined : compiled.error,
  };
}
