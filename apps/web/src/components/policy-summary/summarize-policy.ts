// The AWS console's policy summary, computed: for each service a policy names, which access
// levels it grants (Full or Limited), on which resources, under which conditions; Allow and
// Deny apart; services and actions the catalog does not know flagged. Pure (no DOM): the
// service chunks come in as data, `servicesToLoad` says which ones are needed.
import {
  ACCESS_LEVELS,
  findAction,
  type AccessLevel,
  type CatalogIndex,
  type ServiceCatalog,
} from '@gatehouse/catalog';
import {
  hasWildcard,
  matchesWildcard,
  type ConditionClause,
  type Effect,
  type PolicyDocument,
  type Statement,
} from '@gatehouse/evaluator';
import { resourcesForAction } from './resources-for-action.js';

export interface SummaryCatalog {
  index: Pick<CatalogIndex, 'services'>;
  /** Chunks by prefix (lowercase); a recognised service missing here counts as not loaded yet. */
  services: ReadonlyMap<string, ServiceCatalog>;
}

/** The policy a statement came from, when summarising several (a user's effective set). */
export interface SummaryPolicyRef {
  /** The policy ARN, or `<owner arn>:inline/<name>`. */
  id: string;
  /** How the console names it, e.g. `via group admins: AdminAccess`. */
  label: string;
}

export interface ActionSummary {
  /** `s3:GetObject` as AWS spells it, or the pattern as written when unrecognised. */
  name: string;
  accessLevel?: AccessLevel;
  recognized: boolean;
  /** The resource types it acts on (empty: only `*`); absent when unrecognised. */
  resourceTypes?: string[];
  /** The statements' resources it can act on (all of them when unrecognised). */
  resources: string[];
  /** The statements' resources it cannot act on: of another type, or of another service. */
  mismatchedResources: string[];
  notResources: string[];
  conditions: ConditionClause[];
  /** The policies whose statements grant (or deny) it, in the order given. */
  grantedBy: SummaryPolicyRef[];
}

export interface ServiceSummary {
  /** Service prefix, or `*` for the row standing for every (other) service. */
  prefix: string;
  name: string;
  recognized: boolean;
  /** "Full access", "Limited: List, Read", "Full: List Limited: Write". */
  accessLabel: string;
  levels: { accessLevel: AccessLevel; full: boolean }[];
  /** The resources its actions can act on, together. */
  resources: string[];
  notResources: string[];
  conditions: ConditionClause[];
  actions: ActionSummary[];
  /** Patterns naming no action of this service. */
  unrecognizedActions: string[];
  /** The policies whose statements name this service, in the order given. */
  grantedBy: SummaryPolicyRef[];
  /** True when its actions differ in resources (the row says "Multiple": see the actions). */
  mixedResources: boolean;
  /** True when its actions differ in conditions. */
  mixedConditions: boolean;
}

export interface PolicySummary {
  allow: ServiceSummary[];
  deny: ServiceSummary[];
}

export interface SummarySource {
  document: PolicyDocument;
  policy?: SummaryPolicyRef;
}

const splitAction = (pattern: string): [string, string] => {
  const colon = pattern.indexOf(':');
  return colon < 0
    ? [pattern.toLowerCase(), '']
    : [pattern.slice(0, colon).toLowerCase(), pattern.slice(colon + 1)];
};

/** Service prefixes a pattern's service part names (wildcards expanded against the index). */
function prefixesOf(servicePart: string, index: SummaryCatalog['index']): string[] {
  if (!hasWildcard(servicePart)) return [servicePart];
  return index.services.filter((s) => matchesWildcard(servicePart, s.prefix)).map((s) => s.prefix);
}

const isEveryAction = (pattern: string) => pattern === '*' || pattern === '*:*';

/** Which service chunks the summary of these documents needs. */
export function servicesToLoad(sources: SummarySource[], index: SummaryCatalog['index']): string[] {
  const known = new Set(index.services.map((s) => s.prefix));
  const out = new Set<string>();
  for (const { document } of sources) {
    for (const st of document.statements) {
      for (const pattern of [...(st.action ?? []), ...(st.notAction ?? [])]) {
        if (isEveryAction(pattern)) continue;
        for (const prefix of prefixesOf(splitAction(pattern)[0], index))
          if (known.has(prefix)) out.add(prefix);
      }
    }
  }
  return [...out].sort();
}

interface Grant {
  statement: Statement;
  /** Action names (as the catalog spells them) per service; `*` = every action of every service. */
  actions: Map<string, Set<string>>;
  unrecognizedServices: Map<string, string[]>;
  unrecognizedActions: Map<string, string[]>;
  everyService: boolean;
  /** NotAction: the services it names are handled per action; every other service is granted in full. */
  otherServices: boolean;
}

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key) ?? [];
  list.push(value);
  map.set(key, list);
}

function matchingActions(service: ServiceCatalog, actionPart: string): string[] {
  if (!hasWildcard(actionPart)) {
    const lower = actionPart.toLowerCase();
    return service.actions.filter((a) => a.name.toLowerCase() === lower).map((a) => a.name);
  }
  return service.actions.filter((a) => matchesWildcard(actionPart, a.name)).map((a) => a.name);
}

function grantOf(statement: Statement, catalog: SummaryCatalog): Grant {
  const grant: Grant = {
    statement,
    actions: new Map(),
    unrecognizedServices: new Map(),
    unrecognizedActions: new Map(),
    everyService: false,
    otherServices: false,
  };
  const known = new Set(catalog.index.services.map((s) => s.prefix));
  const named = statement.action ?? statement.notAction ?? [];
  const matched = new Map<string, Set<string>>();
  for (const pattern of named) {
    if (isEveryAction(pattern)) {
      grant.everyService = true;
      continue;
    }
    const [servicePart, actionPart] = splitAction(pattern);
    const prefixes = prefixesOf(servicePart, catalog.index).filter((p) => known.has(p));
    if (prefixes.length === 0) {
      addTo(grant.unrecognizedServices, servicePart, pattern);
      continue;
    }
    let any = false;
    for (const prefix of prefixes) {
      const service = catalog.services.get(prefix);
      if (!service) continue;
      const names = matchingActions(service, actionPart);
      if (names.length > 0) any = true;
      const set = matched.get(prefix) ?? new Set<string>();
      for (const n of names) set.add(n);
      matched.set(prefix, set);
    }
    if (!any && prefixes.every((p) => catalog.services.has(p))) {
      addTo(grant.unrecognizedActions, prefixes[0]!, pattern);
    }
  }
  if (statement.notAction) {
    // NotAction grants everything it does not name: the rest of each named service, and every other service.
    if (grant.everyService) return { ...grant, everyService: false };
    for (const [prefix, set] of matched) {
      const service = catalog.services.get(prefix)!;
      grant.actions.set(prefix, new Set(service.actions.map((a) => a.name).filter((n) => !set.has(n))));
    }
    grant.otherServices = true;
    return grant;
  }
  grant.actions = matched;
  return grant;
}

interface Accumulator {
  prefix: string;
  name: string;
  recognized: boolean;
  service?: ServiceCatalog;
  actions: Map<string, ActionSummary>;
  unrecognizedActions: string[];
  resources: Set<string>;
  notResources: Set<string>;
  conditions: ConditionClause[];
  grantedBy: SummaryPolicyRef[];
}

function addPolicy(list: SummaryPolicyRef[], policy: SummaryPolicyRef | undefined) {
  if (policy && !list.some((p) => p.id === policy.id)) list.push(policy);
}

function conditionKey(c: ConditionClause) {
  return `${c.operator} ${c.key} ${c.values.join(',')}`;
}

function addStatementScope(acc: Accumulator, statement: Statement, policy?: SummaryPolicyRef) {
  addPolicy(acc.grantedBy, policy);
  for (const r of statement.resource ?? []) acc.resources.add(r);
  for (const r of statement.notResource ?? []) acc.notResources.add(r);
  const seen = new Set(acc.conditions.map(conditionKey));
  for (const c of statement.conditions) if (!seen.has(conditionKey(c))) acc.conditions.push(c);
}

interface ActionGrant {
  name: string;
  statement: Statement;
  policy?: SummaryPolicyRef;
  accessLevel?: AccessLevel;
}

function addNew(list: string[], items: readonly string[]) {
  for (const item of items) if (!list.includes(item)) list.push(item);
}

function addAction(acc: Accumulator, { name, statement, policy, accessLevel }: ActionGrant) {
  const key = name.toLowerCase();
  const catalogAction = acc.service && accessLevel !== undefined ? findAction(acc.service, name) : undefined;
  const entry = acc.actions.get(key) ?? {
    name,
    accessLevel,
    recognized: accessLevel !== undefined,
    resourceTypes: catalogAction?.resourceTypes.map((t) => t.name),
    resources: [],
    mismatchedResources: [],
    notResources: [],
    conditions: [],
    grantedBy: [],
  };
  addPolicy(entry.grantedBy, policy);
  const resources = statement.resource ?? [];
  if (acc.service && catalogAction) {
    const { applies, mismatched } = resourcesForAction(acc.service, catalogAction, resources);
    addNew(entry.resources, applies);
    addNew(entry.mismatchedResources, mismatched);
  } else addNew(entry.resources, resources);
  addNew(entry.notResources, statement.notResource ?? []);
  const seen = new Set(entry.conditions.map(conditionKey));
  for (const c of statement.conditions) if (!seen.has(conditionKey(c))) entry.conditions.push(c);
  acc.actions.set(key, entry);
}

/** "Full access", "Limited: List, Read", or "Full: List Limited: Write". */
export function accessLabel(
  levels: { accessLevel: AccessLevel; full: boolean }[],
  everything: boolean,
): string {
  if (everything) return 'Full access';
  if (levels.length === 0) return 'None';
  const full = levels.filter((l) => l.full).map((l) => l.accessLevel);
  const limited = levels.filter((l) => !l.full).map((l) => l.accessLevel);
  return [
    full.length ? `Full: ${full.join(', ')}` : '',
    limited.length ? `Limited: ${limited.join(', ')}` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** Whether every action has the same value of `key` (as a set). */
function allSame(actions: ActionSummary[], key: (a: ActionSummary) => string[]): boolean {
  const first = actions[0] && [...key(actions[0])].sort().join('\n');
  return actions.every((a) => [...key(a)].sort().join('\n') === first);
}

/** What the row's actions act on together, in the statements' order; the statements' own for a row without actions. */
function rowResources(acc: Accumulator, actions: ActionSummary[]): string[] {
  if (actions.length === 0) return [...acc.resources];
  const used = new Set(actions.flatMap((a) => a.resources));
  // `*` stands in for an action without resource types, which the statement may not spell out.
  return [...acc.resources]
    .filter((r) => used.has(r))
    .concat(used.has('*') && !acc.resources.has('*') ? ['*'] : []);
}

function finish(acc: Accumulator): ServiceSummary {
  const actions = [...acc.actions.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const base = {
    mixedResources: !allSame(actions, (a) => [...a.resources, ...a.notResources.map((r) => `not ${r}`)]),
    mixedConditions: !allSame(actions, (a) => a.conditions.map(conditionKey)),
    prefix: acc.prefix,
    name: acc.name,
    recognized: acc.recognized,
    resources: rowResources(acc, actions),
    notResources: [...acc.notResources],
    conditions: acc.conditions,
    actions,
    unrecognizedActions: acc.unrecognizedActions,
    grantedBy: acc.grantedBy,
  };
  if (!acc.service) {
    const everything = acc.prefix === '*';
    return { ...base, levels: [], accessLabel: everything ? 'Full access' : 'None' };
  }
  const granted = new Set(actions.filter((a) => a.recognized).map((a) => splitAction(a.name)[1]));
  const levels = ACCESS_LEVELS.flatMap((accessLevel) => {
    const all = acc.service!.actions.filter((a) => a.accessLevel === accessLevel);
    const some = all.filter((a) => granted.has(a.name));
    return some.length === 0 ? [] : [{ accessLevel, full: some.length === all.length }];
  });
  const everything = granted.size === acc.service.actions.length;
  return { ...base, levels, accessLabel: accessLabel(levels, everything) };
}

/** Short service names as the AWS console shows them: `Amazon S3` → `S3`. */
export function shortServiceName(name: string): string {
  return name.replace(/^(Amazon|AWS)\s+/, '');
}

function summarizeEffect(
  sources: SummarySource[],
  effect: Effect,
  catalog: SummaryCatalog,
): ServiceSummary[] {
  const byPrefix = new Map<string, Accumulator>();
  const nameOf = new Map(catalog.index.services.map((s) => [s.prefix, s.name]));
  const accFor = (prefix: string, recognized: boolean): Accumulator => {
    let acc = byPrefix.get(prefix);
    if (!acc) {
      const service = catalog.services.get(prefix);
      acc = {
        prefix,
        name: prefix === '*' ? 'All services' : shortServiceName(nameOf.get(prefix) ?? prefix),
        recognized,
        service,
        actions: new Map(),
        unrecognizedActions: [],
        resources: new Set(),
        notResources: new Set(),
        conditions: [],
        grantedBy: [],
      };
      byPrefix.set(prefix, acc);
    }
    return acc;
  };
  for (const { document, policy } of sources) {
    for (const statement of document.statements) {
      if (statement.effect !== effect) continue;
      const grant = grantOf(statement, catalog);
      if (grant.everyService || grant.otherServices) {
        const acc = accFor('*', true);
        if (grant.otherServices) acc.name = 'All other services';
        addStatementScope(acc, statement, policy);
      }
      for (const [prefix, names] of grant.actions) {
        if (names.size === 0) continue;
        const acc = accFor(prefix, true);
        addStatementScope(acc, statement, policy);
        for (const name of names) {
          const accessLevel = acc.service?.actions.find((a) => a.name === name)?.accessLevel;
          addAction(acc, { name: `${prefix}:${name}`, statement, policy, accessLevel });
        }
      }
      for (const [prefix, patterns] of grant.unrecognizedActions) {
        const acc = accFor(prefix, true);
        addStatementScope(acc, statement, policy);
        for (const p of patterns) {
          if (!acc.unrecognizedActions.includes(p)) acc.unrecognizedActions.push(p);
          addAction(acc, { name: p, statement, policy });
        }
      }
      for (const [prefix, patterns] of grant.unrecognizedServices) {
        const acc = accFor(prefix, false);
        addStatementScope(acc, statement, policy);
        for (const p of patterns) addAction(acc, { name: p, statement, policy });
      }
    }
  }
  const rows = [...byPrefix.values()].map(finish);
  // Recognised services by name, then the unrecognised ones, as the AWS console lists them.
  return rows.sort((a, b) => {
    if (a.prefix === '*' || b.prefix === '*') return a.prefix === '*' ? -1 : 1;
    if (a.recognized !== b.recognized) return a.recognized ? -1 : 1;
    return a.name.localeCompare(b.name);
  });
}

export function summarizePolicies(sources: SummarySource[], catalog: SummaryCatalog): PolicySummary {
  return {
    allow: summarizeEffect(sources, 'Allow', catalog),
    deny: summarizeEffect(sources, 'Deny', catalog),
  };
}

/**
 * "All resources", one ARN, or "N resources"; NotResource as "All resources except …"; "Multiple"
 * for a service whose actions differ (its actions say which).
 */
export function resourceLabel(
  row: Pick<ServiceSummary, 'resources' | 'notResources'> & { mixedResources?: boolean },
): string {
  if (row.mixedResources) return 'Multiple';
  if (row.resources.includes('*')) return 'All resources';
  const parts: string[] = [];
  if (row.resources.length === 1) parts.push(row.resources[0]!);
  else if (row.resources.length > 1) parts.push(`${row.resources.length} resources`);
  if (row.notResources.length > 0) parts.push(`All resources except ${row.notResources.join(', ')}`);
  return parts.join('; ') || 'None';
}

/** "None", or each condition as `Operator key: value, value`. */
export function conditionLabels(conditions: ConditionClause[]): string[] {
  return conditions.map((c) => `${c.operator} ${c.key}: ${c.values.join(', ')}`);
}
