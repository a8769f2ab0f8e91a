import { describe, expect, it } from 'vitest';
import type { PasswordPolicy } from '../../api/credentials-api.js';
import {
  describePolicy,
  formFromPolicy,
  passwordPolicyProblems,
  requestFromForm,
} from './password-policy-form.js';

const policy: PasswordPolicy = {
  minimumPasswordLength: 14,
  requireSymbols: true,
  requireNumbers: false,
  requireUppercaseCharacters: true,
  requireLowercaseCharacters: true,
  allowUsersToChangePassword: true,
  expirePasswords: true,
  maxPasswordAge: 60,
  passwordReusePrevention: null,
  hardExpiry: true,
};

describe('password policy form', () => {
  it('round-trips a policy', () => {
    const form = formFromPolicy(policy);
    expect(form.mode).toBe('custom');
    expect(passwordPolicyProblems(form)).toEqual({});
    expect(requestFromForm(form)).toEqual({
      minimumPasswordLength: 14,
      requireSymbols: true,
      requireNumbers: false,
      requireUppercaseCharacters: true,
      requireLowercaseCharacters: true,
      allowUsersToChangePassword: true,
      maxPasswordAge: 60,
      hardExpiry: true,
      passwordReusePrevention: null,
    });
  });

  it('starts from the IAM default when the account has no policy', () => {
    expect(formFromPolicy(null).mode).toBe('default');
  });

  it('checks the limits of the enabled fields only', () => {
    const form = { ...formFromPolicy(policy), minimumPasswordLength: '5', maxPasswordAge: '2000' };
    expect(passwordPolicyProblems(form)).toEqual({
      minimumPasswordLength: 'Enter a whole number from 6 to 128.',
      maxPasswordAge: 'Enter a whole number of days from 1 to 1095.',
    });
    expect(passwordPolicyProblems({ ...form, expirePasswords: false, minimumPasswordLength: '128' })).toEqual(
      {},
    );
    expect(
      passwordPolicyProblems({ ...form, preventReuse: true, passwordReusePrevention: '25' }),
    ).toMatchObject({
      passwordReusePrevention: 'Enter a whole number from 1 to 24.',
    });
    expect(passwordPolicyProblems({ ...form, mode: 'default' })).toEqual({});
  });

  it('drops hard expiry when passwords do not expire', () => {
    const body = requestFromForm({ ...formFromPolicy(policy), expirePasswords: false });
    expect(body.maxPasswordAge).toBeNull();
    expect(body.hardExpiry).toBe(false);
  });

  it('describes the policy in words', () => {
    const lines = describePolicy(policy);
    expect(lines[0]).toBe('Minimum password length: 14 characters');
    expect(lines).toContain(
      'Password expires in 60 day(s); password expiration requires administrator reset',
    );
    expect(lines).not.toContain('Require at least one number');
  });
});
