import { z } from 'zod';
import { accountAliasSchema, accountIdSchema, emailSchema, passwordSchema } from './common.js';

export const setupStatusSchema = z.object({ pending: z.boolean() });

export const setupRequestSchema = z.object({
  token: z.string().min(1, 'the setup link carries a token'),
  email: emailSchema,
  password: passwordSchema,
  alias: accountAliasSchema.optional(),
});

export const createAccountRequestSchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  alias: accountAliasSchema.optional(),
  accountId: accountIdSchema.optional(),
});

export const createdAccountSchema = z.object({
  accountId: accountIdSchema,
  alias: z.string().nullable(),
  signInUrl: z.string(),
});

export type SetupStatus = z.infer<typeof setupStatusSchema>;
export type SetupRequest = z.infer<typeof setupRequestSchema>;
export type CreateAccountRequest = z.infer<typeof createAccountRequestSchema>;
export type CreatedAccount = z.infer<typeof createdAccountSchema>;
