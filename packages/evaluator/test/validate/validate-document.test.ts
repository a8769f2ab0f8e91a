// validatePolicy on documents built in code (no source text): the same rules, with findings
// placed on the statement or clause they concern.
import { describe, expect, it } from 'vitest';
import type { PolicyDocument, Range } from '../../src/types.js';
import { validatePolicy } from '../../src/validate/validate-policy.js';

const range = (line: number): Range => ({
  start: { line, column: 1, offset: line * 100 },
  end: { line, column: 50, offset: line * 100 + 49 },
});

describe('validatePolicy on a document built in code', () => {
  it('accepts a valid document', () => {
    const document: PolicyDocument = {
      version: '2012-10-17',
      statements: [
        {
          index: 0,
          effect: 'Allow',
          action: ['s3:GetObject'],
          resource: ['arn:aws:s3:::b/*'],
          conditions: [],
        },
      ],
    };
    expect(validatePolicy(document, 'identity')).toEqual([]);
  });

  it('reports against statement and clause ranges, with AST paths', () => {
    const document: PolicyDocument = {
      version: '2012-10-17',
      statements: [
        {
          index: 0,
          effect: 'Allow',
          action: ['s3GetObject'],
          resource: [],
          conditions: [{ operator: 'StringEqualz', key: 'aws:username', values: ['x'], range: range(3) }],
          range: range(2),
        },
      ],
    };
    const found = validatePolicy(document, 'identity').map((d) => [d.code, d.path, d.range?.start.line]);
    expect(found).toEqual([
      ['empty-array', ['Statement', 0, 'Resource'], 2],
      ['invalid-action', ['Statement', 0, 'Action', 0], 2],
      ['unknown-condition-operator', ['Statement', 0, 'ConditionOperator', 0], 3],
    ]);
  });

  it('reports an empty statement list and a bad Effect', () => {
    expect(validatePolicy({ version: '2012-10-17', statements: [] }, 'identity').map((d) => d.code)).toEqual([
      'empty-statement',
    ]);
    const bad = { index: 0, effect: 'Permit', action: ['*'], resource: ['*'], conditions: [] };
    const document = { version: '2012-10-17', statements: [bad] } as unknown as PolicyDocument;
    expect(validatePolicy(document, 'identity').map((d) => d.code)).toEqual(['invalid-effect']);
  });
});
