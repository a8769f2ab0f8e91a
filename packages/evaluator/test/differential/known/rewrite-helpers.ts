// Small, semantics-preserving rewrites the known differences use to spell a policy in a way
// the oracle reads as AWS does.
import { lookupContext, statementsOf, type ConditionJson } from '../case-policies.js';
import type { DiffCase } from '../generate/generate-case.js';
import type { PolicyJson, StatementJson } from '../generate/policies.js';

/** An ARN no request names: what an unresolvable policy variable leaves a pattern matching. */
export const MATCHES_NOTHING = 'arn:aws:none:::unresolved-policy-variable';

const VARIABLE = /\$\{([^}]*)\}/g;

/** Whether `text` holds a policy variable (not the `${*}`, `${?}`, `${$}` escapes). */
export function hasVariable(text: string): boolean {
  return [...text.matchAll(VARIABLE)].some((m) => !['*', '?', '$'].includes(m[1]!));
}

/**
 * Substitutes the request's values for policy variables, as AWS does in a 2012-10-17 policy.
 * Returns undefined when a variable has no value and no default (AWS: "the value is
 * effectively null"), and leaves the `${*}`, `${?}`, `${$}` escapes as they are.
 */
export function substituteVariables(c: DiffCase, text: string): string | undefined {
  let unresolved = false;
  const out = text.replace(VARIABLE, (whole, body: string) => {
    if (['*', '?', '$'].includes(body)) return whole;
    const match = /^\s*([^,]+?)\s*(?:,\s*'([^']*)'\s*)?$/.exec(body);
    const value = match ? lookupContext(c, match[1]!) : undefined;
    if (typeof value === 'string') return value;
    if (match?.[2] !== undefined && value === undefined) return match[2];
    unresolved = true;
    return whole;
  });
  return unresolved ? undefined : out;
}

export function mapList(value: unknown, fn: (v: string) => string): unknown {
  if (Array.isArray(value)) return (value as string[]).map(fn);
  return typeof value === 'string' ? fn(value) : value;
}

/** Applies `fn` to every Resource and NotResource value of the policy. */
export function mapResources(json: PolicyJson, fn: (arn: string) => string): PolicyJson {
  for (const s of statementsOf(json)) {
    if (s.Resource !== undefined) s.Resource = mapList(s.Resource, fn);
    if (s.NotResource !== undefined) s.NotResource = mapList(s.NotResource, fn);
  }
  return json;
}

/** Applies `fn` to the values of every condition clause whose operator passes `filter`. */
export function mapConditionValues(
  json: PolicyJson,
  filter: (operator: string) => boolean,
  fn: (values: string[], operator: string, key: string, statement: StatementJson) => string[],
): PolicyJson {
  for (const s of statementsOf(json)) {
    const condition = (s.Condition ?? {}) as ConditionJson;
    for (const [operator, byKey] of Object.entries(condition)) {
      if (!filter(operator)) continue;
      for (const [key, values] of Object.entries(byKey)) {
        byKey[key] = fn(Array.isArray(values) ? values : [values], operator, key, s);
      }
    }
  }
  return json;
}

/** An independent reading of the Resource element's wildcards: `*` any run, `?` any one character. */
export function globMatches(pattern: string, value: string): boolean {
  const regex = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replaceAll('*', '.*')
    .replaceAll('?', '.');
  return new RegExp(`^${regex}$`).test(value);
}
