// AWS's FilterCriteriaMap: finding field → { eq, neq, contains, exists }. A finding matches a
// filter when every field's criterion holds. Used by archive rules and by ListFindings' filter.
import { z } from 'zod';
import type { ExternalAccessDetails, UnusedAccessDetails } from '../finding-types.js';

export interface Criterion {
  eq?: string[];
  neq?: string[];
  contains?: string[];
  exists?: boolean;
}
export type FilterCriteria = Record<string, Criterion>;

/** The fields a filter may name; `condition.<key>` names one condition key. */
export const FILTER_FIELDS = [
  'findingType',
  'resource',
  'resourceType',
  'resourceOwnerAccount',
  'isPublic',
  'principal.AWS',
  'principal.Federated',
  'action',
  'accessKeyId',
  'id',
] as const;

export interface FilterableFinding {
  id: string;
  accountId: string;
  findingType: string;
  resource: string;
  resourceType: string;
  details: unknown;
}

function isKnownField(field: string): boolean {
  return (FILTER_FIELDS as readonly string[]).includes(field) || /^condition\..+/.test(field);
}

const values = (what: string) =>
  z
    .array(z.string().min(1, `${what} values are not empty`).max(2048), {
      error: `${what} is a list of strings`,
    })
    .min(1, `${what} has 1 to 20 values`)
    .max(20, `${what} has 1 to 20 values`)
    .optional();

export const criterionSchema = z
  .object({
    eq: values('eq'),
    neq: values('neq'),
    contains: values('contains'),
    exists: z.boolean().optional(),
  })
  .strict()
  .refine((c) => Object.values(c).some((v) => v !== undefined), {
    message: 'a criterion has at least one of `eq`, `neq`, `contains` or `exists`',
  });

export const filterCriteriaSchema = z.record(z.string(), criterionSchema).superRefine((filter, ctx) => {
  for (const field of Object.keys(filter)) {
    if (!isKnownField(field)) {
      ctx.addIssue({
        code: 'custom',
        path: [field],
        message: `\`${field}\` is not a finding field (use ${FILTER_FIELDS.map((f) => `\`${f}\``).join(', ')} or \`condition.<key>\`)`,
      });
    }
  }
});

/** The values a finding has for a field (undefined: the field is absent). */
export function fieldValues(finding: FilterableFinding, field: string): string[] | undefined {
  const external = finding.details as Partial<ExternalAccessDetails>;
  const unused = finding.details as Partial<UnusedAccessDetails>;
  switch (field) {
    case 'id':
      return [finding.id];
    case 'findingType':
      return [finding.findingType];
    case 'resource':
      return [finding.resource];
    case 'resourceType':
      return [finding.resourceType];
    case 'resourceOwnerAccount':
      return [finding.accountId];
    case 'isPublic':
      return external.isPublic === undefined ? undefined : [String(external.isPublic)];
    case 'action':
      return external.action;
    case 'accessKeyId':
      return unused.accessKeyId === undefined ? undefined : [unused.accessKeyId];
  }
  if (field.startsWith('principal.')) {
    const value = external.principal?.[field.slice('principal.'.length)];
    return value === undefined ? undefined : [value];
  }
  if (field.startsWith('condition.')) {
    const key = field.slice('condition.'.length).toLowerCase();
    const entry = Object.entries(external.condition ?? {}).find(([k]) => k.toLowerCase() === key);
    return entry ? [entry[1]] : undefined;
  }
  return undefined;
}

function criterionHolds(have: string[] | undefined, c: Criterion): boolean {
  const list = have ?? [];
  if (c.exists !== undefined && c.exists !== list.length > 0) return false;
  if (c.eq && !list.some((v) => c.eq!.includes(v))) return false;
  if (c.neq && list.some((v) => c.neq!.includes(v))) return false;
  if (c.contains && !list.some((v) => c.contains!.some((part) => v.includes(part)))) return false;
  return true;
}

export function matchesFilter(finding: FilterableFinding, filter: FilterCriteria): boolean {
  return Object.entries(filter).every(([field, c]) => criterionHolds(fieldValues(finding, field), c));
}
