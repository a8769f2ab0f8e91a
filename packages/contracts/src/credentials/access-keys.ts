import { z } from 'zod';

export const ACCESS_KEY_STATUSES = ['Active', 'Inactive'] as const;

export const updateAccessKeyRequestSchema = z.object({
  status: z.enum(ACCESS_KEY_STATUSES, { error: 'status is `Active` or `Inactive`' }),
});

export const accessKeyLastUsedSchema = z.object({
  date: z.string(),
  serviceName: z.string(),
  region: z.string(),
});

/** An access key as lists show it: never the secret. */
export const accessKeySchema = z.object({
  accessKeyId: z.string(),
  /** The owner's user name; absent for the root user's keys. */
  userName: z.string().optional(),
  status: z.enum(ACCESS_KEY_STATUSES),
  createDate: z.string(),
  /** null until the key has been used (the AWS API front door records it). */
  lastUsed: accessKeyLastUsedSchema.nullable(),
});

/** The create response: the only time the secret is ever returned. */
export const createdAccessKeySchema = accessKeySchema.omit({ lastUsed: true }).extend({
  secretAccessKey: z.string(),
  /** True for a root user's key (AWS advises against them). */
  root: z.boolean(),
});

export const accessKeyListSchema = z.object({ items: z.array(accessKeySchema) });

export type UpdateAccessKeyRequest = z.infer<typeof updateAccessKeyRequestSchema>;
export type AccessKey = z.infer<typeof accessKeySchema>;
export type CreatedAccessKey = z.infer<typeof createdAccessKeySchema>;
export type AccessKeyList = z.infer<typeof accessKeyListSchema>;
