import { z } from 'zod';
import {
  boundaryResponseSchema,
  entityListQuerySchema,
  iamPathSchema,
  pageSchema,
  policyArnSchema,
  tagListSchema,
  tagResponseSchema,
  userNameSchema,
} from './fields.js';

export const createUserRequestSchema = z.object({
  userName: userNameSchema,
  path: iamPathSchema.optional(),
  tags: tagListSchema.optional(),
  /** ARN of a managed policy to set as the user's permissions boundary. */
  permissionsBoundary: policyArnSchema.optional(),
});

export const updateUserRequestSchema = z
  .object({ newUserName: userNameSchema.optional(), newPath: iamPathSchema.optional() })
  .refine((b) => b.newUserName !== undefined || b.newPath !== undefined, {
    message: 'give a new user name, a new path, or both',
    path: ['newUserName'],
  });

export const USER_SORT_FIELDS = ['userName', 'createDate', 'passwordLastUsed'] as const;

export const listUsersQuerySchema = entityListQuerySchema.extend({
  sort: z
    .enum(USER_SORT_FIELDS, { error: 'sort by `userName`, `createDate` or `passwordLastUsed`' })
    .default('userName'),
  order: z.enum(['asc', 'desc'], { error: 'order is `asc` or `desc`' }).default('asc'),
});

export const userSchema = z.object({
  userName: z.string(),
  userId: z.string(),
  arn: z.string(),
  path: z.string(),
  createDate: z.string(),
  passwordLastUsed: z.string().nullable(),
  /** GetUser only (not in lists). */
  permissionsBoundary: boundaryResponseSchema.nullable().optional(),
  /** GetUser only (not in lists). */
  tags: z.array(tagResponseSchema).optional(),
});

export const userPageSchema = pageSchema(userSchema);

export type CreateUserRequest = z.infer<typeof createUserRequestSchema>;
export type UpdateUserRequest = z.infer<typeof updateUserRequestSchema>;
export type ListUsersQuery = z.infer<typeof listUsersQuerySchema>;
export type UserSortField = (typeof USER_SORT_FIELDS)[number];
export type User = z.infer<typeof userSchema>;
