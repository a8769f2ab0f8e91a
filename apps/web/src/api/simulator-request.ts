// Turning the simulator form into a request: context rows into typed context values, resources
// into a list, with the mistakes a user can make named. Pure (no DOM), unit-tested.
import type { ContextValue } from '@gatehouse/evaluator';

export interface ContextRow {
  key: string;
  value: string;
}

/** Keys AWS gives several values: entered comma-separated. */
const MULTI_VALUED = new Set(['aws:tagkeys', 'aws:calledvia', 'aws:principalservicenameslist']);
const BOOLEAN_KEYS = new Set(['aws:multifactorauthpresent', 'aws:securetransport', 'aws:viaawsservice']);
const NUMERIC_KEYS = new Set(['aws:multifactorauthage', 'aws:epochtime']);

export interface BuiltContext {
  context: Record<string, ContextValue>;
  /** One message per bad row, by row index. */
  errors: Record<number, string>;
}

function valueFor(key: string, raw: string): { value: ContextValue } | { error: string } {
  const lower = key.toLowerCase();
  const value = raw.trim();
  if (MULTI_VALUED.has(lower))
    return {
      value: value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean),
    };
  if (BOOLEAN_KEYS.has(lower)) {
    if (value === 'true' || value === 'false') return { value: value === 'true' };
    return { error: `\`${key}\` is \`true\` or \`false\`` };
  }
  if (NUMERIC_KEYS.has(lower)) {
    return /^\d+$/.test(value) ? { value: Number(value) } : { error: `\`${key}\` is a whole number` };
  }
  if (lower === 'aws:currenttime' && Number.isNaN(Date.parse(value)))
    return { error: '`aws:CurrentTime` is a date and time, e.g. `2026-11-23T09:00:00Z`' };
  return { value };
}

export function buildContext(rows: ContextRow[]): BuiltContext {
  const context: Record<string, ContextValue> = {};
  const errors: Record<number, string> = {};
  const seen = new Map<string, number>();
  rows.forEach((row, i) => {
    const key = row.key.trim();
    if (key === '' && row.value.trim() === '') return;
    if (key === '') return void (errors[i] = 'enter a context key, e.g. `aws:SourceIp`');
    if (/\s/.test(key)) return void (errors[i] = `a context key has no spaces: \`${key}\``);
    if (!key.includes(':')) return void (errors[i] = `\`${key}\` is not a context key: use \`service:name\``);
    const lower = key.toLowerCase();
    if (seen.has(lower)) return void (errors[i] = `\`${key}\` is already set in row ${seen.get(lower)! + 1}`);
    seen.set(lower, i);
    const result = valueFor(key, row.value);
    if ('error' in result) errors[i] = result.error;
    else context[key] = result.value;
  });
  return { context, errors };
}

/** Resources from the form: one per line, `*` when empty. */
export function resourceList(text: string): string[] {
  const list = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return list.length > 0 ? [...new Set(list)] : ['*'];
}

/** A message for a resource that is neither `*` nor an ARN, or undefined. */
export function resourceError(resources: string[]): string | undefined {
  const bad = resources.find((r) => r !== '*' && !r.startsWith('arn:'));
  return bad === undefined
    ? undefined
    : `\`${bad}\` is not an ARN: resources are ARNs (\`arn:...\`) or \`*\``;
}
