// Loads the catalog chunks a set of policies needs and computes their summary.
import { parsePolicy } from '@gatehouse/evaluator';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { catalogIndexQuery, catalogServiceQuery } from '../../api/catalog-api.js';
import {
  servicesToLoad,
  summarizePolicies,
  type PolicySummary,
  type SummarySource,
} from './summarize-policy.js';

export interface PolicySummaryState {
  summary?: PolicySummary;
  error?: unknown;
  loading: boolean;
}

export function usePolicySummary(documents: string[]): PolicySummaryState {
  const index = useQuery(catalogIndexQuery());
  const sources = useMemo(
    () =>
      documents.flatMap((text): SummarySource[] => {
        const document = parsePolicy(text).document;
        return document ? [{ document }] : [];
      }),
    [documents],
  );
  const prefixes = useMemo(
    () => (index.data ? servicesToLoad(sources, index.data) : []),
    [index.data, sources],
  );
  const chunks = useQueries({
    queries: prefixes.map((p) => ({
      ...catalogServiceQuery(index.data?.base ?? '', p),
      enabled: !!index.data,
    })),
  });
  const loaded = chunks.every((c) => c.data);
  // Stable while the same chunks are loaded (useQueries returns a new array each render).
  const chunkKey = chunks.map((c) => c.dataUpdatedAt).join(',');
  const summary = useMemo(() => {
    if (!index.data || !loaded) return undefined;
    const services = new Map(chunks.flatMap((c) => (c.data ? [[c.data.prefix, c.data] as const] : [])));
    return summarizePolicies(sources, { index: index.data, services });
  }, [index.data, loaded, sources, chunkKey]); // chunks is read through chunkKey
  const error = index.error ?? chunks.find((c) => c.error)?.error;
  return { summary, error: error ?? undefined, loading: !summary && !error };
}
