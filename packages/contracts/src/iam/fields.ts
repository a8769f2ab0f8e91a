// Field schemas of the IAM entity contracts: names, paths, tags, policy documents, list
// parameters. AWS's rules; messages in the project's style (lowercase, no trailing period).
import { z } from 'zod';
import { IAM_NAME_MAX_LENGTH, IAM_NAME_PATTERN, type IamNameKind } from './name-rule.js';

export { IAM_NAME_MAX_LENGTH, IAM_NAME_PATTERN, type IamNameKind };

/** A name of that kind: 1 to its maximum characters of AWS's alphabet. */
export function iamNameSchema(kind: IamNameKind) {
  const max = IAM_NAME_MAX_LENGTH[kind];
  return z
    .string()
    .min(1, `enter a ${kind} name`)
    .max(max, `a ${kind} name has at most ${max} characters`)
    .regex(IAM_NAME_PATTERN, 'use only letters, digits and `+=,.@_-`');
}

export const userNameSchema = iamNameSchema('user');
export const groupNameSchema = iamNameSchema('group');
export const roleNameSchema = iamNameSchema('role');
export const policyNameSchema = iamNameSchema('policy');

/** `/` or `/segment/.../`: printable ASCII, no empty segment, at most 512 characters. */
export const iamPathSchema = z
  .string()
  .max(512, 'a path has at most 512 characters')
  .regex(
    /^\/(?:[\x21-\x2e\x30-\x7e]+\/)*$/,
    'a path is `/` or `/segment/.../`: it starts and ends with `/`, and its segments are printable ASCII',
  );

/** A path prefix filter (`/app/` lists `/app/` and everything below it). */
export const pathPrefixSchema = z
  .string()
  .max(512, 'a path prefix has at most 512 characters')
  .regex(/^\/[\x21-\x7e]*$/, 'a path prefix starts with `/` and is printable ASCII');

/** A role's or policy's description: AWS's character set, at most 1000. */
export const descriptionSchema = z
  .string()
  .max(1000, 'a description has at most 1000 characters')
  .regex(/^[\t\n\r\x20-\x7e\xa1-\xff]*$/, 'a description uses printable Latin-1 characters');

// Letters, digits, spaces and `_ . : / = + - @`, in any script (AWS's tag character rule).
const TAG_TEXT = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
const TAG_TEXT_MESSAGE = 'use letters, digits, spaces and `_.:/=+-@`';

export const tagKeySchema = z
  .string()
  .min(1, 'enter a tag key')
  .max(128, 'a tag key has at most 128 characters')
  .regex(TAG_TEXT, TAG_TEXT_MESSAGE)
  .refine((key) => !key.toLowerCase().startsWith('aws:'), 'the `aws:` prefix is reserved for AWS');

export const tagSchema = z.object({
  key: tagKeySchema,
  value: z.string().max(256, 'a tag value has at most 256 characters').regex(TAG_TEXT, TAG_TEXT_MESSAGE),
});

export const MAX_TAGS = 50;

/** Tags of one request: at most 50, keys unique case-insensitively (as IAM compares them). */
export const tagListSchema = z
  .array(tagSchema)
  .max(MAX_TAGS, `an entity has at most ${MAX_TAGS} tags`)
  .superRefine((tags, ctx) => {
    const seen = new Set<string>();
    tags.forEach((tag, index) => {
      const key = tag.key.toLowerCase();
      if (seen.has(key)) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'key'],
          message: `the tag key \`${tag.key}\` is repeated`,
        });
      }
      seen.add(key);
    });
  });

/** A policy travels as the text its author wrote; the evaluator judges it. */
export const policyDocumentSchema = z.string({ error: 'a policy document is JSON text' });

/** An ARN in a request body (a managed policy's, for attachments and boundaries). */
export const policyArnSchema = z
  .string()
  .min(1, 'enter a policy ARN')
  .max(2048, 'an ARN has at most 2048 characters')
  .regex(
    /^arn:[a-z-]+:iam::(\d{12}|aws):policy\/[\x21-\x7e]+$/,
    'a policy ARN looks like `arn:aws:iam::<account>:policy/<path><name>`',
  );

/** `?limit=&cursor=` of every list. */
export const pageQuerySchema = z.object({
  limit: z.coerce
    .number({ error: 'a limit is a number' })
    .int('a limit is a whole number')
    .min(1, 'a limit is at least 1')
    .max(1000, 'a limit is at most 1000')
    .default(50),
  cursor: z.string().max(4096, 'the cursor is not valid').optional(),
});

/** `?pathPrefix=&search=` on top of the page parameters. */
export const entityListQuerySchema = pageQuerySchema.extend({
  pathPrefix: pathPrefixSchema.optional(),
  search: z.string().max(128, 'a search has at most 128 characters').optional(),
});

/** `?force=true` on console deletes: remove the entity's dependencies first. */
export const forceQuerySchema = z.object({
  force: z
    .enum(['true', 'false'], { error: 'force is `true` or `false`' })
    .optional()
    .transform((v) => v === 'true'),
});

export const tagResponseSchema = z.object({ key: z.string(), value: z.string() });

export const boundaryResponseSchema = z.object({
  policyArn: z.string(),
  policyName: z.string(),
  /** Always `PermissionsBoundaryPolicy`, as AWS names it. */
  type: z.literal('PermissionsBoundaryPolicy'),
});

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().optional() });
}

export type Tag = z.infer<typeof tagResponseSchema>;
export type PermissionsBoundary = z.infer<typeof boundaryResponseSchema>;
export type Page<T> = { items: T[]; nextCursor?: string };
export type PageQuery = z.infer<typeof pageQuerySchema>;
export type EntityListQuery = z.infer<typeof entityListQuerySchema>;
