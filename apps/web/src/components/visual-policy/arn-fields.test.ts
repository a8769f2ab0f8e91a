import { describe, expect, it } from 'vitest';
import { arnFieldProblems, arnFields, buildArn, fieldLabel, typedArnProblem } from './arn-fields.js';

const OBJECT = 'arn:${Partition}:s3:::${BucketName}/${ObjectName}';
const INSTANCE = 'arn:${Partition}:ec2:${Region}:${Account}:instance/${InstanceId}';

describe('fieldLabel', () => {
  it('splits camel case and keeps acronyms', () => {
    expect(fieldLabel('BucketName')).toBe('Bucket name');
    expect(fieldLabel('DBInstanceName')).toBe('DB instance name');
    expect(fieldLabel('Region')).toBe('Region');
    expect(fieldLabel('InstanceId')).toBe('Instance id');
  });
});

describe('arnFields', () => {
  it('lists placeholders except the partition, in order', () => {
    expect(arnFields(INSTANCE).map((f) => f.name)).toEqual(['Region', 'Account', 'InstanceId']);
    expect(arnFields(OBJECT).map((f) => f.label)).toEqual(['Bucket name', 'Object name']);
  });
});

describe('buildArn', () => {
  it('fills values and uses * for Any', () => {
    const state = { values: { BucketName: 'my-bucket' }, any: { ObjectName: true } };
    expect(buildArn(OBJECT, state)).toBe('arn:aws:s3:::my-bucket/*');
  });

  it('uses * for empty fields and trims values', () => {
    const state = { values: { Region: ' us-east-1 ', Account: '123456789012' }, any: {} };
    expect(buildArn(INSTANCE, state)).toBe('arn:aws:ec2:us-east-1:123456789012:instance/*');
  });

  it('prefers Any over a value typed before', () => {
    const state = { values: { Region: 'us-east-1' }, any: { Region: true, Account: true, InstanceId: true } };
    expect(buildArn(INSTANCE, state)).toBe('arn:aws:ec2:*:*:instance/*');
  });
});

describe('arnFieldProblems', () => {
  it('asks for a value or Any in every empty field', () => {
    expect(arnFieldProblems(OBJECT, { values: { BucketName: 'b' }, any: {} })).toEqual({
      ObjectName: 'enter a value or choose Any',
    });
  });

  it('checks account IDs and Regions', () => {
    const state = { values: { Region: 'us:east', Account: '1234', InstanceId: 'i-1' }, any: {} };
    expect(arnFieldProblems(INSTANCE, state)).toEqual({
      Region: '`us:east` is not a Region: a Region has no `:`',
      Account: '`1234` is not an account ID: use 12 digits',
    });
  });

  it('accepts account patterns with wildcards', () => {
    const state = { values: { Region: 'us-east-1', Account: '12345678901?', InstanceId: 'i-1' }, any: {} };
    expect(arnFieldProblems(INSTANCE, state)).toEqual({});
  });
});

describe('typedArnProblem', () => {
  it('accepts ARNs, ARN patterns and *', () => {
    expect(typedArnProblem('arn:aws:s3:::my-bucket')).toBeUndefined();
    expect(typedArnProblem('arn:aws:ec2:*:123456789012:instance/*')).toBeUndefined();
    expect(typedArnProblem('*')).toBeUndefined();
  });

  it('says what an ARN looks like otherwise', () => {
    expect(typedArnProblem('')).toBe('enter an ARN, e.g. `arn:aws:s3:::my-bucket`');
    expect(typedArnProblem('my-bucket')).toBe(
      '`my-bucket` is not an ARN: an ARN reads `arn:partition:service:region:account:resource`',
    );
    expect(typedArnProblem('arn:aws:s3')).toBe(
      '`arn:aws:s3` is not an ARN: an ARN reads `arn:partition:service:region:account:resource`',
    );
  });
});
