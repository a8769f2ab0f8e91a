// The shared ARN of a Resource pattern and a catalog ARN format, as the per-action resource
// filter uses it.
import { describe, expect, it } from 'vitest';
import { arnPatternWitness } from './arn-pattern-witness.js';

const bucket = 'arn:${Partition}:s3:::${BucketName}';
const object = 'arn:${Partition}:s3:::${BucketName}/${ObjectName}';
const role = 'arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}';

describe('arnPatternWitness', () => {
  it('fills placeholders with one character and keeps the pattern’s text', () => {
    expect(arnPatternWitness('arn:aws:s3:::*', bucket)).toBe('arn:aws:s3:::x');
    expect(arnPatternWitness('arn:aws:s3:::*', object)).toBe('arn:aws:s3:::x/x');
    expect(arnPatternWitness('arn:aws:s3:::rep*', object)).toBe('arn:aws:s3:::rep/x');
  });

  it('lets a wildcard in the resource part stand for at least one character', () => {
    // `b/*` against the bucket format: the bucket name has to swallow the slash and more.
    expect(arnPatternWitness('arn:aws:s3:::b/*', bucket)).toBe('arn:aws:s3:::b/x');
  });

  it('keeps wildcards to their field in the header, where they may be empty', () => {
    expect(arnPatternWitness('arn:aws:s3:*:*:*', bucket)).toBe('arn:aws:s3:::x');
    expect(arnPatternWitness('arn:aws:iam::*:user/*', role)).toBeUndefined();
    expect(arnPatternWitness('arn:aws:iam::*:role/*', role)).toBe('arn:aws:iam::x:role/x');
  });

  it('gives undefined when the fixed text differs', () => {
    expect(arnPatternWitness('arn:aws:sqs:*:*:queue', bucket)).toBeUndefined();
    expect(arnPatternWitness('arn:aws:s3:::b?', 'arn:${Partition}:s3:::bucket')).toBeUndefined();
  });

  it('compares whole when the pattern has too few fields to line up', () => {
    expect(arnPatternWitness('arn:aws:s3*', object)).toBe('arn:aws:s3:::x/x');
  });
});
