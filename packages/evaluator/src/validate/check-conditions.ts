// The `Condition` block: known operators, `prefix:name` keys, no two keys under one operator
// that differ only by case (AWS treats key names case-insensitively), and values the operator
// can compare.
import type { Statement } from '../types.js';
import type { Path } from '../diagnostics.js';
import { quote } from '../diagnostics.js';
import { didYouMean } from '../parse/suggest.js';
import { ALL_OPERATOR_NAMES, parseConditionOperator, SET_OPERATORS } from './condition-operators.js';
import { conditionValueProblem } from './condition-values.js';
import type { Reporter } from './reporter.js';

const CONDITION_KEY = /^[^:\s]+:\S+$/;

function operatorHelp(operator: string): string | undefined {
  const colon = operator.indexOf(':');
  if (colon !== -1) {
    const prefix = operator.slice(0, colon);
    if (!SET_OPERATORS.some((s) => s.toLowerCase() === prefix.toLowerCase())) {
      return (
        didYouMean(prefix, SET_OPERATORS) ?? 'the only set prefixes are `ForAllValues:` and `ForAnyValue:`'
      );
    }
    const suggestion = didYouMean(operator.slice(colon + 1), ALL_OPERATOR_NAMES);
    return suggestion?.replace('`', `\`${prefix}:`);
  }
  return didYouMean(operator, ALL_OPERATOR_NAMES);
}

export function checkConditions(reporter: Reporter, statement: Statement): void {
  const base: Path = ['Statement', statement.index];
  const reportedOperators = new Set<string>();
  const keysByOperator = new Map<string, Map<string, string>>();
  statement.conditions.forEach((clause, c) => {
    const clausePath = [...base, 'Condition', c];
    const operatorPath = [...base, 'ConditionOperator', c];
    const parsed = parseConditionOperator(clause.operator);
    if (!parsed && !reportedOperators.has(clause.operator)) {
      reportedOperators.add(clause.operator);
      reporter.report(
        'unknown-condition-operator',
        `unknown condition operator ${quote(clause.operator)}`,
        operatorPath,
        {
          part: 'key',
          help: operatorHelp(clause.operator),
        },
      );
    }
    if (parsed?.name === 'Null' && parsed.ifExists && !reportedOperators.has(clause.operator)) {
      reportedOperators.add(clause.operator);
      reporter.report('null-with-if-exists', '`Null` cannot be combined with `IfExists`', operatorPath, {
        part: 'key',
        help: '`Null` already tests whether the key exists; use `Null` alone',
      });
    }
    if (!CONDITION_KEY.test(clause.key)) {
      reporter.report(
        'invalid-condition-key',
        `condition key ${quote(clause.key)} has no service prefix, so no request has it`,
        clausePath,
        {
          part: 'key',
          help: 'keys look like `aws:SourceIp` or `s3:prefix`',
        },
      );
    }
    const keys = keysByOperator.get(clause.operator) ?? new Map<string, string>();
    keysByOperator.set(clause.operator, keys);
    const earlier = keys.get(clause.key.toLowerCase());
    if (earlier !== undefined && earlier !== clause.key) {
      reporter.report(
        'duplicate-condition-key',
        `condition key ${quote(clause.key)} repeats ${quote(earlier)} under \`${clause.operator}\``,
        clausePath,
        { part: 'key', help: 'key names are not case-sensitive; merge the values under one key' },
      );
    }
    keys.set(clause.key.toLowerCase(), clause.key);
    if (!parsed) return;
    clause.values.forEach((value, j) => {
      const expected = conditionValueProblem(parsed.family, value);
      if (expected) {
        reporter.report(
          'invalid-condition-value',
          `${quote(value)} is not a valid value for \`${clause.operator}\`: expected ${expected}`,
          [...clausePath, j],
        );
      }
    });
  });
}
