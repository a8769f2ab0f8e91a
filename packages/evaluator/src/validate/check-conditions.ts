// The `Condition` block: known operators with qualifiers they take, `prefix:name` keys, no two
// keys under one operator that differ only by case (AWS treats key names case-insensitively),
// and values the operator can compare. Operators and values are read by the same functions
// the evaluator compiles them with (condition/operator.ts and each family's compileValue), so
// a policy accepted here never holds a clause evaluation cannot use.
import type { PolicyDocument, Statement } from '../types.js';
import type { Path } from '../diagnostics.js';
import { quote } from '../diagnostics.js';
import {
  ALL_OPERATOR_NAMES,
  readOperator,
  SET_OPERATORS,
  type OperatorReading,
} from '../condition/operator.js';
import { didYouMean } from '../parse/suggest.js';
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

/** Reports an operator AWS does not define, or qualifiers it does not take, once per spelling. */
function checkOperator(
  reporter: Reporter,
  operator: string,
  reading: OperatorReading | undefined,
  path: Path,
  reported: Set<string>,
): void {
  if (reported.has(operator)) return;
  reported.add(operator);
  if (reading === undefined) {
    reporter.report('unknown-condition-operator', `unknown condition operator ${quote(operator)}`, path, {
      part: 'key',
      help: operatorHelp(operator),
    });
    return;
  }
  for (const problem of reading.problems) {
    reporter.report(problem.code, problem.message, path, { part: 'key', help: problem.help });
  }
}

export function checkConditions(reporter: Reporter, statement: Statement, document: PolicyDocument): void {
  const base: Path = ['Statement', statement.index];
  const variables = document.version === '2012-10-17';
  const reported = new Set<string>();
  const keysByOperator = new Map<string, Map<string, string>>();
  statement.conditions.forEach((clause, c) => {
    const clausePath = [...base, 'Condition', c];
    const reading = readOperator(clause.operator);
    checkOperator(reporter, clause.operator, reading, [...base, 'ConditionOperator', c], reported);
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
    if (!reading) return;
    const { family, op } = reading;
    const substitute = variables && family.variables;
    clause.values.forEach((value, j) => {
      if (family.compileValue(value, op, substitute) !== undefined) return;
      reporter.report(
        'invalid-condition-value',
        `${quote(value)} is not a valid value for \`${clause.operator}\`: expected ${family.expected}`,
        [...clausePath, j],
        value.includes('${') && !substitute
          ? { help: `\`${op.name}\` takes no policy variables: write the value itself` }
          : {},
      );
    });
  });
  statement.emptyOperators?.forEach((empty, k) => {
    const reading = readOperator(empty.operator);
    checkOperator(reporter, empty.operator, reading, [...base, 'EmptyOperator', k], reported);
  });
}
