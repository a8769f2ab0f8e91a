// Test support: request values for one condition clause, the first one meant to satisfy it and
// the rest to fail it (or to probe its edges). `null` stands for "the key is absent".
import { parseConditionOperator } from '@gatehouse/evaluator';

export type Candidate = string | null;

const DAY = 86_400;
const OTHER_IP = '198.51.100.99';
const OTHER_ARN = 'arn:aws:iam::999999999999:role/other';
/**
 * "Some other value": what negated operators are given to hold, and also what every policy
 * variable without a known value resolves to (sample-requests.ts), so that a statement testing
 * `aws:PrincipalTag/x` is not empty and using `${aws:PrincipalTag/x}` in its ARN can apply.
 */
export const OTHER = 'zz-other';

/** `${aws:username}` and friends as the base context resolves them, wildcards filled. */
export type Fill = (pattern: string) => string;

function epochSeconds(value: string): number {
  return /^\d+$/.test(value.trim()) ? Number(value) : Math.floor(Date.parse(value) / 1000);
}

function ordered(name: string, value: number, shift: number): { yes: number; no: number[] } {
  if (name.endsWith('NotEquals')) return { yes: value + shift, no: [value] };
  if (name.endsWith('Equals') && !/Than/.test(name)) return { yes: value, no: [value + shift] };
  if (name.endsWith('LessThan')) return { yes: value - shift, no: [value, value + shift] };
  if (name.endsWith('LessThanEquals')) return { yes: value, no: [value + shift] };
  if (name.endsWith('GreaterThan')) return { yes: value + shift, no: [value, value - shift] };
  return { yes: value, no: [value - shift] }; // GreaterThanEquals
}

export function conditionCandidates(operator: string, values: readonly string[], fill: Fill): Candidate[] {
  const parsed = parseConditionOperator(operator);
  const first = values[0] ?? '';
  if (!parsed) return [first, OTHER, null];
  const negated = /Not/.test(parsed.name);
  switch (parsed.family) {
    case 'Null':
      return first.toLowerCase() === 'true' ? [null, 'present'] : ['present', null];
    case 'Bool':
      return first.toLowerCase() === 'true' ? ['true', 'false', null] : ['false', 'true', null];
    case 'Numeric': {
      const { yes, no } = ordered(parsed.name, Number(first), 1);
      return [String(yes), ...no.map(String), null];
    }
    case 'Date': {
      const { yes, no } = ordered(parsed.name, epochSeconds(first), DAY);
      return [String(yes), ...no.map(String), null];
    }
    case 'IpAddress': {
      const inside = first.replace(/\/\d+$/, '');
      return negated ? [OTHER_IP, inside, null] : [inside, OTHER_IP, null];
    }
    case 'Arn':
      return negated
        ? [OTHER_ARN, fill(first), null]
        : [fill(first), ...values.slice(1, 2).map(fill), OTHER_ARN, null];
    default:
      return negated
        ? [OTHER, fill(first), null]
        : [fill(first), ...values.slice(1, 2).map(fill), OTHER, null];
  }
}

/** Whether the clause's operator compares sets of values (`ForAnyValue:`, `ForAllValues:`). */
export function isSetOperator(operator: string): boolean {
  return parseConditionOperator(operator)?.set !== undefined;
}
