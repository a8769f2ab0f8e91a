import { z } from 'zod';

/** UpdateAccountPasswordPolicy: every field optional; an omitted field takes AWS's value for it. */
export const updatePasswordPolicyRequestSchema = z.object({
  /** 6–128, default 6 (AWS's UpdateAccountPasswordPolicy default). */
  minimumPasswordLength: z
    .number()
    .int()
    .min(6, 'the minimum length is from 6 to 128')
    .max(128, 'the minimum length is from 6 to 128')
    .optional(),
  requireSymbols: z.boolean().optional(),
  requireNumbers: z.boolean().optional(),
  requireUppercaseCharacters: z.boolean().optional(),
  requireLowercaseCharacters: z.boolean().optional(),
  allowUsersToChangePassword: z.boolean().optional(),
  /** Days, 1–1095; omitted or null = passwords never expire. */
  maxPasswordAge: z
    .number()
    .int()
    .min(1, 'the maximum password age is from 1 to 1095 days')
    .max(1095, 'the maximum password age is from 1 to 1095 days')
    .nullable()
    .optional(),
  /** How many previous passwords may not be reused, 1–24; omitted or null = no reuse rule. */
  passwordReusePrevention: z
    .number()
    .int()
    .min(1, 'reuse prevention remembers from 1 to 24 passwords')
    .max(24, 'reuse prevention remembers from 1 to 24 passwords')
    .nullable()
    .optional(),
  /** When a password expires, only an administrator can set a new one. */
  hardExpiry: z.boolean().optional(),
});

export const passwordPolicySchema = z.object({
  minimumPasswordLength: z.number(),
  requireSymbols: z.boolean(),
  requireNumbers: z.boolean(),
  requireUppercaseCharacters: z.boolean(),
  requireLowercaseCharacters: z.boolean(),
  allowUsersToChangePassword: z.boolean(),
  expirePasswords: z.boolean(),
  maxPasswordAge: z.number().nullable(),
  passwordReusePrevention: z.number().nullable(),
  hardExpiry: z.boolean(),
});

/** GET: the account's policy, or null when it has none (then AWS's default rules apply). */
export const passwordPolicyResponseSchema = z.object({
  passwordPolicy: passwordPolicySchema.nullable(),
  /** The rules in force, in words, e.g. "at least 8 characters". */
  rulesInForce: z.array(z.string()),
});

export type UpdatePasswordPolicyRequest = z.infer<typeof updatePasswordPolicyRequestSchema>;
export type PasswordPolicy = z.infer<typeof passwordPolicySchema>;
export type PasswordPolicyResponse = z.infer<typeof passwordPolicyResponseSchema>;
