// The Edit password policy form's state, read from and written to the API's shapes, with the
// AWS console's limits checked before saving.
import type { PasswordPolicy, UpdatePasswordPolicyRequest } from '../../api/credentials-api.js';

export interface PasswordPolicyForm {
  mode: 'default' | 'custom';
  minimumPasswordLength: string;
  requireUppercaseCharacters: boolean;
  requireLowercaseCharacters: boolean;
  requireNumbers: boolean;
  requireSymbols: boolean;
  expirePasswords: boolean;
  maxPasswordAge: string;
  hardExpiry: boolean;
  allowUsersToChangePassword: boolean;
  preventReuse: boolean;
  passwordReusePrevention: string;
}

/** What the console offers when a custom policy is first chosen (AWS's suggested values). */
export function formFromPolicy(policy: PasswordPolicy | null): PasswordPolicyForm {
  if (!policy) {
    return {
      mode: 'default',
      minimumPasswordLength: '8',
      requireUppercaseCharacters: true,
      requireLowercaseCharacters: true,
      requireNumbers: true,
      requireSymbols: true,
      expirePasswords: true,
      maxPasswordAge: '90',
      hardExpiry: false,
      allowUsersToChangePassword: true,
      preventReuse: true,
      passwordReusePrevention: '5',
    };
  }
  return {
    mode: 'custom',
    minimumPasswordLength: String(policy.minimumPasswordLength),
    requireUppercaseCharacters: policy.requireUppercaseCharacters,
    requireLowercaseCharacters: policy.requireLowercaseCharacters,
    requireNumbers: policy.requireNumbers,
    requireSymbols: policy.requireSymbols,
    expirePasswords: policy.maxPasswordAge !== null,
    maxPasswordAge: String(policy.maxPasswordAge ?? 90),
    hardExpiry: policy.hardExpiry,
    allowUsersToChangePassword: policy.allowUsersToChangePassword,
    preventReuse: policy.passwordReusePrevention !== null,
    passwordReusePrevention: String(policy.passwordReusePrevention ?? 5),
  };
}

export type PasswordPolicyProblems = Partial<
  Record<'minimumPasswordLength' | 'maxPasswordAge' | 'passwordReusePrevention', string>
>;

function wholeNumberIn(text: string, min: number, max: number): number | undefined {
  if (!/^\d+$/.test(text.trim())) return undefined;
  const value = Number(text);
  return value >= min && value <= max ? value : undefined;
}

export function passwordPolicyProblems(form: PasswordPolicyForm): PasswordPolicyProblems {
  const problems: PasswordPolicyProblems = {};
  if (form.mode === 'default') return problems;
  if (wholeNumberIn(form.minimumPasswordLength, 6, 128) === undefined) {
    problems.minimumPasswordLength = 'Enter a whole number from 6 to 128.';
  }
  if (form.expirePasswords && wholeNumberIn(form.maxPasswordAge, 1, 1095) === undefined) {
    problems.maxPasswordAge = 'Enter a whole number of days from 1 to 1095.';
  }
  if (form.preventReuse && wholeNumberIn(form.passwordReusePrevention, 1, 24) === undefined) {
    problems.passwordReusePrevention = 'Enter a whole number from 1 to 24.';
  }
  return problems;
}

/** The PUT body for a custom policy (call only when `passwordPolicyProblems` is empty). */
export function requestFromForm(form: PasswordPolicyForm): UpdatePasswordPolicyRequest {
  return {
    minimumPasswordLength: Number(form.minimumPasswordLength),
    requireUppercaseCharacters: form.requireUppercaseCharacters,
    requireLowercaseCharacters: form.requireLowercaseCharacters,
    requireNumbers: form.requireNumbers,
    requireSymbols: form.requireSymbols,
    allowUsersToChangePassword: form.allowUsersToChangePassword,
    maxPasswordAge: form.expirePasswords ? Number(form.maxPasswordAge) : null,
    hardExpiry: form.expirePasswords && form.hardExpiry,
    passwordReusePrevention: form.preventReuse ? Number(form.passwordReusePrevention) : null,
  };
}

/** The policy in the console's words, one line per setting. */
export function describePolicy(policy: PasswordPolicy): string[] {
  const lines = [`Minimum password length: ${policy.minimumPasswordLength} characters`];
  if (policy.requireUppercaseCharacters)
    lines.push('Require at least one uppercase letter from the Latin alphabet (A-Z)');
  if (policy.requireLowercaseCharacters)
    lines.push('Require at least one lowercase letter from the Latin alphabet (a-z)');
  if (policy.requireNumbers) lines.push('Require at least one number');
  if (policy.requireSymbols)
    lines.push("Require at least one non-alphanumeric character (! @ # $ % ^ & * ( ) _ + - = [ ] { } | ')");
  lines.push(
    policy.maxPasswordAge !== null
      ? `Password expires in ${policy.maxPasswordAge} day(s)${policy.hardExpiry ? '; password expiration requires administrator reset' : ''}`
      : 'Passwords never expire',
  );
  lines.push(
    policy.allowUsersToChangePassword
      ? 'Allow users to change their own password'
      : 'Users cannot change their own password (unless a policy allows iam:ChangePassword)',
  );
  if (policy.passwordReusePrevention !== null) {
    lines.push(`Remember ${policy.passwordReusePrevention} password(s) and prevent their reuse`);
  }
  return lines;
}
