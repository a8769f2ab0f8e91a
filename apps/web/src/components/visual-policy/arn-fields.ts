// The resource builder's fields for one ARN format: one per placeholder except the partition,
// each filled by the user or left as "Any" (`*`).
import { arnTemplatePlaceholders, fillArnTemplate } from '@gatehouse/catalog';

export interface ArnField {
  /** The placeholder's name in the format, e.g. `BucketName`. */
  name: string;
  /** What the form shows, e.g. `Bucket name`. */
  label: string;
}

/** The field values and "Any" choices of one resource type's form. */
export interface ArnFieldState {
  values: Record<string, string>;
  any: Record<string, boolean>;
}

const PARTITION = 'Partition';

/** `BucketName` → `Bucket name`, `DBInstanceName` → `DB instance name`. */
export function fieldLabel(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(' ');
  return words
    .map((word, i) => (i === 0 || /^[A-Z0-9]{2,}$/.test(word) ? word : word.toLowerCase()))
    .join(' ');
}

/** The fields the user fills for `format`; the partition is always `aws`. */
export function arnFields(format: string): ArnField[] {
  return arnTemplatePlaceholders(format)
    .filter((name) => name !== PARTITION)
    .map((name) => ({ name, label: fieldLabel(name) }));
}

/** The ARN the form's state stands for: "Any" and empty fields become `*`. */
export function buildArn(format: string, state: ArnFieldState): string {
  const values: Record<string, string> = { [PARTITION]: 'aws' };
  for (const field of arnFields(format)) {
    values[field.name] = state.any[field.name] ? '*' : (state.values[field.name] ?? '').trim();
  }
  return fillArnTemplate(format, values, { any: '*' });
}

/** Per field, what is wrong with it (Cedar-style), for fields that are neither filled nor "Any". */
export function arnFieldProblems(format: string, state: ArnFieldState): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const field of arnFields(format)) {
    if (state.any[field.name]) continue;
    const value = (state.values[field.name] ?? '').trim();
    if (value === '') problems[field.name] = 'enter a value or choose Any';
    else if (field.name === 'Account' && !/^(\d{12}|[\d*?]*[*?][\d*?]*)$/.test(value)) {
      problems[field.name] = `\`${value}\` is not an account ID: use 12 digits`;
    } else if (field.name === 'Region' && value.includes(':')) {
      problems[field.name] = `\`${value}\` is not a Region: a Region has no \`:\``;
    }
  }
  return problems;
}

/** What is wrong with an ARN typed whole (Cedar-style), or undefined when it can be added. */
export function typedArnProblem(arn: string): string | undefined {
  if (arn === '') return 'enter an ARN, e.g. `arn:aws:s3:::my-bucket`';
  if (arn === '*' || /^arn:[^:]*:[^:]*:[^:]*:[^:]*:.+/s.test(arn)) return undefined;
  return `\`${arn}\` is not an ARN: an ARN reads \`arn:partition:service:region:account:resource\``;
}
