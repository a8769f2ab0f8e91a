// The AWS service catalog, fetched one service at a time. The index names the catalog's content
// hash; every chunk URL carries it, so the browser caches chunks for good and a new catalog
// build is a new URL.
import type { CatalogIndex, GlobalConditionKeys, ServiceCatalog } from '@gatehouse/catalog';
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { api, segment } from './client.js';

export interface CatalogIndexResponse extends CatalogIndex {
  hash: string;
  /** `/api/catalog/<hash>`: where this version's chunks are. */
  base: string;
}

export const catalogIndexQuery = () =>
  queryOptions({
    queryKey: ['catalog', 'index'],
    queryFn: ({ signal }) => api.get<CatalogIndexResponse>('/api/catalog/index.json', { signal }),
    staleTime: 5 * 60 * 1000,
  });

export const catalogServiceQuery = (base: string, prefix: string) =>
  queryOptions({
    queryKey: ['catalog', base, 'service', prefix],
    queryFn: ({ signal }) => api.get<ServiceCatalog>(`${base}/services/${segment(prefix)}.json`, { signal }),
    staleTime: Infinity,
  });

export const globalConditionKeysQuery = (base: string) =>
  queryOptions({
    queryKey: ['catalog', base, 'global-condition-keys'],
    queryFn: ({ signal }) => api.get<GlobalConditionKeys>(`${base}/global-condition-keys.json`, { signal }),
    staleTime: Infinity,
  });

/** The chunks of `prefixes`, from the query cache or the server. */
export async function loadCatalogServices(
  client: QueryClient,
  base: string,
  prefixes: string[],
): Promise<Map<string, ServiceCatalog>> {
  const chunks = await Promise.all(prefixes.map((p) => client.fetchQuery(catalogServiceQuery(base, p))));
  return new Map(chunks.map((c) => [c.prefix, c]));
}
