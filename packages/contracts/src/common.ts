// Field schemas shared by several contracts. Messages follow the project's style: lowercase,
// no trailing period.
import { z } from 'zod';

export const accountIdSchema = z.string().regex(/^\d{12}$/, 'an account id is 12 digits');

/** AWS's pattern for account aliases: 3–63 of a-z 0-9 -, no leading, trailing or double hyphen. */
export const accountAliasSchema = z
  .string()
  .min(3, 'an account alias has at least 3 characters')
  .max(63, 'an account alias has at most 63 characters')
  .regex(
    /^[a-z0-9]([a-z0-9]|-(?!-)){1,61}[a-z0-9]$/,
    'an account alias uses lowercase letters, digits and single hyphens, and starts and ends with a letter or digit',
  );

/** Passwords are checked against the account's password policy by the service, not here. */
export const passwordSchema = z
  .string()
  .min(1, 'enter a password')
  .max(128, 'a password has at most 128 characters');

export const emailSchema = z.email('enter an email address').max(320);
