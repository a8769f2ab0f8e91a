// Numeric operators: integers and decimals, compared as numbers. No policy variables (the
// condition operators reference: "Policy variables – Not supported").

import { INCOMPARABLE, NONE, spec, type ConditionFamily, type Scalar } from './family.js';

const EQ = 0;
const LT = 1;
const LTE = 2;
const GT = 3;
const GTE = 4;

const DECIMAL = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)\s*$/;

/** Parses an integer or decimal written as text; undefined for anything else. */
export function parseNumber(text: string): number | undefined {
  return DECIMAL.test(text) ? Number(text) : undefined;
}

function requestNumber(value: Scalar): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string') return parseNumber(value);
  return undefined;
}

/** `request <variant> policy`. Shared with the date family, which compares epoch milliseconds. */
export function compareNumbers(variant: number, request: number, policy: number): boolean {
  switch (variant) {
    case EQ:
      return request === policy;
    case LT:
      return request < policy;
    case LTE:
      return request <= policy;
    case GT:
      return request > policy;
    default:
      return request >= policy;
  }
}

/** Index of the first policy number `request` compares true against, or NONE. */
export function firstComparing(variant: number, request: number, policy: readonly number[]): number {
  for (let i = 0; i < policy.length; i++) if (compareNumbers(variant, request, policy[i] as number)) return i;
  return NONE;
}

export const ORDER_VARIANTS = { EQ, LT, LTE, GT, GTE } as const;

export const numericFamily: ConditionFamily<number> = {
  name: 'Numeric',
  operators: Object.fromEntries([
    spec('NumericEquals', EQ, 'equals'),
    spec('NumericNotEquals', EQ, 'equals', true),
    spec('NumericLessThan', LT, 'is less than'),
    spec('NumericLessThanEquals', LTE, 'is less than or equal to'),
    spec('NumericGreaterThan', GT, 'is greater than'),
    spec('NumericGreaterThanEquals', GTE, 'is greater than or equal to'),
  ]),
  variables: false,
  qualifiers: true,
  expected: 'a number',
  compileValue: parseNumber,
  match(numbers, op, value) {
    const n = requestNumber(value);
    return n === undefined ? INCOMPARABLE : firstComparing(op.variant, n, numbers);
  },
};
