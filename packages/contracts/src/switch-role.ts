import { z } from 'zod';
import { roleNameSchema } from './iam/fields.js';

/** The colours AWS's console offers for a switched role's header. */
export const SWITCH_ROLE_COLORS = ['red', 'orange', 'yellow', 'green', 'blue'] as const;

export const switchRoleRequestSchema = z.object({
  /** 12-digit account id or the account's alias. */
  account: z
    .string()
    .trim()
    .min(1, 'enter the account id or alias')
    .max(63)
    .regex(
      /^(\d{12}|[a-z0-9](?:[a-z0-9-]{1,61}[a-z0-9])?)$/,
      'an account is a 12-digit id or an alias (3–63 of a-z, 0-9 and -)',
    ),
  roleName: roleNameSchema,
  displayName: z.string().max(64).optional(),
  color: z.enum(SWITCH_ROLE_COLORS).optional(),
});

export type SwitchRoleRequest = z.infer<typeof switchRoleRequestSchema>;
