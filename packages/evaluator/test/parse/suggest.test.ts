import { describe, expect, it } from 'vitest';
import { closestMatch, didYouMean, editDistance } from '../../src/parse/suggest.js';

// The beginnings of real S3 and IAM action names, as the console's pattern check offers them.
const S3_STEMS = ['Get', 'Put', 'Lis', 'Del', 'Cre', 'Abo', 'Res', 'Byp', 'Rep'];
const IAM_ACTIONS = [
  'CreateUser',
  'CreateGroup',
  'CreateRole',
  'DeleteUser',
  'GetUser',
  'ListUsers',
  'UpdateUser',
];

describe('closestMatch', () => {
  it('counts two swapped neighbours as one edit: `s3:Gte*` suggests `s3:Get*`', () => {
    expect(closestMatch('Gte', S3_STEMS)).toBe('Get');
    expect(didYouMean('Gte', S3_STEMS)).toBe('did you mean `Get`?');
    expect(closestMatch('s3:Gte*', ['s3:Get*', 's3:Put*', 's3:List*'])).toBe('s3:Get*');
    expect(closestMatch('Allwo', ['Allow', 'Deny'])).toBe('Allow');
    expect(closestMatch('Efefct', ['Sid', 'Effect', 'Action'])).toBe('Effect');
  });

  it('still suggests a name one letter short, long or wrong', () => {
    expect(closestMatch('CreatUser', IAM_ACTIONS)).toBe('CreateUser');
    expect(closestMatch('CreateUsers', IAM_ACTIONS)).toBe('CreateUser');
    expect(closestMatch('GetUsr', IAM_ACTIONS)).toBe('GetUser');
    expect(closestMatch('createuser', IAM_ACTIONS)).toBe('CreateUser');
  });

  it('suggests nothing for a far-off name', () => {
    expect(closestMatch('Xyz', S3_STEMS)).toBeUndefined();
    expect(closestMatch('TerminateInstances', IAM_ACTIONS)).toBeUndefined();
    expect(closestMatch('Banana', ['Allow', 'Deny'])).toBeUndefined();
    expect(didYouMean('Qqq', ['Version', 'Id', 'Statement'])).toBeUndefined();
    expect(closestMatch('x'.repeat(101), ['x'.repeat(101)])).toBeUndefined();
  });
});

describe('editDistance (optimal string alignment)', () => {
  it.each([
    ['', '', 0],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['abc', 'abc', 0],
    ['gte', 'get', 1],
    ['ab', 'ba', 1],
    ['abcd', 'badc', 2],
    ['kitten', 'sitting', 3],
    ['creatuser', 'createuser', 1],
    // Optimal string alignment edits no substring twice: `ca` → `abc` is 3, not 2.
    ['ca', 'abc', 3],
  ])('%j → %j is %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});
