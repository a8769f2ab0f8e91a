// Tags in AWS requests, held to the rules the console's contract holds them to beyond what
// AWS's model checks: keys unique without regard to case, and no `aws:` prefix (AWS answers
// both with InvalidInput).
import { tagKeySchema, tagListSchema } from '@gatehouse/contracts/iam/fields';
import { AppError } from '../../errors/app-error.js';
import type { z } from 'zod';
import { tagsInput } from './iam-shapes.js';

function checked<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new AppError('InvalidInput', result.error.issues[0]!.message);
}

/** `Tags.member.N.Key/Value` as the services' `{ key, value }[]`, checked; undefined when absent. */
export function checkedTags(tags: unknown): { key: string; value: string }[] | undefined {
  const list = tagsInput(tags);
  return list === undefined ? undefined : checked(tagListSchema, list);
}

/** `TagKeys.member.N`, checked as tag keys. */
export function checkedTagKeys(keys: unknown): string[] {
  return (Array.isArray(keys) ? (keys as string[]) : []).map((key) => checked(tagKeySchema, key));
}
