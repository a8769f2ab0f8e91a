import { describe, expect, it } from 'vitest';
import {
  validateAccountEmail,
  validateAccountId,
  validateAccountName,
  validateOuName,
  validateScpDescription,
  validateScpName,
} from './organization-fields.js';

describe('organization fields', () => {
  it('takes a new account’s name of 1 to 50 printable ASCII characters', () => {
    expect(validateAccountName('Team Dev (2)')).toBeUndefined();
    expect(validateAccountName('x'.repeat(50))).toBeUndefined();
    expect(validateAccountName('x'.repeat(51))).toMatch(/50 characters/);
    expect(validateAccountName('café')).toMatch(/ASCII/);
    expect(validateAccountName(' ')).toMatch(/^Enter a name/);
  });

  it('takes OU and policy names of 1 to 128 characters', () => {
    for (const validate of [validateOuName, validateScpName]) {
      expect(validate('workloads')).toBeUndefined();
      expect(validate('x'.repeat(128))).toBeUndefined();
      expect(validate('x'.repeat(129))).toMatch(/128 characters/);
      expect(validate('  ')).toMatch(/^Enter a name/);
    }
  });

  it('takes e-mail addresses as AWS Organizations does', () => {
    expect(validateAccountEmail('dev@example.com')).toBeUndefined();
    expect(validateAccountEmail('dev@example')).toMatch(/such as/);
    expect(validateAccountEmail('a b@example.com')).toMatch(/such as/);
    expect(validateAccountEmail('a@b.c')).toMatch(/6 to 64/);
    expect(validateAccountEmail(`${'x'.repeat(60)}@example.com`)).toMatch(/6 to 64/);
    expect(validateAccountEmail('')).toMatch(/^Enter/);
  });

  it('takes account ids of 12 digits', () => {
    expect(validateAccountId('123456789012')).toBeUndefined();
    expect(validateAccountId('12345678901')).toBe('An account ID has 12 digits.');
    expect(validateAccountId('12345678901a')).toBe('An account ID has 12 digits.');
  });

  it('limits descriptions to 512 characters', () => {
    expect(validateScpDescription('')).toBeUndefined();
    expect(validateScpDescription('x'.repeat(512))).toBeUndefined();
    expect(validateScpDescription('x'.repeat(513))).toMatch(/512/);
  });
});
