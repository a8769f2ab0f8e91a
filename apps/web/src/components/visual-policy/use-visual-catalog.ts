// The catalog data the Visual tab reads: the index (service names) once, then only the chunks of
// the services the cards use, plus the small global condition key list. Never every service.
import type { CatalogIndex, GlobalConditionKeys, ServiceCatalog } from '@gatehouse/catalog';
import { useQuery } from '@tanstack/react-query';
import {
  catalogIndexQuery,
  catalogServiceQuery,
  globalConditionKeysQuery,
  type CatalogIndexResponse,
} from '../../api/catalog-api.js';

export interface CatalogState<T> {
  data?: T;
  loading: boolean;
  error?: unknown;
}

export function useCatalogIndex(): CatalogState<CatalogIndexResponse> {
  const index = useQuery(catalogIndexQuery());
  return { data: index.data, loading: index.isLoading, error: index.error ?? undefined };
}

/** True when `prefix` names a service of the catalog (prefixes are lowercase there). */
export function isCatalogService(index: CatalogIndex | undefined, prefix: string | undefined): boolean {
  if (!index || !prefix) return false;
  const lower = prefix.toLowerCase();
  return index.services.some((s) => s.prefix === lower);
}

/** The chunk of one service; nothing is fetched for `*`, an empty choice or an unknown prefix. */
export function useServiceCatalog(
  index: CatalogIndexResponse | undefined,
  prefix: string | undefined,
): CatalogState<ServiceCatalog> {
  const lower = prefix?.toLowerCase() ?? '';
  const known = isCatalogService(index, lower);
  const service = useQuery({ ...catalogServiceQuery(index?.base ?? '', lower), enabled: known });
  return { data: service.data, loading: known && service.isLoading, error: service.error ?? undefined };
}

export function useGlobalConditionKeys(
  index: CatalogIndexResponse | undefined,
): CatalogState<GlobalConditionKeys> {
  const keys = useQuery({ ...globalConditionKeysQuery(index?.base ?? ''), enabled: !!index });
  return { data: keys.data, loading: !!index && keys.isLoading, error: keys.error ?? undefined };
}
