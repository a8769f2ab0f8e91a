// Condition blocks: an operator from every family, IfExists, ForAllValues/ForAnyValue and Null,
// on keys that the request carries or lacks.
import { conditionValue } from './condition-values.js';
import type { KeySpec, KeyType, RequestContext } from './context-keys.js';
import type { Random } from './random.js';

export interface Clause {
  operator: string;
  key: string;
  values: string[];
}

const OPERATORS: Record<KeyType, string[]> = {
  String: [
    'StringEquals',
    'StringNotEquals',
    'StringEqualsIgnoreCase',
    'StringNotEqualsIgnoreCase',
    'StringLike',
    'StringNotLike',
  ],
  Arn: ['ArnEquals', 'ArnLike', 'ArnNotEquals', 'ArnNotLike'],
  Numeric: [
    'NumericEquals',
    'NumericNotEquals',
    'NumericLessThan',
    'NumericLessThanEquals',
    'NumericGreaterThan',
    'NumericGreaterThanEquals',
  ],
  Date: [
    'DateEquals',
    'DateNotEquals',
    'DateLessThan',
    'DateLessThanEquals',
    'DateGreaterThan',
    'DateGreaterThanEquals',
  ],
  Bool: ['Bool'],
  IpAddress: ['IpAddress', 'NotIpAddress'],
  Binary: ['BinaryEquals'],
};

function findValue(context: RequestContext, key: string): string | string[] | undefined {
  const lower = key.toLowerCase();
  for (const [name, value] of Object.entries(context)) if (name.toLowerCase() === lower) return value;
  return undefined;
}

/** Varies the case of a key's `prefix:name` part (condition key names are case-insensitive). */
function keyAsWritten(r: Random, name: string): string {
  if (!r.chance(0.15)) return name;
  const slash = name.indexOf('/');
  const head = slash === -1 ? name : name.slice(0, slash);
  const rest = slash === -1 ? '' : name.slice(slash);
  return (r.chance(0.5) ? head.toUpperCase() : head.toLowerCase()) + rest;
}

function pickOperator(r: Random, key: KeySpec): string {
  if (r.chance(0.08)) return 'Null';
  // ARN keys may also be compared with string operators.
  const type: KeyType = key.type === 'Arn' && r.chance(0.25) ? 'String' : key.type;
  let operator = r.pick(OPERATORS[type]);
  if (key.multi) operator = `${r.pick(['ForAnyValue', 'ForAllValues'])}:${operator}`;
  else if (r.chance(0.06) && (type === 'String' || type === 'Arn')) {
    operator = `${r.pick(['ForAnyValue', 'ForAllValues'])}:${operator}`;
  }
  if (r.chance(0.2)) operator += 'IfExists';
  return operator;
}

export function conditionClause(r: Random, keys: KeySpec[], context: RequestContext): Clause {
  const present = keys.filter((k) => findValue(context, k.name) !== undefined);
  const key = present.length > 0 && r.chance(0.8) ? r.pick(present) : r.pick(keys);
  const operator = pickOperator(r, key);
  const written = keyAsWritten(r, key.name);
  if (operator === 'Null') return { operator, key: written, values: [r.pick(['true', 'false'])] };

  const requestValue = findValue(context, key.name);
  const candidates = Array.isArray(requestValue)
    ? requestValue
    : requestValue === undefined
      ? []
      : [requestValue];
  const type: KeyType = /^(ForAnyValue:|ForAllValues:)?String/.test(operator) ? 'String' : key.type;
  const like = operator.includes('Like');
  const count = r.weighted([
    [60, 1],
    [30, 2],
    [10, 3],
  ]);
  const values: string[] = [];
  for (let i = 0; i < count; i++) {
    const from = candidates.length > 0 && r.chance(0.8) ? r.pick(candidates) : undefined;
    values.push(conditionValue(r, type, { requestValue: from, like, keyName: key.name }));
  }
  return { operator, key: written, values: [...new Set(values)] };
}

/** A Condition element of 1–3 clauses, grouped by operator as the policy grammar requires. */
export function conditionBlock(
  r: Random,
  keys: KeySpec[],
  context: RequestContext,
): Record<string, Record<string, string | string[]>> {
  const block: Record<string, Record<string, string | string[]>> = {};
  const clauses = r.weighted([
    [70, 1],
    [25, 2],
    [5, 3],
  ]);
  for (let i = 0; i < clauses; i++) {
    const clause = conditionClause(r, keys, context);
    const byKey = (block[clause.operator] ??= {});
    // A repeated key under the same operator would be a duplicate JSON key: skip it.
    if (Object.keys(byKey).some((k) => k.toLowerCase() === clause.key.toLowerCase())) continue;
    byKey[clause.key] = clause.values.length === 1 && r.chance(0.6) ? clause.values[0]! : clause.values;
  }
  return block;
}
