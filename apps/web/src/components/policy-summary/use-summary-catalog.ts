// The catalog a summary needs: the index, then the chunks of the services it names. `prefixesOf`
// picks them from the index (it runs once the index is here).
import type { ServiceCatalog } from '@gatehouse/catalog';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { catalogIndexQuery, catalogServiceQuery } from '../../api/catalog-api.js';
import type { SummaryCatalog } from './summarize-policy.js';

export interface SummaryCatalogState {
  catalog?: SummaryCatalog;
  error?: unknown;
}

export function useSummaryCatalog(
  prefixesOf: (index: SummaryCatalog['index']) => string[],
): SummaryCatalogState {
  const index = useQuery(catalogIndexQuery());
  const prefixes = useMemo(() => (index.data ? prefixesOf(index.data) : []), [index.data, prefixesOf]);
  const chunks = useQueries({
    queries: prefixes.map((p) => ({
      ...catalogServiceQuery(index.data?.base ?? '', p),
      enabled: !!index.data,
    })),
  });
  const loaded = chunks.every((c) => c.data);
  // Stable while the same chunks are loaded (useQueries returns a new array each render).
  const chunkKey = chunks.map((c) => c.dataUpdatedAt).join(',');
  const catalog = useMemo(() => {
    if (!index.data || !loaded) return undefined;
    const services = new Map<string, ServiceCatalog>(
      chunks.flatMap((c) => (c.data ? [[c.data.prefix, c.data] as const] : [])),
    );
    return { index: index.data, services };
  }, [index.data, loaded, chunkKey]); // chunks is read through chunkKey
  const error = index.error ?? chunks.find((c) => c.error)?.error;
  return { catalog, error: error ?? undefined };
}
