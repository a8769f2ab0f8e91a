// AWS's default password policy (no custom policy set): at least 8 characters, at least three
// of uppercase, lowercase, digits and symbols, and not the account name or email address.
import { describe, expect, it } from 'vitest';
import {
  AWS_DEFAULT_PASSWORD_RULES,
  checkPassword,
  type PasswordRules,
} from '../../src/auth/password-policy.js';

function violation(
  password: string,
  rules: PasswordRules = AWS_DEFAULT_PASSWORD_RULES,
  forbidden: string[] = [],
) {
  try {
    checkPassword(password, rules, forbidden);
    return undefined;
  } catch (err) {
    return (err as Error).message;
  }
}

describe('AWS’s default password policy', () => {
  it.each([
    ['Abcdef1!', undefined],
    ['abcdef12!', undefined],
    ['ABCDEF12a', undefined],
    ["abc'DEF-g", undefined],
    ['Ab1!', 'it must have at least 8 characters'],
    ['abcdefgh', 'it must mix at least three of'],
    ['abcdefg1', 'it must mix at least three of'],
    ['ABCDEFG!', 'it must mix at least three of'],
    ['x'.repeat(129), 'it must have at most 128 characters'],
  ])('%s → %s', (password, rule) => {
    const message = violation(password);
    if (rule === undefined) expect(message).toBeUndefined();
    else expect(message).toContain(rule);
  });

  it('refuses the account name or email address, in any case', () => {
    expect(violation('Team-Alpha1', AWS_DEFAULT_PASSWORD_RULES, ['team-alpha1'])).toContain(
      'must not be the same',
    );
    expect(violation('Root@Example.com', AWS_DEFAULT_PASSWORD_RULES, ['root@example.com'])).toContain(
      'must not be the same',
    );
  });

  it('reports the policy violation with the rule as a field error', () => {
    try {
      checkPassword('short', AWS_DEFAULT_PASSWORD_RULES);
    } catch (err) {
      expect(err).toMatchObject({
        code: 'PasswordPolicyViolation',
        options: {
          fieldErrors: [
            { path: 'password', message: 'it must have at least 8 characters' },
            { path: 'password', message: expect.stringContaining('at least three of') },
          ],
        },
      });
    }
    expect.assertions(1);
  });
});

describe('a custom password policy', () => {
  const strict: PasswordRules = {
    ...AWS_DEFAULT_PASSWORD_RULES,
    requireThreeKinds: false,
    minimumLength: 12,
    requireUppercase: true,
    requireLowercase: true,
    requireNumbers: true,
    requireSymbols: true,
  };

  it.each([
    ['Abcdefghij1!', undefined],
    ['abcdefghij1!', 'uppercase letter'],
    ['ABCDEFGHIJ1!', 'lowercase letter'],
    ['Abcdefghijk!', 'digit'],
    ['Abcdefghijk1', 'symbols'],
    ['Abcdefgh1!', 'at least 12 characters'],
  ])('%s → %s', (password, rule) => {
    const message = violation(password, strict);
    if (rule === undefined) expect(message).toBeUndefined();
    else expect(message).toContain(rule);
  });
});
