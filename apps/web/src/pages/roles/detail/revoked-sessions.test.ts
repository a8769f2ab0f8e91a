import { describe, expect, it } from 'vitest';
import { revokedBeforeOf } from './revoked-sessions.js';

const policy = (condition: unknown) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Deny', Action: ['*'], Resource: ['*'], Condition: condition }],
  });

describe('revokedBeforeOf', () => {
  it('reads the aws:TokenIssueTime bound AWS writes', () => {
    const document = policy({ DateLessThan: { 'aws:TokenIssueTime': '2026-12-06T21:00:00Z' } });
    expect(revokedBeforeOf(document)).toBe('2026-12-06T21:00:00Z');
  });
  it('reads a bound given as a list, and a single statement object', () => {
    const document = JSON.stringify({
      Statement: {
        Effect: 'Deny',
        Condition: { DateLessThan: { 'aws:TokenIssueTime': ['2026-01-02T03:04:05Z'] } },
      },
    });
    expect(revokedBeforeOf(document)).toBe('2026-01-02T03:04:05Z');
  });
  it('is undefined for other policies and for text that is not JSON', () => {
    expect(revokedBeforeOf(policy({ Bool: { 'aws:SecureTransport': 'false' } }))).toBeUndefined();
    expect(revokedBeforeOf('{not json')).toBeUndefined();
    expect(revokedBeforeOf(undefined)).toBeUndefined();
  });
});
