// The archive rule form's rows → AWS's FilterCriteriaMap, with the server's rules checked first.
import type { Criterion } from '@gatehouse/contracts/access-analyzer';

export interface CriterionRow {
  field: string;
  operator: 'eq' | 'neq' | 'contains' | 'exists';
  /** Comma-separated values, or `true`/`false` for `exists`. */
  values: string;
}

export const FIELD_OPTIONS = [
  { value: 'findingType', label: 'Finding type' },
  { value: 'resource', label: 'Resource' },
  { value: 'principal.AWS', label: 'AWS principal' },
  { value: 'principal.Federated', label: 'Federated principal' },
  { value: 'isPublic', label: 'Public' },
  { value: 'action', label: 'Action' },
  { value: 'accessKeyId', label: 'Access key ID' },
  { value: 'condition.sts:ExternalId', label: 'Condition sts:ExternalId' },
  { value: 'condition.aws:PrincipalOrgID', label: 'Condition aws:PrincipalOrgID' },
];

export const OPERATOR_OPTIONS = [
  { value: 'eq', label: 'Equals' },
  { value: 'neq', label: 'Does not equal' },
  { value: 'contains', label: 'Contains' },
  { value: 'exists', label: 'Exists' },
];

export const RULE_NAME = /^[A-Za-z][A-Za-z0-9_.-]*$/;

export function ruleNameProblem(name: string): string | undefined {
  if (!name) return 'Enter a rule name.';
  if (name.length > 255) return 'A rule name has at most 255 characters.';
  if (!RULE_NAME.test(name)) return 'Start with a letter; use letters, digits, _ . and - only.';
  return undefined;
}

/** The filter, or the first row's problem. Rows on one field are merged into one criterion. */
export function filterFromRows(rows: CriterionRow[]): {
  filter?: Record<string, Criterion>;
  problem?: string;
} {
  if (rows.length === 0) return { problem: 'Add at least one criterion.' };
  const filter: Record<string, Criterion> = {};
  for (const [i, row] of rows.entries()) {
    const criterion = (filter[row.field] ??= {});
    if (row.operator === 'exists') {
      const v = row.values.trim().toLowerCase();
      if (v !== 'true' && v !== 'false') return { problem: `Criterion ${i + 1}: enter true or false.` };
      criterion.exists = v === 'true';
      continue;
    }
    const values = row.values
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean);
    if (values.length === 0) return { problem: `Criterion ${i + 1}: enter at least one value.` };
    if (values.length > 20) return { problem: `Criterion ${i + 1}: at most 20 values.` };
    criterion[row.operator] = [...(criterion[row.operator] ?? []), ...values];
  }
  return { filter };
}

/** One criterion in words: `AWS principal equals 444455556666`. */
export function criterionText(field: string, c: Criterion): string {
  const name = FIELD_OPTIONS.find((o) => o.value === field)?.label ?? field;
  const parts: string[] = [];
  if (c.eq) parts.push(`equals ${c.eq.join(' or ')}`);
  if (c.neq) parts.push(`does not equal ${c.neq.join(' or ')}`);
  if (c.contains) parts.push(`contains ${c.contains.join(' or ')}`);
  if (c.exists !== undefined) parts.push(c.exists ? 'exists' : 'does not exist');
  return `${name} ${parts.join(' and ')}`;
}
