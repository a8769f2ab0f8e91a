import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error.js';
import { accessKeyCsv, accessKeyCsvFileName } from './access-key-csv.js';
import { ageInDays, dueForRotation, formatAgeInDays } from './credential-age.js';
import { passwordProblemText, passwordProblems } from './password-problems.js';

describe('accessKeyCsv', () => {
  it('writes AWS header and the key on one row', () => {
    expect(accessKeyCsv('AKIAABCDEFGHIJKLMNOP', 'secret/with+chars')).toBe(
      'Access key ID,Secret access key\nAKIAABCDEFGHIJKLMNOP,secret/with+chars\n',
    );
  });
  it('names the file after the user, rootkey.csv for root', () => {
    expect(accessKeyCsvFileName('alice')).toBe('alice_accessKeys.csv');
    expect(accessKeyCsvFileName(undefined)).toBe('rootkey.csv');
  });
});

describe('credential age', () => {
  const now = new Date('2026-11-23T12:00:00Z');
  it('counts whole days', () => {
    expect(ageInDays('2026-11-23T01:00:00Z', now)).toBe(0);
    expect(ageInDays('2026-11-21T11:00:00Z', now)).toBe(2);
    expect(ageInDays(null, now)).toBeUndefined();
    expect(ageInDays('not a date', now)).toBeUndefined();
  });
  it('flags keys older than 90 days only', () => {
    expect(dueForRotation('2026-08-25T12:00:00Z', now)).toBe(false); // 90 days
    expect(dueForRotation('2026-08-24T11:00:00Z', now)).toBe(true); // 91 days
    expect(dueForRotation(undefined, now)).toBe(false);
  });
  it('formats', () => {
    expect(formatAgeInDays(0)).toBe('Today');
    expect(formatAgeInDays(1)).toBe('1 day');
    expect(formatAgeInDays(97)).toBe('97 days');
    expect(formatAgeInDays(undefined)).toBe('-');
  });
});

describe('passwordProblems', () => {
  const violation = new ApiError(400, {
    code: 'PasswordPolicyViolation',
    message: 'the password does not meet the password policy',
    fieldErrors: [
      { path: 'newPassword', message: 'at least 14 characters' },
      { path: 'newPassword', message: 'at least one symbol' },
    ],
  });
  it('lists every rule for the field', () => {
    expect(passwordProblems(violation, 'newPassword')).toEqual([
      'at least 14 characters',
      'at least one symbol',
    ]);
    expect(passwordProblemText(violation, 'newPassword')).toBe('at least 14 characters; at least one symbol');
  });
  it('falls back to the message of a violation without field errors for that path', () => {
    expect(passwordProblems(violation, 'password')).toEqual([
      'the password does not meet the password policy',
    ]);
  });
  it('ignores other errors', () => {
    expect(passwordProblems(new ApiError(403, { code: 'AccessDenied', message: 'no' }), 'password')).toEqual(
      [],
    );
    expect(passwordProblemText(new Error('x'), 'password')).toBeUndefined();
  });
});
