import { z } from 'zod';
import {
  descriptionSchema,
  entityListQuerySchema,
  iamPathSchema,
  pageQuerySchema,
  pageSchema,
  policyDocumentSchema,
  policyNameSchema,
  tagListSchema,
  tagResponseSchema,
} from './fields.js';

export const createPolicyRequestSchema = z.object({
  policyName: policyNameSchema,
  path: iamPathSchema.optional(),
  document: policyDocumentSchema,
  description: descriptionSchema.optional(),
  tags: tagListSchema.optional(),
});

export const POLICY_SCOPES = ['Local', 'AWS', 'All'] as const;

export const POLICY_USAGES = ['PermissionsPolicy', 'PermissionsBoundary'] as const;

export const listPoliciesQuerySchema = entityListQuerySchema.extend({
  scope: z.enum(POLICY_SCOPES, { error: 'scope is `Local`, `AWS` or `All`' }).default('All'),
  /** Only policies the account uses (attached, or as a boundary; `policyUsageFilter` narrows). */
  onlyAttached: z
    .enum(['true', 'false'], { error: 'onlyAttached is `true` or `false`' })
    .optional()
    .transform((v) => v === 'true'),
  policyUsageFilter: z
    .enum(POLICY_USAGES, { error: 'policyUsageFilter is `PermissionsPolicy` or `PermissionsBoundary`' })
    .optional(),
});

export const createPolicyVersionRequestSchema = z.object({
  document: policyDocumentSchema,
  setAsDefault: z.boolean({ error: 'setAsDefault is true or false' }).default(false),
});

export const setDefaultVersionRequestSchema = z.object({
  versionId: z.string().regex(/^v[1-9]\d{0,8}$/, 'a version id looks like `v1`, `v2`, ...'),
});

export const listEntitiesQuerySchema = pageQuerySchema.extend({
  /** Attachments (`PermissionsPolicy`), boundary uses (`PermissionsBoundary`), or both. */
  usage: z.enum(POLICY_USAGES, { error: 'usage is `PermissionsPolicy` or `PermissionsBoundary`' }).optional(),
});

export const managedPolicySchema = z.object({
  policyName: z.string(),
  policyId: z.string(),
  arn: z.string(),
  path: z.string(),
  /** `Local` (customer managed) or `AWS` (AWS managed). */
  scope: z.enum(['Local', 'AWS']),
  defaultVersionId: z.string(),
  attachmentCount: z.number(),
  permissionsBoundaryUsageCount: z.number(),
  isAttachable: z.boolean(),
  description: z.string().nullable(),
  createDate: z.string(),
  updateDate: z.string(),
  /** GetPolicy only: the default version's text. */
  document: z.string().optional(),
  /** GetPolicy only. */
  tags: z.array(tagResponseSchema).optional(),
});

export const policyPageSchema = pageSchema(managedPolicySchema).extend({
  /** Says why a scope came back empty (AWS managed policies could not be loaded at start). */
  notice: z.string().optional(),
  /**
   * How many policies match the scope, path prefix, search and use filter over every page (the
   * console's list header shows it). Optional so that a page without it still parses.
   */
  total: z.number().int().nonnegative().optional(),
});

export const policyVersionSchema = z.object({
  versionId: z.string(),
  isDefaultVersion: z.boolean(),
  createDate: z.string(),
  /** GetPolicyVersion and CreatePolicyVersion only. */
  document: z.string().optional(),
});

export const policyVersionPageSchema = pageSchema(policyVersionSchema);

/** CreatePolicy and CreatePolicyVersion also return the evaluator's warnings on the document. */
export const createdPolicySchema = managedPolicySchema.extend({ warnings: z.array(z.unknown()) });
export const createdPolicyVersionSchema = policyVersionSchema.extend({ warnings: z.array(z.unknown()) });

export const policyEntitySchema = z.object({
  entityType: z.enum(['user', 'group', 'role']),
  name: z.string(),
  id: z.string(),
  arn: z.string(),
  usage: z.enum(POLICY_USAGES),
});

export const policyEntityPageSchema = pageSchema(policyEntitySchema);

export type CreatePolicyRequest = z.infer<typeof createPolicyRequestSchema>;
export type ListPoliciesQuery = z.infer<typeof listPoliciesQuerySchema>;
export type PolicyScopeFilter = (typeof POLICY_SCOPES)[number];
export type CreatePolicyVersionRequest = z.infer<typeof createPolicyVersionRequestSchema>;
export type SetDefaultVersionRequest = z.infer<typeof setDefaultVersionRequestSchema>;
export type ManagedPolicy = z.infer<typeof managedPolicySchema>;
export type PolicyPage = z.infer<typeof policyPageSchema>;
export type PolicyVersion = z.infer<typeof policyVersionSchema>;
export type CreatedPolicy = z.infer<typeof createdPolicySchema>;
export type CreatedPolicyVersion = z.infer<typeof createdPolicyVersionSchema>;
export type PolicyUsage = (typeof POLICY_USAGES)[number];
export type PolicyEntity = z.infer<typeof policyEntitySchema>;
