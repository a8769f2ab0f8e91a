import { parseConditionOperator } from '@gatehouse/evaluator';
import { describe, expect, it } from 'vitest';
import { conditionOperatorNames, iamPolicySchema } from './iam-policy-schema.js';

/** Walks into the schema object along `path` (property names and array indexes). */
function at(value: unknown, ...path: (string | number)[]): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], value);
}

const statementOf = (kind: 'identity' | 'trust') =>
  at(iamPolicySchema(kind), 'properties', 'Statement', 'anyOf', 0);

describe('condition operators offered for completion', () => {
  const names = conditionOperatorNames();

  it('has each base operator with IfExists and the set prefixes', () => {
    for (const name of [
      'StringLike',
      'StringLikeIfExists',
      'ForAllValues:StringEquals',
      'ForAnyValue:StringNotLikeIfExists',
      'DateGreaterThan',
      'IpAddress',
      'ArnLike',
      'Bool',
      'BinaryEquals',
    ]) {
      expect(names.has(name), name).toBe(true);
    }
  });

  it('has Null only in its plain form (IfExists makes no sense for it)', () => {
    expect(names.has('Null')).toBe(true);
    expect(names.has('NullIfExists')).toBe(false);
    expect(names.has('ForAnyValue:Null')).toBe(false);
  });

  it('offers only spellings the evaluator accepts', () => {
    for (const name of names.keys()) expect(parseConditionOperator(name), name).toBeDefined();
  });

  it('counts 27 base operators: 1 + 26 × 2 forms × 3 prefixes', () => {
    expect(names.size).toBe(1 + 26 * 2 * 3);
  });
});

describe('policy schema', () => {
  it('offers Principal only where the kind has one', () => {
    expect(Object.keys(at(statementOf('identity'), 'properties') as object)).not.toContain('Principal');
    expect(Object.keys(at(statementOf('trust'), 'properties') as object)).toEqual(
      expect.arrayContaining(['Principal', 'NotPrincipal']),
    );
  });

  it('completes Effect and Version with their only values', () => {
    expect(at(statementOf('identity'), 'properties', 'Effect', 'enum')).toEqual(['Allow', 'Deny']);
    expect(at(iamPolicySchema('identity'), 'properties', 'Version', 'enum')).toEqual([
      '2012-10-17',
      '2008-10-17',
    ]);
  });
});
