// The small pieces the validator is built from: ARNs, operator names, wildcard coverage, sizes.
import { describe, expect, it } from 'vitest';
import { parseArn } from '../../src/arn.js';
import { parseConditionOperator } from '../../src/condition/operator.js';
import { reachesEvery } from '../../src/validate/every-iam-resource.js';
import { compileArnPattern, findArnColons, matchArnPattern } from '../../src/match/arn-pattern.js';
import { MATCH } from '../../src/match/glob.js';
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

describe('reachesEvery: a Resource entry that names every role of an account', () => {
  // Checked against the evaluator's own resource matching, so "every role" means what a
  // request would see: these role ARNs of account 111122223333 all match, or some do not.
  const roles = ['app', 'service-role/ecs', 'a/b/c', 'x'].map(
    (name) => `arn:aws:iam::111122223333:role/${name}`,
  );
  const matchesAll = (pattern: string) =>
    roles.every((arn) => {
      const colons = new Int32Array(5);
      const isArn = findArnColons(arn, colons);
      return matchArnPattern(compileArnPattern(pattern, false), arn, isArn, colons, undefined) === MATCH;
    });

  it.each([
    '*',
    'arn:aws:iam::*:role/*',
    'arn:aws:iam::111122223333:role/*',
    'arn:aws:iam::*:*',
    'arn:aws:iam::*',
    'arn:aws:*',
    'arn:*:iam::*:role*',
    'arn:aws:iam:*:*:role/*',
    'arn:aws:iam::1111*',
    'arn:aws:iam::????????????:role/*',
  ])('%s reaches every role', (pattern) => {
    expect(reachesEvery(pattern, 'role')).toBe(true);
    expect(matchesAll(pattern)).toBe(true);
  });

  it.each([
    'arn:aws:iam::*:role/app-*',
    'arn:aws:iam::*:role/service-role/*',
    'arn:aws:iam::*:role/*/*',
    'arn:aws:iam::*:user/*',
    'arn:aws:iam:us-east-1:*:role/*',
    'arn:aws:iam:::role/*',
    'arn:aws:s3:::*',
    'arn:*:role/*',
    'arn:aws:iam::*:role/${aws:username}',
  ])('%s does not', (pattern) => {
    expect(reachesEvery(pattern, 'role')).toBe(false);
    expect(matchesAll(pattern)).toBe(false);
  });

  it('takes a variable account as no account: AWS does not replace variables before the fifth colon', () => {
    expect(reachesEvery('arn:aws:iam::${aws:PrincipalAccount}:role/*', 'role')).toBe(false);
    expect(reachesEvery('arn:aws:iam::${aws:PrincipalAccount}:role/*', 'user')).toBe(false);
  });

  it('tells the resource types apart', () => {
    expect(reachesEvery('arn:aws:iam::*:user/*', 'user')).toBe(true);
    expect(reachesEvery('arn:aws:iam::*:group/*', 'group')).toBe(true);
    expect(reachesEvery('arn:aws:iam::*:policy/*', 'policy')).toBe(true);
    expect(reachesEvery('arn:aws:iam::*:policy/*', 'role')).toBe(false);
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
