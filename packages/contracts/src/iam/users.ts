import { z } from 'zod';
import { accessKeyLastUsedSchema, accessKeySchema } from '../credentials/access-keys.js';
import {
  boundaryResponseSchema,
  entityListQuerySchema,
  groupNameSchema,
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
  /** Groups to add the new user to, in the same transaction (the console's create wizard). */
  groups: z.array(groupNameSchema).max(50, 'give at most 50 groups').optional(),
  /** Managed policies to attach to the new user, in the same transaction. */
  managedPolicies: z.array(policyArnSchema).max(50, 'give at most 50 policies').optional(),
});

export const updateUserRequestSchema = z
  .object({ newUserName: userNameSchema.optional(), newPath: iamPathSchema.optional() })
  .refine((b) => b.newUserName !== undefined || b.newPath !== undefined, {
    message: 'give a new user name, a new path, or both',
    path: ['newUserName'],
  });

export const USER_SORT_FIELDS = ['userName', 'createDate', 'passwordLastUsed'] as const;

/**
 * Facts of each listed user the console's users table may ask for (`?include=groups,accessKeys`):
 * `groups` → groupCount, `mfa` → mfaDeviceCount, `password` → passwordChangeDate,
 * `accessKeys` → accessKeys and lastActivity. Each costs one query per page, not per user.
 */
export const USER_LIST_INCLUDES = ['groups', 'mfa', 'password', 'accessKeys'] as const;

const userListIncludeSchema = z
  .string()
  .transform((value) => (value === '' ? [] : value.split(',')))
  .pipe(
    z.array(
      z.enum(USER_LIST_INCLUDES, { error: 'include lists `groups`, `mfa`, `password` or `accessKeys`' }),
    ),
  );

export const listUsersQuerySchema = entityListQuerySchema.extend({
  sort: z
    .enum(USER_SORT_FIELDS, { error: 'sort by `userName`, `createDate` or `passwordLastUsed`' })
    .default('userName'),
  order: z.enum(['asc', 'desc'], { error: 'order is `asc` or `desc`' }).default('asc'),
  include: userListIncludeSchema.optional(),
});

/** A user's access key in the users list. */
export const listedAccessKeySchema = accessKeySchema.omit({ userName: true }).extend({
  /** null until the key is used; absent when the caller may not call iam:GetAccessKeyLastUsed. */
  lastUsed: accessKeyLastUsedSchema.nullable().optional(),
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
  // GET /api/users with `include` only, each present when the caller may read it of this user,
  // as AWS's console needs the action named to fill the column.
  /** iam:ListGroupsForUser: how many groups the user is in. */
  groupCount: z.number().int().optional(),
  /** iam:ListMFADevices: how many MFA devices are assigned to the user. */
  mfaDeviceCount: z.number().int().optional(),
  /** iam:GetLoginProfile: when the console password was set (its age); null without one. */
  passwordChangeDate: z.string().nullable().optional(),
  /** iam:ListAccessKeys: the user's access keys, oldest first. */
  accessKeys: z.array(listedAccessKeySchema).optional(),
  /**
   * The latest console sign-in or access key use; null when neither ever happened. Present
   * with the keys and their last use (iam:ListAccessKeys and iam:GetAccessKeyLastUsed).
   */
  lastActivity: z.string().nullable().optional(),
});

export const userPageSchema = pageSchema(userSchema);

export type CreateUserRequest = z.infer<typeof createUserRequestSchema>;
export type UpdateUserRequest = z.infer<typeof updateUserRequestSchema>;
export type ListUsersQuery = z.infer<typeof listUsersQuerySchema>;
export type UserSortField = (typeof USER_SORT_FIELDS)[number];
export type UserListInclude = (typeof USER_LIST_INCLUDES)[number];
export type User = z.infer<typeof userSchema>;
export type ListedAccessKey = z.infer<typeof listedAccessKeySchema>;
