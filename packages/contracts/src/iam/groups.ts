import { z } from 'zod';
import {
  entityListQuerySchema,
  groupNameSchema,
  iamPathSchema,
  pageSchema,
  userNameSchema,
} from './fields.js';

export const createGroupRequestSchema = z.object({
  groupName: groupNameSchema,
  path: iamPathSchema.optional(),
});

export const updateGroupRequestSchema = z
  .object({ newGroupName: groupNameSchema.optional(), newPath: iamPathSchema.optional() })
  .refine((b) => b.newGroupName !== undefined || b.newPath !== undefined, {
    message: 'give a new group name, a new path, or both',
    path: ['newGroupName'],
  });

export const addGroupMemberRequestSchema = z.object({ userName: userNameSchema });

export const listGroupsQuerySchema = entityListQuerySchema;

export const groupSchema = z.object({
  groupName: z.string(),
  groupId: z.string(),
  arn: z.string(),
  path: z.string(),
  createDate: z.string(),
});

export const groupPageSchema = pageSchema(groupSchema);

export type CreateGroupRequest = z.infer<typeof createGroupRequestSchema>;
export type UpdateGroupRequest = z.infer<typeof updateGroupRequestSchema>;
export type AddGroupMemberRequest = z.infer<typeof addGroupMemberRequestSchema>;
export type Group = z.infer<typeof groupSchema>;
