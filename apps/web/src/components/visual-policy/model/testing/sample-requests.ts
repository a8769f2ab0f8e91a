// Test support: requests that probe what a policy means. For every action the policy names
// (wildcards filled in, plus the catalog actions a wildcard matches) and sample catalog actions
// of its services, every resource it names (wildcards and variables filled in) plus unrelated
// ARNs, and contexts that satisfy and that fail each condition. The cross product is sampled
// evenly when it is large, so a run over every AWS managed policy stays quick.
import type { ServiceCatalog } from '@gatehouse/catalog';
import {
  matchesWildcard,
  type ContextValue,
  type EvaluationRequest,
  type PolicyDocument,
  type Statement,
} from '@gatehouse/evaluator';
import { type Candidate, conditionCandidates, isSetOperator, OTHER } from './condition-candidates.js';

export const ACCOUNT = '111122223333';
export const PRINCIPAL = `arn:aws:iam::${ACCOUNT}:user/alice`;

/** What the server would fill for the principal; policy variables resolve from it. */
const BASE_CONTEXT: Record<string, string> = {
  'aws:username': 'alice',
  'aws:userid': 'AIDAEXAMPLEALICE00001',
  'aws:PrincipalAccount': ACCOUNT,
  'aws:PrincipalArn': PRINCIPAL,
  'aws:PrincipalType': 'User',
};

const UNRELATED_ACTIONS = ['gatehousetest:DoSomething', 's3:GetObject', 'iam:CreateUser', 'ec2:RunInstances'];
const UNRELATED_RESOURCES = [
  '*',
  'arn:aws:s3:::unrelated-bucket/some/key',
  `arn:aws:iam::${ACCOUNT}:user/bob`,
  `arn:aws:ec2:us-east-1:${ACCOUNT}:instance/i-0123456789abcdef0`,
];

export interface SampleLimits {
  /** Statements that get requests of their own (spread over the document). */
  statements: number;
  actions: number;
  resources: number;
  contexts: number;
  /** Most requests per policy; the cross product is sampled evenly past it. */
  requests: number;
}

export const DEFAULT_LIMITS: SampleLimits = {
  statements: 100,
  actions: 24,
  resources: 10,
  contexts: 16,
  requests: 400,
};

/** Per statement: its first actions and resources under its most telling contexts. */
const STATEMENT_LIMITS: SampleLimits = { statements: 1, actions: 4, resources: 3, contexts: 4, requests: 48 };

/** `s3:Get*` → `s3:Get` and `s3:GetZz`; variables resolve from the base context. */
function fillPattern(pattern: string, star: string): string {
  return pattern
    .replace(
      /\$\{([^}]*)\}/g,
      (_, name: string) =>
        BASE_CONTEXT[name] ?? (name === '*' || name === '?' || name === '$' ? name : OTHER),
    )
    .replace(/\*/g, star)
    .replace(/\?/g, 'q');
}

/** Wildcards filled but `${...}` kept as text: what a 2008-10-17 policy matches literally. */
function literalVariables(pattern: string): string {
  return pattern.replace(/[*?](?![^{]*\})/g, 'x');
}

/** At most `max` items, spread evenly over the list, first one included. */
export function spread<T>(items: readonly T[], max: number): T[] {
  if (items.length <= max) return [...items];
  return Array.from({ length: max }, (_, i) => items[Math.floor((i * items.length) / max)] as T);
}

function actionsOf(
  statements: readonly Statement[],
  services: ReadonlyMap<string, ServiceCatalog>,
  max: number,
): string[] {
  const named: string[] = [];
  const prefixes = new Set<string>();
  for (const statement of statements) {
    for (const entry of [...(statement.action ?? []), ...(statement.notAction ?? [])]) {
      const colon = entry.indexOf(':');
      if (colon < 0) continue;
      const prefix = entry.slice(0, colon).toLowerCase();
      prefixes.add(prefix);
      if (!/[*?]/.test(entry)) {
        named.push(entry);
        continue;
      }
      named.push(fillPattern(entry, ''), fillPattern(entry, 'Zz'));
      const pattern = entry.slice(colon + 1);
      const matched = services.get(prefix)?.actions.filter((a) => matchesWildcard(pattern, a.name)) ?? [];
      named.push(...spread(matched, 2).map((a) => `${prefix}:${a.name}`));
    }
  }
  const sampled = [...prefixes].flatMap((prefix) =>
    spread(services.get(prefix)?.actions ?? [], 6).map((a) => `${prefix}:${a.name}`),
  );
  return spread([...new Set([...named, ...sampled, ...UNRELATED_ACTIONS])], max);
}

function resourcesOf(statements: readonly Statement[], max: number): string[] {
  const named = statements.flatMap((s) => [...(s.resource ?? []), ...(s.notResource ?? [])]);
  const filled = named.flatMap((r) => [fillPattern(r, 'x'), fillPattern(r, 'a/b'), literalVariables(r)]);
  return spread([...new Set([...filled, ...UNRELATED_RESOURCES])], max);
}

/**
 * Every other policy variable the document uses (`${aws:PrincipalTag/team}`, `${ec2:SourceInstanceARN}`),
 * set to `OTHER`, the text `fillPattern` puts in its place, so statements that use them can apply.
 */
function variablesOf(statements: readonly Statement[]): Record<string, string> {
  const texts = statements.flatMap((s) => [
    ...(s.resource ?? []),
    ...(s.notResource ?? []),
    ...s.conditions.flatMap((c) => c.values),
  ]);
  const variables: Record<string, string> = {};
  for (const text of texts) {
    for (const [, name] of text.matchAll(/\$\{([^}]*)\}/g)) {
      if (name && !(name in BASE_CONTEXT) && !['*', '?', '$'].includes(name)) variables[name] = OTHER;
    }
  }
  return variables;
}

function contextsOf(
  statements: readonly Statement[],
  base: Record<string, ContextValue>,
  max: number,
): Record<string, ContextValue>[] {
  const byKey = new Map<string, { candidates: Candidate[]; set: boolean }>();
  for (const clause of statements.flatMap((s) => s.conditions)) {
    const entry = byKey.get(clause.key) ?? { candidates: [], set: false };
    entry.candidates.push(...conditionCandidates(clause.operator, clause.values, (v) => fillPattern(v, 'x')));
    entry.set ||= isSetOperator(clause.operator);
    byKey.set(clause.key, entry);
  }
  const withValue = (context: Record<string, ContextValue>, key: string, value: Candidate, set: boolean) => {
    const { [key]: _old, ...rest } = context;
    return value === null ? rest : { ...rest, [key]: set ? [value] : value };
  };
  // One context meant to satisfy every clause (each key's first candidate), then one key at a
  // time set to each of its other candidates.
  let satisfying: Record<string, ContextValue> = base;
  for (const [key, { candidates, set }] of byKey) {
    satisfying = withValue(satisfying, key, candidates[0] as Candidate, set);
  }
  const contexts: Record<string, ContextValue>[] = [satisfying, base];
  for (const [key, { candidates, set }] of byKey) {
    for (const value of [...new Set(candidates)].slice(1))
      contexts.push(withValue(satisfying, key, value, set));
    const first = candidates[0];
    if (set && typeof first === 'string') contexts.push({ ...satisfying, [key]: [first, OTHER] });
  }
  return spread(contexts, max);
}

/**
 * Requests probing `document`; `services` holds the catalog of every service it names. Each
 * statement gets requests of its own (its actions × its resources × contexts for its
 * conditions), so every statement is reached; then the whole document's cross product is sampled.
 */
export function sampleRequests(
  document: PolicyDocument,
  services: ReadonlyMap<string, ServiceCatalog>,
  limits: SampleLimits = DEFAULT_LIMITS,
): EvaluationRequest[] {
  const base = { ...BASE_CONTEXT, ...variablesOf(document.statements) };
  const perStatement = spread(document.statements, limits.statements).flatMap((statement) =>
    crossSample([statement], services, base, STATEMENT_LIMITS),
  );
  return [...perStatement, ...crossSample(document.statements, services, base, limits)];
}

function crossSample(
  statements: readonly Statement[],
  services: ReadonlyMap<string, ServiceCatalog>,
  base: Record<string, ContextValue>,
  limits: SampleLimits,
): EvaluationRequest[] {
  const actions = actionsOf(statements, services, limits.actions);
  const resources = resourcesOf(statements, limits.resources);
  const contexts = contextsOf(statements, base, limits.contexts);
  const total = actions.length * resources.length * contexts.length;
  const count = Math.min(total, limits.requests);
  // Stepping by a prime that does not divide the total visits `count` distinct combinations
  // spread over all three axes.
  const step = total <= limits.requests ? 1 : ([7919, 7907, 7901].find((p) => total % p !== 0) ?? 1);
  const requests: EvaluationRequest[] = [];
  for (let k = 0; k < count; k++) {
    const i = (k * step) % total;
    const a = i % actions.length;
    const r = Math.floor(i / actions.length) % resources.length;
    const c = Math.floor(i / (actions.length * resources.length));
    requests.push({
      principal: PRINCIPAL,
      action: actions[a] as string,
      resource: resources[r] as string,
      context: contexts[c] as Record<string, ContextValue>,
      resourceAccount: ACCOUNT,
    });
  }
  return requests;
}

/** Every service prefix the documents name in actions, for loading their catalogs. */
export function servicePrefixes(documents: Iterable<PolicyDocument>): Set<string> {
  const prefixes = new Set<string>(['s3', 'iam', 'ec2']);
  for (const document of documents) {
    for (const statement of document.statements) {
      for (const entry of [...(statement.action ?? []), ...(statement.notAction ?? [])]) {
        const colon = entry.indexOf(':');
        if (colon > 0) prefixes.add(entry.slice(0, colon).toLowerCase());
      }
    }
  }
  return prefixes;
}
