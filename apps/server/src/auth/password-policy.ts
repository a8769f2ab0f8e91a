import type { DbOrTx } from '../db/client.js';
import { AppError } from '../errors/app-error.js';

/** The rules a new password must meet. */
export interface PasswordRules {
  minimumLength: number;
  requireUppercase: boolean;
  requireLowercase: boolean;
  requireNumbers: boolean;
  requireSymbols: boolean;
  /** AWS's default policy: at least three of the four character kinds. */
  requireThreeKinds: boolean;
  allowUsersToChangePassword: boolean;
  /** Days; undefined = passwords never expire. */
  maxPasswordAge?: number;
  hardExpiry: boolean;
  /** How many previous passwords may not be reused; undefined = no rule. */
  passwordReusePrevention?: number;
}

export const MAXIMUM_PASSWORD_LENGTH = 128;

/** AWS's symbol set for password policies. */
export const PASSWORD_SYMBOLS = "!@#$%^&*()_+-=[]{}|'";

/**
 * The policy AWS applies when an account has set none: at least 8 characters, at least three
 * of uppercase, lowercase, digits and symbols, and not the account's name or email address.
 */
export const AWS_DEFAULT_PASSWORD_RULES: PasswordRules = {
  minimumLength: 8,
  requireUppercase: false,
  requireLowercase: false,
  requireNumbers: false,
  requireSymbols: false,
  requireThreeKinds: true,
  allowUsersToChangePassword: false,
  hardExpiry: false,
};

/** The account's password policy (PasswordPolicy row), or AWS's default. */
export async function passwordRulesFor(db: DbOrTx, accountId: string): Promise<PasswordRules> {
  const policy = await db.passwordPolicy.findUnique({ where: { accountId } });
  if (!policy) return AWS_DEFAULT_PASSWORD_RULES;
  return {
    minimumLength: policy.minimumPasswordLength,
    requireUppercase: policy.requireUppercaseCharacters,
    requireLowercase: policy.requireLowercaseCharacters,
    requireNumbers: policy.requireNumbers,
    requireSymbols: policy.requireSymbols,
    requireThreeKinds: false,
    allowUsersToChangePassword: policy.allowUsersToChangePassword,
    maxPasswordAge: policy.maxPasswordAge ?? undefined,
    hardExpiry: policy.hardExpiry,
    passwordReusePrevention: policy.passwordReusePrevention ?? undefined,
  };
}

const KINDS = {
  uppercase: /[A-Z]/,
  lowercase: /[a-z]/,
  numbers: /[0-9]/,
  symbols: new RegExp(`[${PASSWORD_SYMBOLS.replace(/[\]\\^-]/g, '\\$&')}]`),
};

/** PasswordPolicyViolation naming every unmet rule, each also as a field error. */
export function passwordPolicyViolation(rules: string[], path = 'password'): AppError {
  return new AppError(
    'PasswordPolicyViolation',
    `the password does not meet the password policy: ${rules.join('; ')}`,
    {
      fieldErrors: rules.map((message) => ({ path, message })),
    },
  );
}

/** Every rule of `rules` the password fails, in words; empty when it passes. */
export function unmetPasswordRules(
  password: string,
  rules: PasswordRules,
  forbidden: string[] = [],
): string[] {
  const unmet: string[] = [];
  if (password.length < rules.minimumLength)
    unmet.push(`it must have at least ${rules.minimumLength} characters`);
  if (password.length > MAXIMUM_PASSWORD_LENGTH)
    unmet.push(`it must have at most ${MAXIMUM_PASSWORD_LENGTH} characters`);
  if (rules.requireUppercase && !KINDS.uppercase.test(password))
    unmet.push('it must contain an uppercase letter (A–Z)');
  if (rules.requireLowercase && !KINDS.lowercase.test(password))
    unmet.push('it must contain a lowercase letter (a–z)');
  if (rules.requireNumbers && !KINDS.numbers.test(password)) unmet.push('it must contain a digit (0–9)');
  if (rules.requireSymbols && !KINDS.symbols.test(password)) {
    unmet.push(`it must contain one of the symbols \`${PASSWORD_SYMBOLS}\``);
  }
  if (rules.requireThreeKinds && Object.values(KINDS).filter((re) => re.test(password)).length < 3) {
    unmet.push(
      `it must mix at least three of: uppercase letters, lowercase letters, digits, symbols \`${PASSWORD_SYMBOLS}\``,
    );
  }
  const lower = password.toLowerCase();
  if (forbidden.some((value) => value && value.toLowerCase() === lower)) {
    unmet.push('it must not be the same as the account name, email address or user name');
  }
  return unmet;
}

/**
 * Throws PasswordPolicyViolation naming every unmet rule. `forbidden` holds values the
 * password may not equal (the account alias or id, the root email, the user name).
 */
export function checkPassword(password: string, rules: PasswordRules, forbidden: string[] = []): void {
  const unmet = unmetPasswordRules(password, rules, forbidden);
  if (unmet.length > 0) throw passwordPolicyViolation(unmet);
}
