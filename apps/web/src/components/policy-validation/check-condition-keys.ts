// Rule: every condition key is a global key, or a key one of the statement's actions supports
// (the action's own keys and those of the resource types it takes). When the statement's actions
// cannot all be read (`*`, `NotAction`, a service not loaded), the key is only checked against
// its own service's keys. Keys of identity providers (`token.actions.githubusercontent.com:sub`,
// `oidc.eks...:sub`) are open-ended and not checked.
import { findConditionKey, type CatalogConditionKey } from '@gatehouse/catalog';
import { closestMatch, type Diagnostic } from '@gatehouse/evaluator';
import { catalogFinding, quote } from './catalog-finding.js';
import type { FindingsCatalog } from './findings-catalog.js';
import type { LocatedString } from './locate-statement-strings.js';
import type { ResolvedAction } from './resolve-action.js';
import { actionKeyNames, normaliseKey, serviceKeys } from './service-condition-keys.js';

export interface StatementActions {
  /** The statement's Action entries resolved; undefined for a NotAction statement. */
  resolved?: readonly ResolvedAction[];
  /** How the actions are named in messages: `s3:GetObject`, or "this statement's actions". */
  label: string;
}

export function checkConditionKey(
  key: LocatedString,
  actions: StatementActions,
  catalog: FindingsCatalog,
): Diagnostic | undefined {
  const globals = catalog.globalKeys;
  const colon = key.value.indexOf(':');
  if (!globals || colon <= 0) return undefined; // no prefix: the evaluator's `invalid-condition-key`
  if (findConditionKey(key.value, globals)) return undefined;
  const supported = supportedKeys(actions.resolved);
  if (supported && findConditionKey(key.value, supported)) return undefined;
  const prefix = key.value.slice(0, colon).toLowerCase();
  if (prefix !== 'aws' && !catalog.prefixes.has(prefix)) {
    // An identity provider's key (`token.actions.githubusercontent.com:sub`) is open-ended.
    if (/[./]/.test(prefix) || !supported) return undefined;
    return unknownKey(key, `${quote(prefix)} is not a service prefix`, supported, catalog);
  }
  const own = catalog.services.get(prefix);
  if (prefix !== 'aws' && !own) return undefined; // its chunk is on its way
  if (!own) return unknownKey(key, 'it is not a global condition key', supported ?? [], catalog);
  const defined = serviceKeys(own).defined;
  if (!findConditionKey(key.value, defined)) {
    const owner = catalog.names.get(prefix) ?? prefix;
    return unknownKey(key, `${owner} defines no such key`, [...defined, ...(supported ?? [])], catalog);
  }
  if (!supported) return undefined;
  return catalogFinding(
    'condition-key-not-applicable',
    `condition key ${quote(key.value)} does not apply to ${actions.label}, so no request has it`,
    key,
    suggestion(key.value, supported) ?? 'the service reference lists the keys each action supports',
  );
}

function unknownKey(
  key: LocatedString,
  reason: string,
  candidates: readonly CatalogConditionKey[],
  catalog: FindingsCatalog,
): Diagnostic {
  return catalogFinding(
    'unknown-condition-key',
    `unknown condition key ${quote(key.value)}: ${reason}`,
    key,
    suggestion(key.value, [...candidates, ...(catalog.globalKeys ?? [])]) ??
      'IAM still accepts it, in case it is newer than the service reference Gatehouse ships',
  );
}

/** The keys the statement's actions support, or undefined when some action cannot be read. */
function supportedKeys(resolved: readonly ResolvedAction[] | undefined): CatalogConditionKey[] | undefined {
  if (!resolved || resolved.length === 0) return undefined;
  const keys = new Map<string, CatalogConditionKey>();
  const add = (key: CatalogConditionKey) => keys.set(key.key.toLowerCase(), key);
  for (const entry of resolved) {
    if (entry.kind !== 'service') return undefined;
    const { unlisted, byName } = serviceKeys(entry.service);
    for (const action of entry.actions) {
      for (const name of actionKeyNames(entry.service, action)) {
        const key = normaliseKey({ key: name, type: 'String' as const });
        add(byName.get(key.key.toLowerCase()) ?? key);
      }
    }
    if (entry.actions.length > 0) unlisted.forEach(add);
  }
  return [...keys.values()];
}

function suggestion(key: string, known: readonly CatalogConditionKey[]): string | undefined {
  const closest = closestMatch(
    key,
    known.map((k) => k.key),
  );
  return closest === undefined ? undefined : `did you mean \`${closest}\`?`;
}
