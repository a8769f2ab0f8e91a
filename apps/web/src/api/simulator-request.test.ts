import { describe, expect, it } from 'vitest';
import { buildContext, resourceError, resourceList } from './simulator-request.js';

describe('buildContext', () => {
  it('types the well-known keys and keeps free-form ones as text', () => {
    const built = buildContext([
      { key: 'aws:SourceIp', value: ' 203.0.113.9 ' },
      { key: 'aws:MultiFactorAuthPresent', value: 'true' },
      { key: 'aws:MultiFactorAuthAge', value: '120' },
      { key: 'aws:TagKeys', value: 'team, cost-center' },
      { key: 'aws:PrincipalTag/team', value: 'web' },
      { key: '', value: '' },
    ]);
    expect(built.errors).toEqual({});
    expect(built.context).toEqual({
      'aws:SourceIp': '203.0.113.9',
      'aws:MultiFactorAuthPresent': true,
      'aws:MultiFactorAuthAge': 120,
      'aws:TagKeys': ['team', 'cost-center'],
      'aws:PrincipalTag/team': 'web',
    });
  });

  it('names each bad row', () => {
    const built = buildContext([
      { key: 'aws:SourceIp', value: '10.0.0.1' },
      { key: 'aws:sourceip', value: '10.0.0.2' },
      { key: 'aws:MultiFactorAuthPresent', value: 'yes' },
      { key: 'SourceIp', value: '1' },
      { key: '', value: 'orphan' },
      { key: 'aws:CurrentTime', value: 'tomorrow' },
    ]);
    expect(built.errors).toEqual({
      1: '`aws:sourceip` is already set in row 1',
      2: '`aws:MultiFactorAuthPresent` is `true` or `false`',
      3: '`SourceIp` is not a context key: use `service:name`',
      4: 'enter a context key, e.g. `aws:SourceIp`',
      5: '`aws:CurrentTime` is a date and time, e.g. `2026-11-23T09:00:00Z`',
    });
    expect(built.context).toEqual({ 'aws:SourceIp': '10.0.0.1' });
  });
});

describe('resources', () => {
  it('reads one resource per line, `*` when none', () => {
    expect(resourceList('')).toEqual(['*']);
    expect(resourceList(' arn:aws:s3:::a/*\n\narn:aws:s3:::a/*\narn:aws:s3:::b ')).toEqual([
      'arn:aws:s3:::a/*',
      'arn:aws:s3:::b',
    ]);
    expect(resourceError(['*', 'arn:aws:s3:::a'])).toBeUndefined();
    expect(resourceError(['my-bucket'])).toBe(
      '`my-bucket` is not an ARN: resources are ARNs (`arn:...`) or `*`',
    );
  });
});
