import { z } from 'zod';
import {
  boundaryResponseSchema,
  descriptionSchema,
  entityListQuerySchema,
  iamPathSchema,
  pageSchema,
  policyArnSchema,
  policyDocumentSchema,
  roleNameSchema,
  tagListSchema,
  tagResponseSchema,
} from './fields.js';

/** Seconds a role's sessions may last: one to twelve hours (AWS's range). */
export const maxSessionDurationSchema = z
  .number({ error: 'a maximum session duration is a number of seconds' })
  .int('a maximum session duration is a whole number of seconds')
  .min(3600, 'a maximum session duration is at least 3600 seconds (1 hour)')
  .max(43200, 'a maximum session duration is at most 43200 seconds (12 hours)');

export const createRoleRequestSchema = z.object({
  roleName: roleNameSchema,
  path: iamPathSchema.optional(),
  /** The trust (assume-role) policy, as text. */
  trustPolicy: policyDocumentSchema,
  description: descriptionSchema.optional(),
  maxSessionDuration: maxSessionDurationSchema.optional(),
  tags: tagListSchema.optional(),
  permissionsBoundary: policyArnSchema.optional(),
});

export const updateRoleRequestSchema = z
  .object({
    description: descriptionSchema.optional(),
    maxSessionDuration: maxSessionDurationSchema.optional(),
  })
  .refine((b) => b.description !== undefined || b.maxSessionDuration !== undefined, {
    message: 'give a new description, a new maximum session duration, or both',
    path: ['description'],
  });

export const updateTrustPolicyRequestSchema = z.object({ document: policyDocumentSchema });

export const listRolesQuerySchema = entityListQuerySchema;

export const roleSchema = z.object({
  roleName: z.string(),
  roleId: z.string(),
  arn: z.string(),
  path: z.string(),
  createDate: z.string(),
  description: z.string().nullable(),
  maxSessionDuration: z.number(),
  /** The trust policy as its author wrote it. */
  trustPolicy: z.string(),
  roleLastUsed: z.string().nullable(),
  /** GetRole only (not in lists). */
  permissionsBoundary: boundaryResponseSchema.nullable().optional(),
  /** GetRole only (not in lists). */
  tags: z.array(tagResponseSchema).optional(),
});

export const rolePageSchema = pageSchema(roleSchema);

/** CreateRole and UpdateAssumeRolePolicy: the role and the evaluator's warnings on its trust policy. */
export const roleWithWarningsSchema = roleSchema.extend({ warnings: z.array(z.unknown()) });

export type CreateRoleRequest = z.infer<typeof createRoleRequestSchema>;
export type UpdateRoleRequest = z.infer<typeof updateRoleRequestSchema>;
export type UpdateTrustPolicyRequest = z.infer<typeof updateTrustPolicyRequestSchema>;
export type Role = z.infer<typeof roleSchema>;
export type RoleWithWarnings = z.infer<typeof roleWithWarningsSchema>;
