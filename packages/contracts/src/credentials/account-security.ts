import { z } from 'zod';

/** Facts for the dashboard's security recommendations. */
export const accountSecuritySchema = z.object({
  rootMfaEnabled: z.boolean(),
  /** Whether the root user has access keys (AWS advises none). */
  rootAccessKeys: z.number(),
  passwordPolicySet: z.boolean(),
  /** Active access keys created more than 90 days ago. */
  activeAccessKeysOlderThan90Days: z.number(),
  /** Users with a console password and no enabled MFA device (names, at most 100). */
  usersWithPasswordWithoutMfa: z.array(z.string()),
  usersWithPasswordWithoutMfaCount: z.number(),
  /** Console passwords not used for 90+ days (never-used ones count from their creation). */
  passwordsUnusedFor90Days: z.number(),
  /** Active access keys not used for 90+ days (never-used ones count from their creation). */
  accessKeysUnusedFor90Days: z.number(),
});

export type AccountSecurity = z.infer<typeof accountSecuritySchema>;
