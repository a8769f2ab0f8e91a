// What hangs off a user, group or role: attached managed policies, inline policies, the
// permissions boundary, tags, and the effective policy set.
import { z } from 'zod';
import {
  pageSchema,
  policyArnSchema,
  policyDocumentSchema,
  tagKeySchema,
  tagListSchema,
  tagResponseSchema,
} from './fields.js';

export const attachPolicyRequestSchema = z.object({ policyArn: policyArnSchema });

export const attachedPolicySchema = z.object({ policyName: z.string(), policyArn: z.string() });
export const attachedPolicyPageSchema = pageSchema(attachedPolicySchema);

export const putInlinePolicyRequestSchema = z.object({ document: policyDocumentSchema });

export const inlinePolicySchema = z.object({
  policyName: z.string(),
  /** The policy text as its author wrote it. */
  document: z.string(),
});
export const inlinePolicyPageSchema = pageSchema(inlinePolicySchema);

/** PUT inline policy: the stored policy and the evaluator's warnings (errors are refused). */
export const putInlinePolicyResponseSchema = inlinePolicySchema.extend({
  created: z.boolean(),
  warnings: z.array(z.unknown()),
});

export const putBoundaryRequestSchema = z.object({ policyArn: policyArnSchema });

export const tagRequestSchema = z.object({ tags: tagListSchema.min(1, 'give at least one tag') });

/** POST .../tags answers with every tag of the entity after the change. */
export const tagListResponseSchema = z.object({ items: z.array(tagResponseSchema) });

/** `DELETE .../tags?keys=a,b` */
export const untagQuerySchema = z.object({
  keys: z
    .string({ error: 'give the tag keys to remove: `?keys=a,b`' })
    .transform((s) => s.split(',').filter((k) => k !== ''))
    .pipe(
      z.array(tagKeySchema).min(1, 'give at least one tag key').max(50, 'remove at most 50 tags at once'),
    ),
});

export const policySourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('user-inline'), userName: z.string() }),
  z.object({ kind: z.literal('user-managed'), userName: z.string() }),
  z.object({ kind: z.literal('group-inline'), groupName: z.string(), groupArn: z.string() }),
  z.object({ kind: z.literal('group-managed'), groupName: z.string(), groupArn: z.string() }),
  z.object({ kind: z.literal('role-inline'), roleName: z.string() }),
  z.object({ kind: z.literal('role-managed'), roleName: z.string() }),
  z.object({ kind: z.literal('permissions-boundary') }),
]);

export const effectivePolicySchema = z.object({
  /** The policy ARN (managed) or `<owner arn>:inline/<name>` (inline). */
  id: z.string(),
  policyName: z.string(),
  /** e.g. `ReadOnly (via group admins)`. */
  label: z.string(),
  /** Identity policies grant; the boundary caps them. */
  category: z.enum(['identity', 'boundary']),
  source: policySourceSchema,
  policyArn: z.string().optional(),
  versionId: z.string().optional(),
  document: z.string(),
});

export const effectivePoliciesSchema = z.object({
  principalArn: z.string(),
  items: z.array(effectivePolicySchema),
});

export type AttachPolicyRequest = z.infer<typeof attachPolicyRequestSchema>;
export type AttachedPolicy = z.infer<typeof attachedPolicySchema>;
export type PutInlinePolicyRequest = z.infer<typeof putInlinePolicyRequestSchema>;
export type InlinePolicy = z.infer<typeof inlinePolicySchema>;
export type PutInlinePolicyResponse = z.infer<typeof putInlinePolicyResponseSchema>;
export type PutBoundaryRequest = z.infer<typeof putBoundaryRequestSchema>;
export type TagRequest = z.infer<typeof tagRequestSchema>;
export type EffectivePolicy = z.infer<typeof effectivePolicySchema>;
export type EffectivePolicies = z.infer<typeof effectivePoliciesSchema>;
