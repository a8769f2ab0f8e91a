// Walking and rewriting the policies of a differential case.
import type { DiffCase } from './generate/generate-case.js';
import type { GeneratedPolicy, PolicyJson, StatementJson } from './generate/policies.js';

export function statementsOf(json: PolicyJson): StatementJson[] {
  return Array.isArray(json.Statement) ? json.Statement : [json.Statement];
}

export function policiesOf(c: DiffCase): GeneratedPolicy[] {
  return [
    ...c.identity,
    ...(c.resource ? [c.resource] : []),
    ...(c.boundary ? [c.boundary] : []),
    ...(c.session ? [c.session] : []),
    ...(c.scp ?? []).flat(),
  ];
}

export function hasVariablesEnabled(json: PolicyJson): boolean {
  return json.Version === '2012-10-17';
}

/** Returns a copy of the case with `rewrite` applied to every policy document. */
export function mapPolicies(c: DiffCase, rewrite: (json: PolicyJson) => PolicyJson): DiffCase {
  const map = (p: GeneratedPolicy): GeneratedPolicy => {
    const json = rewrite(structuredClone(p.json));
    return { ...p, json, text: JSON.stringify(json) };
  };
  return {
    ...c,
    identity: c.identity.map(map),
    ...(c.resource ? { resource: map(c.resource) } : {}),
    ...(c.boundary ? { boundary: map(c.boundary) } : {}),
    ...(c.session ? { session: map(c.session) } : {}),
    ...(c.scp ? { scp: c.scp.map((level) => level.map(map)) } : {}),
  };
}

export type ConditionJson = Record<string, Record<string, string | string[]>>;

/** Every `operator → key → values` entry in a policy. */
export function clausesOf(json: PolicyJson): { operator: string; key: string; values: string[] }[] {
  const out = [];
  for (const statement of statementsOf(json)) {
    const condition = (statement.Condition ?? {}) as ConditionJson;
    for (const [operator, byKey] of Object.entries(condition)) {
      for (const [key, values] of Object.entries(byKey)) {
        out.push({ operator, key, values: Array.isArray(values) ? values : [values] });
      }
    }
  }
  return out;
}

export function lookupContext(c: DiffCase, key: string): string | string[] | undefined {
  const lower = key.toLowerCase();
  for (const [name, value] of Object.entries(c.request.context))
    if (name.toLowerCase() === lower) return value;
  return undefined;
}

export function asList(value: unknown): string[] {
  return Array.isArray(value) ? (value as string[]) : typeof value === 'string' ? [value] : [];
}
