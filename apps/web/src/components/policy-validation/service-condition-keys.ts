// A service's condition keys as the rules match them. Two gaps of the service reference are
// bridged here: some tag keys are written with a literal `tag-key` where others have
// `${TagKey}` (`secretsmanager:ResourceTag/tag-key`), and some keys are defined by a service
// but listed under none of its actions (`aws-marketplace:ProductId`): those are taken to apply
// to every action of the service rather than to none.
import {
  findResourceType,
  type CatalogAction,
  type CatalogConditionKey,
  type ServiceCatalog,
} from '@gatehouse/catalog';

export interface ServiceKeys {
  /** Every key the service defines, tag-key placeholders normalised. */
  defined: CatalogConditionKey[];
  /** Keys no action or resource type lists. */
  unlisted: CatalogConditionKey[];
  /** `defined` by lowercase name. */
  byName: Map<string, CatalogConditionKey>;
}

const cache = new WeakMap<ServiceCatalog, ServiceKeys>();

export function normaliseKey<K extends CatalogConditionKey>(key: K): K {
  return /\/tag-key$/i.test(key.key) ? { ...key, key: key.key.replace(/tag-key$/i, '${TagKey}') } : key;
}

export function serviceKeys(service: ServiceCatalog): ServiceKeys {
  let keys = cache.get(service);
  if (!keys) {
    const listed = new Set<string>();
    for (const action of service.actions)
      actionKeyNames(service, action).forEach((k) => listed.add(k.toLowerCase()));
    const defined = service.conditionKeys.map(normaliseKey);
    keys = {
      defined,
      unlisted: service.conditionKeys.filter((k) => !listed.has(k.key.toLowerCase())).map(normaliseKey),
      byName: new Map(defined.map((k) => [k.key.toLowerCase(), k])),
    };
    cache.set(service, keys);
  }
  return keys;
}

/** Names of the keys an action supports: its own, and those of the resource types it takes. */
export function actionKeyNames(service: ServiceCatalog, action: CatalogAction): string[] {
  const names = [...action.conditionKeys];
  for (const taken of action.resourceTypes) {
    names.push(...(taken.conditionKeys ?? []));
    names.push(...(findResourceType(service, taken.name)?.conditionKeys ?? []));
  }
  return names;
}
