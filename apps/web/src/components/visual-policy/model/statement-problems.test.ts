import { describe, expect, it } from 'vitest';
import { newCondition } from './new-condition.js';
import { newStatement } from './new-statement.js';
import { statementProblems } from './statement-problems.js';
import type { VisualStatement } from './visual-policy.js';

const complete: VisualStatement = {
  ...newStatement(),
  service: 's3',
  actions: ['GetObject'],
  resources: ['*'],
  conditions: [{ ...newCondition('Bool', 'aws:SecureTransport'), values: ['true'] }],
};

describe('statementProblems', () => {
  it('finds nothing on a complete card', () => {
    expect(statementProblems(complete)).toEqual([]);
  });

  it('names what a new card lacks, field by field', () => {
    expect(statementProblems(newStatement()).map((p) => [p.field, p.message])).toEqual([
      ['service', 'choose a service'],
      ['resources', 'add a resource ARN, or choose all resources (`*`)'],
    ]);
    expect(statementProblems({ ...complete, actions: [] }).map((p) => p.message)).toEqual([
      'choose at least one action',
    ]);
  });

  it('points at unfinished condition rows by their key', () => {
    const rows = [newCondition(), newCondition('StringEquals'), newCondition('StringEquals', 's3:prefix')];
    const problems = statementProblems({ ...complete, conditions: rows });
    expect(problems.map((p) => [p.conditionRow, p.message])).toEqual([
      [rows[0]?.key, 'choose an operator'],
      [rows[1]?.key, 'choose a condition key'],
      [rows[2]?.key, 'add at least one value'],
    ]);
  });

  it('flags a second row with the same operator and key, which JSON cannot keep', () => {
    const second = { ...newCondition('Bool', 'aws:SecureTransport'), values: ['false'] };
    const problems = statementProblems({ ...complete, conditions: [...complete.conditions, second] });
    expect(problems).toEqual([
      {
        field: 'condition',
        conditionRow: second.key,
        message:
          '`aws:SecureTransport` already has a `Bool` row; JSON keeps only the last, so put all values in one row',
      },
    ]);
  });
});
