// What a card still lacks, or holds that JSON cannot keep, said on the card itself. The JSON
// tab's diagnostics report the same gaps against the JSON (and keep Save disabled); these point
// at the card's own fields. Two rows with the same operator and key are the one thing JSON cannot
// keep at all (only the last counts and the evaluator just warns), so the card must say so.
import type { VisualStatement } from './visual-policy.js';
import { code } from './words.js';

export interface StatementProblem {
  field: 'service' | 'actions' | 'resources' | 'condition';
  /** The condition row's `key`, for `condition` problems. */
  conditionRow?: string;
  /** Cedar-style: lowercase, no trailing period, user input in backticks. */
  message: string;
}

export function statementProblems(statement: VisualStatement): StatementProblem[] {
  const problems: StatementProblem[] = [];
  if (statement.service === undefined) problems.push({ field: 'service', message: 'choose a service' });
  else if (statement.actions.length === 0)
    problems.push({ field: 'actions', message: 'choose at least one action' });
  if (statement.resources.length === 0) {
    problems.push({ field: 'resources', message: 'add a resource ARN, or choose all resources (`*`)' });
  }
  const seen = new Set<string>();
  for (const row of statement.conditions) {
    const problem = conditionProblem(row.operator, row.conditionKey, row.values.length);
    if (problem) problems.push({ field: 'condition', conditionRow: row.key, message: problem });
    const pair = `${row.operator}\u0000${row.conditionKey}`;
    if (row.operator !== '' && row.conditionKey !== '' && seen.has(pair)) {
      problems.push({
        field: 'condition',
        conditionRow: row.key,
        message: `${code(row.conditionKey)} already has a ${code(row.operator)} row; JSON keeps only the last, so put all values in one row`,
      });
    }
    seen.add(pair);
  }
  return problems;
}

function conditionProblem(operator: string, key: string, values: number): string | undefined {
  if (operator === '') return 'choose an operator';
  if (key === '') return 'choose a condition key';
  if (values === 0) return 'add at least one value';
  return undefined;
}
