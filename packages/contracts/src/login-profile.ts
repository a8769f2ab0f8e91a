import { z } from 'zod';
import { passwordSchema } from './common.js';

/** PUT creates the login profile (password required) or updates it (password optional). */
export const putLoginProfileRequestSchema = z.object({
  password: passwordSchema.optional(),
  passwordResetRequired: z.boolean().optional(),
});

export const loginProfileSchema = z.object({
  userName: z.string(),
  createDate: z.string(),
  passwordResetRequired: z.boolean(),
});

export type PutLoginProfileRequest = z.infer<typeof putLoginProfileRequestSchema>;
export type LoginProfile = z.infer<typeof loginProfileSchema>;
