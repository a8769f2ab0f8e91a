// Loads the catalog chunks a set of policies needs and computes their summary.
import { parsePolicy } from '@gatehouse/evaluator';
import { useCallback, useMemo } from 'react';
import {
  servicesToLoad,
  summarizePolicies,
  type PolicySummary,
  type SummaryCatalog,
  type SummarySource,
} from './summarize-policy.js';
import { useSummaryCatalog } from './use-summary-catalog.js';

export interface PolicySummaryState {
  summary?: PolicySummary;
  error?: unknown;
  loading: boolean;
}

export function usePolicySummary(documents: string[]): PolicySummaryState {
  const sources = useMemo(
    () =>
      documents.flatMap((text): SummarySource[] => {
        const document = parsePolicy(text).document;
        return document ? [{ document }] : [];
      }),
    [documents],
  );
  const prefixesOf = useCallback(
    (index: SummaryCatalog['index']) => servicesToLoad(sources, index),
    [sources],
  );
  const { catalog, error } = useSummaryCatalog(prefixesOf);
  const summary = useMemo(
    () => (catalog ? summarizePolicies(sources, catalog) : undefined),
    [catalog, sources],
  );
  return { summary, error, loading: !summary && !error };
}
