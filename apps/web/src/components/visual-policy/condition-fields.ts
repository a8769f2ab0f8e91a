// What a condition row offers and checks: the operators that fit the key's type (plus the one
// written, flagged when it does not fit), a hint for the values, and Cedar-style problems shown
// under the fields. The evaluator's diagnostics remain the authority; these catch the common
// slips while the user is still on the card.
import type { ConditionKeyType } from '@gatehouse/catalog';
import { elementType, operatorsForKeyType } from './model/index.js';
import type { VisualCondition } from './model/visual-policy.js';

export interface OperatorOption {
  value: string;
  label: string;
  description?: string;
}

const ANY_TYPE: ConditionKeyType[] = [
  'String',
  'ARN',
  'Numeric',
  'Date',
  'Bool',
  'IPAddress',
  'Binary',
  'ArrayOfString',
];

function allOperators(): string[] {
  return [...new Set(ANY_TYPE.flatMap((type) => operatorsForKeyType(type)))];
}

/** The operators to offer for a key of `type` (every operator when the type is not known). */
export function operatorOptions(type: ConditionKeyType | undefined, current: string): OperatorOption[] {
  const names = type ? operatorsForKeyType(type) : allOperators();
  const options: OperatorOption[] = names.map((name) => ({ value: name, label: name }));
  if (current !== '' && !names.includes(current)) {
    options.push({
      value: current,
      label: current,
      description: type ? `Does not fit a key of type ${type}` : 'As written in the JSON',
    });
  }
  return options;
}

/** One input per value, and one empty input when there is no value yet. */
export function valueRows(values: readonly string[]): string[] {
  return values.length ? [...values] : [''];
}

/** The operator without `ForAnyValue:` / `ForAllValues:` and `IfExists`. */
export function baseOperator(operator: string): string {
  return operator.replace(/^For(Any|All)Values?:/i, '').replace(/IfExists$/i, '');
}

/** What the value inputs expect, for the Value field's description. */
export function valueHint(operator: string, type: ConditionKeyType | undefined): string | undefined {
  const base = baseOperator(operator);
  if (base === 'Null') return 'true: the key is absent; false: the key is present';
  if (base === 'Bool') return 'true or false';
  if (base.startsWith('Numeric')) return 'A number';
  if (base.startsWith('Date')) return 'A date and time, e.g. 2026-01-31T12:00:00Z';
  if (base.endsWith('IpAddress')) return 'An IP address or CIDR range, e.g. 203.0.113.0/24';
  if (base.endsWith('Like')) return '* and ? match any characters';
  if (base.startsWith('Arn')) return 'An ARN; * and ? match any characters';
  if (type && elementType(type) === 'Bool') return 'true or false';
  return undefined;
}

const PLACEHOLDER = /\$\{[^${}]+\}|<[^<>]+>/;

function valueProblem(base: string, value: string): string | undefined {
  if ((base === 'Bool' || base === 'Null') && value !== 'true' && value !== 'false') {
    return `\`${value}\` is not \`true\` or \`false\``;
  }
  if (base.startsWith('Numeric') && !/^-?\d+(\.\d+)?$/.test(value)) return `\`${value}\` is not a number`;
  if (base.endsWith('IpAddress') && !/^[0-9a-fA-F:.]+(\/\d{1,3})?$/.test(value)) {
    return `\`${value}\` is not an IP address or CIDR range`;
  }
  if (base.startsWith('Date') && Number.isNaN(Date.parse(value)) && !/^\d+$/.test(value)) {
    return `\`${value}\` is not a date`;
  }
  return undefined;
}

/** Problems per field of a row, for its FormFields' error texts. */
export function conditionRowProblems(
  condition: VisualCondition,
  type: ConditionKeyType | undefined,
): { conditionKey?: string; operator?: string; values?: string } {
  const problems: { conditionKey?: string; operator?: string; values?: string } = {};
  const placeholder = PLACEHOLDER.exec(condition.conditionKey);
  if (condition.conditionKey === '') problems.conditionKey = 'choose a condition key';
  else if (placeholder) problems.conditionKey = `replace \`${placeholder[0]}\` with a name`;
  if (condition.operator === '') problems.operator = 'choose an operator';
  else if (type && !operatorsForKeyType(type).includes(condition.operator)) {
    problems.operator = `\`${condition.operator}\` does not fit a key of type ${type}`;
  }
  if (condition.values.length === 0) problems.values = 'enter a value';
  else {
    const base = baseOperator(condition.operator);
    for (const value of condition.values) {
      const found = value === '' ? 'a value is empty' : valueProblem(base, value);
      if (found) {
        problems.values = found;
        break;
      }
    }
  }
  return problems;
}
