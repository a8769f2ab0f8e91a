// The small pieces the validator is built from: ARNs, operator names, wildcard coverage, sizes.
import { describe, expect, it } from 'vitest';
import { parseArn } from '../../src/arn.js';
import { parseConditionOperator } from '../../src/validate/condition-operators.js';
import { covers, matchesWildcard } from '../../src/validate/wildcard-cover.js';
import { POLICY_SIZE_LIMITS, policySize } from '../../src/validate/policy-size.js';

describe('parseArn', () => {
  it.each([
    [
      'arn:aws:s3:::bucket/key:with:colons',
      { partition: 'aws', service: 's3', region: '', account: '', resource: 'bucket/key:with:colons' },
    ],
    [
      'arn:aws:iam::111122223333:user/a/b',
      { partition: 'aws', service: 'iam', region: '', account: '111122223333', resource: 'user/a/b' },
    ],
    [
      'arn:aws:iam::${aws:PrincipalAccount}:role/x',
      {
        partition: 'aws',
        service: 'iam',
        region: '',
        account: '${aws:PrincipalAccount}',
        resource: 'role/x',
      },
    ],
    [
      'arn:aws-us-gov:ec2:us-gov-west-1:111122223333:instance/*',
      {
        partition: 'aws-us-gov',
        service: 'ec2',
        region: 'us-gov-west-1',
        account: '111122223333',
        resource: 'instance/*',
      },
    ],
  ])('%s', (text, expected) => {
    expect(parseArn(text)).toEqual(expected);
  });

  it.each([
    '',
    '*',
    'arn:aws:s3::bucket',
    'arn::s3:::bucket',
    'arn:aws::::x',
    'arn:aws:s3',
    'ARN:aws:s3:::b',
  ])('rejects %j', (text) => {
    expect(parseArn(text)).toBeUndefined();
  });
});

describe('parseArn accepts an empty resource, as AWS does in policies', () => {
  it('arn:aws:organizations::*: (AmazonDevOpsGuruOrganizationsAccess)', () => {
    expect(parseArn('arn:aws:organizations::*:')).toEqual({
      partition: 'aws',
      service: 'organizations',
      region: '',
      account: '*',
      resource: '',
    });
  });
});

describe('parseConditionOperator', () => {
  it.each([
    ['StringEquals', { name: 'StringEquals', family: 'String', ifExists: false }],
    [
      'ForAnyValue:StringLikeIfExists',
      { name: 'StringLike', family: 'String', ifExists: true, set: 'ForAnyValue' },
    ],
    ['forallvalues:arnlike', { name: 'ArnLike', family: 'Arn', ifExists: false, set: 'ForAllValues' }],
    ['NullIfExists', { name: 'Null', family: 'Null', ifExists: true }],
  ])('%s', (text, expected) => {
    expect(parseConditionOperator(text)).toEqual(expected);
  });

  it.each(['StringEqual', 'ForSomeValues:StringEquals', 'IfExists', '', 'String:Equals:x'])(
    'rejects %j',
    (text) => {
      expect(parseConditionOperator(text)).toBeUndefined();
    },
  );
});

describe('wildcard coverage', () => {
  it.each([
    ['*', 'anything', true],
    ['s3:*', 's3:Get*', true],
    ['s3:Get*', 's3:GetObject', true],
    ['S3:GET*', 's3:getobject', true],
    ['s3:G?t*', 's3:Get*', true],
    ['s3:G?t*', 's3:G*t', false],
    ['s3:Get*', 's3:*Object', false],
    ['s3:?', 's3:*', false],
    ['s3:*Object', 's3:Ge?Object', true],
  ])('%s covers %s: %s', (pattern, target, expected) => {
    expect(covers(pattern, target)).toBe(expected);
  });

  it('matches concrete values', () => {
    expect(matchesWildcard('iam:Pass*', 'iam:PassRole')).toBe(true);
    expect(matchesWildcard('iam:?assRole', 'IAM:PASSROLE')).toBe(true);
    expect(matchesWildcard('iam:Get*', 'iam:PassRole')).toBe(false);
  });
});

describe('policySize', () => {
  it('IAM does not count white space', () => {
    expect(policySize('{ "a" :\n\t"b c" }')).toBe(10);
  });
  it('SCPs count every character', () => {
    expect(policySize('{ "a" :\n\t"b c" }', 'scp')).toBe(16);
  });
  it('quotas are AWS defaults', () => {
    expect(POLICY_SIZE_LIMITS).toEqual({
      inlineUser: 2048,
      inlineGroup: 5120,
      inlineRole: 10240,
      managed: 6144,
      trust: 2048,
      scp: 5120,
    });
  });
});
