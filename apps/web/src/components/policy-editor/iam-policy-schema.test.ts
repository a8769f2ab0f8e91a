import { describe, expect, it } from 'vitest';
import { conditionOperatorNames, iamPolicySchema } from './iam-policy-schema.js';

type AnySchema = { [key: string]: AnySchema } & Record<string, unknown>;

const statementOf = (kind: 'identity' | 'trust') =>
  ((iamPolicySchema(kind) as AnySchema).properties.Statement as AnySchema & { anyOf: AnySchema[] }).anyOf[0]!;

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

  it('counts 27 base operators: 1 + 26 × 2 forms × 3 prefixes', () => {
    expect(names.size).toBe(1 + 26 * 2 * 3);
  });
});

describe('policy schema', () => {
  it('offers Principal only where the kind has one', () => {
    expect(Object.keys(statementOf('identity').properties)).not.toContain('Principal');
    expect(Object.keys(statementOf('trust').properties)).toEqual(
      expect.arrayContaining(['Principal', 'NotPrincipal']),
    );
  });

  it('completes Effect and Version with their only values', () => {
    const schema = iamPolicySchema('identity') as AnySchema;
    expect(statementOf('identity').properties.Effect.enum).toEqual(['Allow', 'Deny']);
    expect(schema.properties.Version.enum).toEqual(['2012-10-17', '2008-10-17']);
  });
});
