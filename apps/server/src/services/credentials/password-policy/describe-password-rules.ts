import { PASSWORD_SYMBOLS, type PasswordRules } from '../../../auth/password-policy.js';

/** The rules in force, in the words the console shows. */
export function describePasswordRules(rules: PasswordRules): string[] {
  const out = [`at least ${rules.minimumLength} characters`];
  if (rules.requireThreeKinds) {
    out.push('at least three of: uppercase letters, lowercase letters, digits, symbols');
    out.push('not the same as the account name, email address or user name');
  }
  if (rules.requireUppercase) out.push('at least one uppercase letter (A–Z)');
  if (rules.requireLowercase) out.push('at least one lowercase letter (a–z)');
  if (rules.requireNumbers) out.push('at least one digit (0–9)');
  if (rules.requireSymbols) out.push(`at least one symbol of \`${PASSWORD_SYMBOLS}\``);
  if (rules.maxPasswordAge !== undefined) {
    out.push(
      `passwords expire after ${rules.maxPasswordAge} days` +
        (rules.hardExpiry ? ' (then only an administrator can reset them)' : ''),
    );
  }
  if (rules.passwordReusePrevention)
    out.push(`the last ${rules.passwordReusePrevention} passwords cannot be reused`);
  if (rules.allowUsersToChangePassword) out.push('users can change their own password');
  return out;
}
