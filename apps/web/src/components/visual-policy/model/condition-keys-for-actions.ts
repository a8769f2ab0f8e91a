// The condition keys a card's condition picker offers: the keys AWS documents for the chosen
// actions (wildcards expanded against the catalog), the keys of the resource types those
// actions take, then the global keys. Each key once (compared without case), with its type so
// the picker can offer fitting operators.
import type { ConditionKeyType, GlobalConditionKeys, ServiceCatalog } from '@gatehouse/catalog';
import { findConditionKey, findResourceType } from '@gatehouse/catalog';
import { actionsOfCard } from './match-actions.js';

export interface ConditionKeyChoice {
  /** As AWS spells it; `${TagKey}` and `<key>` stand for a name the user supplies. */
  key: string;
  type: ConditionKeyType;
  description?: string;
  /** Where the key comes from: an action itself, a resource type it takes, or every service. */
  scope: 'action' | 'resource' | 'global';
}

export interface ConditionKeyOptions {
  /** With `NotAction` the card covers every other action of the service. */
  actionElement?: 'Action' | 'NotAction';
}

export function conditionKeysForActions(
  service: ServiceCatalog | undefined,
  actions: readonly string[],
  global: GlobalConditionKeys,
  options: ConditionKeyOptions = {},
): ConditionKeyChoice[] {
  const actionKeys = new Set<string>();
  const resourceKeys = new Set<string>();
  for (const action of service ? actionsOfCard(service, actions, options.actionElement) : []) {
    action.conditionKeys.forEach((key) => actionKeys.add(key));
    for (const taken of action.resourceTypes) {
      taken.conditionKeys?.forEach((key) => resourceKeys.add(key));
      findResourceType(service as ServiceCatalog, taken.name)?.conditionKeys.forEach((key) =>
        resourceKeys.add(key),
      );
    }
  }
  const known = [...(service?.conditionKeys ?? []), ...global.keys];
  const choices = new Map<string, ConditionKeyChoice>();
  const add = (key: string, scope: ConditionKeyChoice['scope']) => {
    const lower = key.toLowerCase();
    if (choices.has(lower)) return;
    const entry = findConditionKey(key, known);
    const choice: ConditionKeyChoice = { key, type: entry?.type ?? 'String', scope };
    if (entry?.description) choice.description = entry.description;
    choices.set(lower, choice);
  };
  [...actionKeys].sort(compareKeys).forEach((key) => add(key, 'action'));
  [...resourceKeys].sort(compareKeys).forEach((key) => add(key, 'resource'));
  global.keys.forEach((key) => add(key.key, 'global'));
  return [...choices.values()];
}

function compareKeys(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}
