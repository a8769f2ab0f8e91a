// ARN patterns: part-by-part matching, the resource part spanning colons, short patterns
// whose trailing star expands, and subjects that are not ARNs.

import { describe, expect, it } from 'vitest';
import { compileArnPattern, findArnColons, matchArnPattern } from '../../src/match/arn-pattern.js';
import { MATCH, NO_MATCH, UNRESOLVED } from '../../src/match/glob.js';
import { MatchContext, type Context } from '../../src/variables/context-lookup.js';

function matches(pattern: string, subject: string, ctx?: Context, variables = true): number {
  const colons = new Int32Array(5);
  const isArn = findArnColons(subject, colons);
  return matchArnPattern(
    compileArnPattern(pattern, variables),
    subject,
    isArn,
    colons,
    new MatchContext(ctx),
  );
}

/** Reference: compare the six parts separately with regular expressions. */
function reference(pattern: string, subject: string): boolean {
  const split = (s: string) => {
    const parts = s.split(':');
    return [...parts.slice(0, 5), parts.slice(5).join(':')];
  };
  const p = split(pattern);
  const s = split(subject);
  if (pattern.split(':').length < 6 || subject.split(':').length < 6) return false;
  return p.every((part, i) => {
    const re = part
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.');
    return new RegExp(`^${re}$`, 's').test(s[i] as string);
  });
}

describe('ARN patterns', () => {
  it('find the first five colons of ARNs only', () => {
    const colons = new Int32Array(5);
    expect(findArnColons('arn:aws:s3:::b/k:x', colons)).toBe(true);
    expect([...colons]).toEqual([3, 7, 10, 11, 12]);
    expect(findArnColons('arn:aws:s3', colons)).toBe(false);
    expect(findArnColons('*', colons)).toBe(false);
  });

  it('agree with a part-by-part reference on a grid of patterns and subjects', () => {
    const patterns = [
      'arn:aws:s3:::b/*',
      'arn:aws:s3:*:*:b/*',
      'arn:aws:*:*:*:*',
      'arn:aws:sqs:us-*:111122223333:q*',
      'arn:aws:sqs:*:111122223333:*',
      'arn:aws:iam::111122223333:user/*',
      'arn:aws:iam::*:role/a?p',
      'arn:aws:logs:*:*:log-group:/app:*',
      'arn:aws-cn:s3:::*',
      'arn:aws:s?:::b',
    ];
    const subjects = [
      'arn:aws:s3:::b/k',
      'arn:aws:s3:::b',
      'arn:aws:s3:::b/a:b/c',
      'arn:aws:sqs:us-east-1:111122223333:queue',
      'arn:aws:sqs:eu-west-1:111122223333:q',
      'arn:aws:iam::111122223333:user/team/bob',
      'arn:aws:iam::444455556666:role/app',
      'arn:aws:logs:us-east-1:111122223333:log-group:/app:log-stream:x',
      'arn:aws-cn:s3:::b',
      'arn:aws:sqs:us-east-1:111122223333:extra:colons:here',
    ];
    for (const p of patterns) {
      for (const s of subjects) {
        expect(matches(p, s), `${p} vs ${s}`).toBe(reference(p, s) ? MATCH : NO_MATCH);
      }
    }
  });

  it('keep middle wildcards inside their part', () => {
    expect(
      matches(
        'arn:aws:someservice:*:111122223333:finance/*',
        'arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/x',
      ),
    ).toBe(NO_MATCH);
  });

  it('let a trailing star on a short pattern run over the remaining parts', () => {
    expect(matches('arn:aws:s3:*', 'arn:aws:s3:::b/k')).toBe(MATCH);
    expect(matches('arn:*', 'arn:aws:iam::1:user/x')).toBe(MATCH);
    expect(matches('arn:aws:iam::*', 'arn:aws:iam::111122223333:user/bob')).toBe(MATCH);
    expect(matches('arn:aws:s3', 'arn:aws:s3:::b')).toBe(NO_MATCH);
    expect(matches('arn:aws:s3:*', 'arn:aws:sqs:us-east-1:1:q')).toBe(NO_MATCH);
  });

  it('match non-ARN subjects as whole strings', () => {
    expect(matches('*', '*')).toBe(MATCH);
    expect(matches('*', 'anything')).toBe(MATCH);
    expect(matches('arn:aws:s3:::*', '*')).toBe(NO_MATCH);
    expect(matches('some-id-*', 'some-id-7')).toBe(MATCH);
  });

  it('substitute variables in the resource part and report missing ones', () => {
    const p = 'arn:aws:s3:::b/${aws:username}/*';
    expect(matches(p, 'arn:aws:s3:::b/bob/x', { 'aws:username': 'bob' })).toBe(MATCH);
    expect(matches(p, 'arn:aws:s3:::b/eve/x', { 'aws:username': 'bob' })).toBe(NO_MATCH);
    expect(matches(p, 'arn:aws:s3:::b/bob/x', {})).toBe(UNRESOLVED);
    // Unresolved whatever the subject: the statement may be invalid as a whole.
    expect(matches(p, 'arn:aws:s3:::other/bob/x', {})).toBe(UNRESOLVED);
    expect(matches(p, 'arn:aws:s3:::b/${aws:username}/x', { 'aws:username': 'bob' }, false)).toBe(MATCH);
  });

  it('do not split on colons inside a variable', () => {
    const p = 'arn:aws:iam::${aws:PrincipalAccount}:user/*';
    expect(matches(p, 'arn:aws:iam::111122223333:user/bob', { 'aws:PrincipalAccount': '111122223333' })).toBe(
      MATCH,
    );
    expect(matches(p, 'arn:aws:iam::444455556666:user/bob', { 'aws:PrincipalAccount': '111122223333' })).toBe(
      NO_MATCH,
    );
  });
});
