// The catalog findings of a parsed policy, live: fetches the index, the global condition keys
// and the chunks of the services the policy names (each once: chunks never go stale), and
// recomputes when the document or a chunk changes. Findings for a service appear when its chunk
// arrives; nothing is taken away while the others load, so the list does not flicker.
import type { ServiceCatalog } from '@gatehouse/catalog';
import type { Diagnostic, PolicyDocument, PolicyKind } from '@gatehouse/evaluator';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { catalogIndexQuery, catalogServiceQuery, globalConditionKeysQuery } from '../../api/catalog-api.js';
import { catalogPrefixesFor } from './catalog-prefixes.js';
import { findCatalogFindings } from './find-catalog-findings.js';

const NONE: Diagnostic[] = [];

export function useCatalogFindings(kind: PolicyKind, document: PolicyDocument | undefined): Diagnostic[] {
  const index = useQuery(catalogIndexQuery());
  const base = index.data?.base ?? '';
  const globalKeys = useQuery({ ...globalConditionKeysQuery(base), enabled: base !== '' });
  // Keyed by the joined list, so a keystroke that names no new service keeps the same queries.
  const prefixKey = document && index.data ? catalogPrefixesFor(document, index.data).join(',') : '';
  const prefixes = useMemo(() => (prefixKey === '' ? [] : prefixKey.split(',')), [prefixKey]);
  const chunks = useQueries({
    queries: prefixes.map((prefix) => ({ ...catalogServiceQuery(base, prefix), enabled: base !== '' })),
  });
  // useQueries returns a new array on every render; this key changes only when a chunk does.
  const chunkKey = chunks.map((chunk) => chunk.dataUpdatedAt).join(',');
  const services = useMemo(
    () =>
      new Map(chunks.flatMap((c): [string, ServiceCatalog][] => (c.data ? [[c.data.prefix, c.data]] : []))),
    [chunkKey], // chunks is read through chunkKey
  );
  return useMemo(() => {
    if (!document || !index.data) return NONE;
    const catalog = {
      index: index.data,
      services,
      ...(globalKeys.data ? { globalKeys: globalKeys.data } : {}),
    };
    return findCatalogFindings(document, catalog, kind);
  }, [document, index.data, services, globalKeys.data, kind]);
}
