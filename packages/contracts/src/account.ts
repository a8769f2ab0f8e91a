import { z } from 'zod';
import { accountAliasSchema } from './common.js';

export const accountSummarySchema = z.object({
  accountId: z.string(),
  alias: z.string().nullable(),
  signInUrl: z.string(),
  /** users, groups, roles, policies (customer managed), policyVersionsInUse, mfaDevices, accessKeys */
  counts: z.record(z.string(), z.number()),
  /** AWS's default quotas (see model/quotas.ts) */
  quotas: z.record(z.string(), z.number()),
});

export const setAccountAliasRequestSchema = z.object({ alias: accountAliasSchema });

export const accountAliasSchemaResponse = z.object({ alias: z.string() });

export type AccountSummary = z.infer<typeof accountSummarySchema>;
export type SetAccountAliasRequest = z.infer<typeof setAccountAliasRequestSchema>;
