// The condition operators that fit a condition key's type, in the order the operator picker
// lists them: plain operators, their `IfExists` forms, then `Null`. Keys holding several values
// (`ArrayOf...`) take the operators of their element type behind `ForAnyValue:` or
// `ForAllValues:`, as AWS requires for multivalued keys.
import type { ConditionKeyType } from '@gatehouse/catalog';

const STRING = [
  'StringEquals',
  'StringNotEquals',
  'StringEqualsIgnoreCase',
  'StringNotEqualsIgnoreCase',
  'StringLike',
  'StringNotLike',
];
const ARN = ['ArnEquals', 'ArnLike', 'ArnNotEquals', 'ArnNotLike'];
const NUMERIC = [
  'NumericEquals',
  'NumericNotEquals',
  'NumericLessThan',
  'NumericLessThanEquals',
  'NumericGreaterThan',
  'NumericGreaterThanEquals',
];
const DATE = [
  'DateEquals',
  'DateNotEquals',
  'DateLessThan',
  'DateLessThanEquals',
  'DateGreaterThan',
  'DateGreaterThanEquals',
];

type ScalarType = Exclude<ConditionKeyType, `ArrayOf${string}`>;

const BY_TYPE: Record<ScalarType, readonly string[]> = {
  String: STRING,
  // AWS compares ARN keys with the Arn operators and also accepts the String ones.
  ARN: [...ARN, ...STRING],
  Bool: ['Bool'],
  Numeric: NUMERIC,
  Date: DATE,
  IPAddress: ['IpAddress', 'NotIpAddress'],
  Binary: ['BinaryEquals'],
};

const SET_QUALIFIERS = ['ForAnyValue', 'ForAllValues'] as const;

/** The scalar type a key's values have: `String` for `ArrayOfString`. */
export function elementType(type: ConditionKeyType): ScalarType {
  return (type.startsWith('ArrayOf') ? type.slice('ArrayOf'.length) : type) as ScalarType;
}

export function operatorsForKeyType(type: ConditionKeyType): string[] {
  const base = BY_TYPE[elementType(type)] ?? STRING;
  const plain = type.startsWith('ArrayOf')
    ? SET_QUALIFIERS.flatMap((qualifier) => base.map((operator) => `${qualifier}:${operator}`))
    : [...base];
  return [...plain, ...plain.map((operator) => `${operator}IfExists`), 'Null'];
}
