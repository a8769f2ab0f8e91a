// Lookups within one service's chunk. IAM compares action names case-insensitively, and so do
// these. Browser-safe.
import type { CatalogAction, CatalogResourceType, ServiceCatalog } from './types.js';

interface ServiceLookup {
  actions: Map<string, CatalogAction>;
  resourceTypes: Map<string, CatalogResourceType>;
}

// Built once per loaded chunk; the chunk objects are not modified after loading.
const lookups = new WeakMap<ServiceCatalog, ServiceLookup>();

function lookupFor(service: ServiceCatalog): ServiceLookup {
  let lookup = lookups.get(service);
  if (!lookup) {
    lookup = {
      actions: new Map(service.actions.map((action) => [action.name.toLowerCase(), action])),
      resourceTypes: new Map(service.resourceTypes.map((type) => [type.name.toLowerCase(), type])),
    };
    lookups.set(service, lookup);
  }
  return lookup;
}

/**
 * The action named `name` (`GetObject`, or `s3:GetObject` with this service's prefix), or
 * undefined when the service has no such action.
 */
export function findAction(service: ServiceCatalog, name: string): CatalogAction | undefined {
  const colon = name.indexOf(':');
  if (colon >= 0) {
    if (name.slice(0, colon).toLowerCase() !== service.prefix) return undefined;
    name = name.slice(colon + 1);
  }
  return lookupFor(service).actions.get(name.toLowerCase());
}

/** The resource type named `name` (e.g. `object`), or undefined. */
export function findResourceType(service: ServiceCatalog, name: string): CatalogResourceType | undefined {
  return lookupFor(service).resourceTypes.get(name.toLowerCase());
}
