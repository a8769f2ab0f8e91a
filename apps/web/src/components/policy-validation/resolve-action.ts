// What an Action / NotAction entry names in the catalog: the actions of one service it matches
// (IAM's `*` and `?` wildcards, case ignored), or why it cannot be told.
import { findAction, type CatalogAction, type ServiceCatalog } from '@gatehouse/catalog';
import { hasWildcard, matchesWildcard } from '@gatehouse/evaluator';
import type { FindingsCatalog } from './findings-catalog.js';

export type ResolvedAction =
  /** `*`, a wildcard in the service part, or a shape the evaluator already reports: not checked. */
  | { kind: 'unchecked' }
  | { kind: 'unknown-service'; prefix: string }
  /** The service is known but its chunk has not arrived: checked once it has. */
  | { kind: 'not-loaded'; prefix: string }
  /** `actions` is empty when the entry matches none. */
  | { kind: 'service'; service: ServiceCatalog; actions: CatalogAction[]; wildcard: boolean; name: string };

export function resolveAction(entry: string, catalog: FindingsCatalog): ResolvedAction {
  const colon = entry.indexOf(':');
  // No colon, spaces, or an empty side: the evaluator reports the shape (`invalid-action`, `action-whitespace`).
  if (colon <= 0 || colon === entry.length - 1 || /\s/.test(entry)) return { kind: 'unchecked' };
  const prefix = entry.slice(0, colon).toLowerCase();
  const name = entry.slice(colon + 1);
  if (hasWildcard(prefix)) return { kind: 'unchecked' };
  if (!catalog.prefixes.has(prefix)) return { kind: 'unknown-service', prefix };
  const service = catalog.services.get(prefix);
  if (!service) return { kind: 'not-loaded', prefix };
  if (!hasWildcard(name)) {
    const action = findAction(service, name);
    return { kind: 'service', service, actions: action ? [action] : [], wildcard: false, name };
  }
  return { kind: 'service', service, actions: actionsMatching(service, name), wildcard: true, name };
}

// Patterns repeat across statements and keystrokes; each is matched against a service once.
const matches = new WeakMap<ServiceCatalog, Map<string, CatalogAction[]>>();

function actionsMatching(service: ServiceCatalog, pattern: string): CatalogAction[] {
  let byPattern = matches.get(service);
  if (!byPattern) matches.set(service, (byPattern = new Map()));
  const key = pattern.toLowerCase();
  let found = byPattern.get(key);
  if (!found) {
    found = service.actions.filter((action) => matchesWildcard(pattern, action.name));
    byPattern.set(key, found);
  }
  return found;
}
