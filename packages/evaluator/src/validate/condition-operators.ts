// The condition operators AWS defines, by family. Any of them may take an `IfExists` suffix
// (except `Null`) and a `ForAllValues:` / `ForAnyValue:` set prefix. Names are matched
// without regard to case and resolved to their canonical spelling.

export type OperatorFamily = 'String' | 'Numeric' | 'Date' | 'Bool' | 'Binary' | 'IpAddress' | 'Arn' | 'Null';

export const CONDITION_OPERATORS: Readonly<Record<string, OperatorFamily>> = {
  StringEquals: 'String',
  StringNotEquals: 'String',
  StringEqualsIgnoreCase: 'String',
  StringNotEqualsIgnoreCase: 'String',
  StringLike: 'String',
  StringNotLike: 'String',
  NumericEquals: 'Numeric',
  NumericNotEquals: 'Numeric',
  NumericLessThan: 'Numeric',
  NumericLessThanEquals: 'Numeric',
  NumericGreaterThan: 'Numeric',
  NumericGreaterThanEquals: 'Numeric',
  DateEquals: 'Date',
  DateNotEquals: 'Date',
  DateLessThan: 'Date',
  DateLessThanEquals: 'Date',
  DateGreaterThan: 'Date',
  DateGreaterThanEquals: 'Date',
  Bool: 'Bool',
  BinaryEquals: 'Binary',
  IpAddress: 'IpAddress',
  NotIpAddress: 'IpAddress',
  ArnEquals: 'Arn',
  ArnLike: 'Arn',
  ArnNotEquals: 'Arn',
  ArnNotLike: 'Arn',
  Null: 'Null',
};

export const SET_OPERATORS = ['ForAllValues', 'ForAnyValue'] as const;

export interface ParsedOperator {
  /** Canonical base name, e.g. `StringLike` for `forAnyValue:stringlikeifexists`. */
  name: string;
  family: OperatorFamily;
  ifExists: boolean;
  set?: (typeof SET_OPERATORS)[number];
}

const BY_LOWER = new Map(Object.keys(CONDITION_OPERATORS).map((name) => [name.toLowerCase(), name]));

/** Every spelling accepted, for "did you mean" suggestions. */
export const ALL_OPERATOR_NAMES: readonly string[] = Object.keys(CONDITION_OPERATORS).flatMap((name) =>
  name === 'Null' ? [name] : [name, `${name}IfExists`],
);

/**
 * Reads an operator as written. Returns undefined for names AWS does not define. `NullIfExists`
 * is returned (with `ifExists`) so the validator can say precisely what is wrong with it.
 */
export function parseConditionOperator(text: string): ParsedOperator | undefined {
  let rest = text;
  let set: ParsedOperator['set'];
  const colon = rest.indexOf(':');
  if (colon !== -1) {
    const prefix = rest.slice(0, colon).toLowerCase();
    set = SET_OPERATORS.find((s) => s.toLowerCase() === prefix);
    if (!set) return undefined;
    rest = rest.slice(colon + 1);
  }
  let ifExists = false;
  if (rest.toLowerCase().endsWith('ifexists')) {
    ifExists = true;
    rest = rest.slice(0, -'IfExists'.length);
  }
  const name = BY_LOWER.get(rest.toLowerCase());
  if (name === undefined) return undefined;
  const family = CONDITION_OPERATORS[name] as OperatorFamily;
  return set === undefined ? { name, family, ifExists } : { name, family, ifExists, set };
}
