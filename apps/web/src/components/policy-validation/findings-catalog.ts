// The catalog as the finder receives it (the index, the chunks loaded so far, the global keys)
// and the lookups the rules share, built once per call.
import type {
  CatalogIndex,
  GlobalConditionKey,
  GlobalConditionKeys,
  ServiceCatalog,
} from '@gatehouse/catalog';

export interface CatalogForFindings {
  index: Pick<CatalogIndex, 'services'>;
  /** Chunks by lowercase prefix. A known service missing here is not checked yet (its chunk is on its way). */
  services: ReadonlyMap<string, ServiceCatalog>;
  /** Undefined until loaded: condition keys are not checked without them. */
  globalKeys?: GlobalConditionKeys;
}

export interface FindingsCatalog {
  prefixes: ReadonlySet<string>;
  /** AWS's service name by prefix, e.g. `s3` → `Amazon S3`. */
  names: ReadonlyMap<string, string>;
  services: ReadonlyMap<string, ServiceCatalog>;
  globalKeys?: readonly GlobalConditionKey[];
}

const prepared = new WeakMap<object, Pick<FindingsCatalog, 'prefixes' | 'names'>>();

export function prepareCatalog(catalog: CatalogForFindings): FindingsCatalog {
  let lookups = prepared.get(catalog.index);
  if (!lookups) {
    const services = catalog.index.services;
    lookups = {
      prefixes: new Set(services.map((s) => s.prefix.toLowerCase())),
      names: new Map(services.map((s) => [s.prefix.toLowerCase(), s.name])),
    };
    prepared.set(catalog.index, lookups);
  }
  const result: FindingsCatalog = { ...lookups, services: catalog.services };
  if (catalog.globalKeys) result.globalKeys = catalog.globalKeys.keys;
  return result;
}
