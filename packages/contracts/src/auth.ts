import { z } from 'zod';
import { emailSchema, passwordSchema } from './common.js';

export const rootSignInRequestSchema = z.object({ email: emailSchema, password: passwordSchema });

export const iamSignInRequestSchema = z.object({
  /** Account alias or 12-digit account id. */
  account: z.string().min(1, 'enter the account id or alias').max(63),
  userName: z.string().min(1, 'enter your user name').max(64),
  password: passwordSchema,
});

export const changePasswordRequestSchema = z.object({
  oldPassword: passwordSchema,
  newPassword: passwordSchema,
});

export const whoamiSchema = z.object({
  arn: z.string(),
  /** `assumed-role`: the console session has switched to a role (switch role). */
  type: z.enum(['root', 'user', 'assumed-role']),
  accountId: z.string(),
  alias: z.string().nullable(),
  userName: z.string().optional(),
  /** The root user's email (root sessions only). */
  email: z.string().optional(),
  /** Where this account's IAM users sign in: `<origin>/signin/<alias or id>`. */
  signInUrl: z.string(),
  passwordResetRequired: z.boolean(),
  /** The account in AWS Organizations: its management account, a member, or `null` (standalone). */
  organizationRole: z.enum(['management', 'member']).nullable(),
  /** Switched role sessions only: the role, the header's display name and colour, and who switched. */
  role: z
    .object({
      roleName: z.string(),
      roleArn: z.string(),
      sessionName: z.string(),
      displayName: z.string(),
      color: z.string().nullable(),
      /** The IAM user (or session) that switched: "Switch back" returns to it. */
      sourceArn: z.string(),
      expiresAt: z.string(),
    })
    .optional(),
});

export const signinInfoSchema = z.object({ accountId: z.string(), alias: z.string().nullable() });

export type RootSignInRequest = z.infer<typeof rootSignInRequestSchema>;
export type IamSignInRequest = z.infer<typeof iamSignInRequestSchema>;
export type ChangePasswordRequest = z.infer<typeof changePasswordRequestSchema>;
export type WhoAmI = z.infer<typeof whoamiSchema>;
export type SigninInfo = z.infer<typeof signinInfoSchema>;
