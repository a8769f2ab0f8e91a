// The permissions summary of a user's or role's effective policies, once the catalog is here.
import { useCallback, useMemo } from 'react';
import {
  effectiveServicesToLoad,
  summarizeEffectivePolicies,
  type EffectivePolicyInput,
  type EffectiveSummary,
} from './summarize-effective-policies.js';
import type { SummaryCatalog } from './summarize-policy.js';
import { useSummaryCatalog } from './use-summary-catalog.js';

export interface EffectiveSummaryState {
  summary?: EffectiveSummary;
  error?: unknown;
  loading: boolean;
}

export function useEffectiveSummary(
  items: readonly EffectivePolicyInput[] | undefined,
): EffectiveSummaryState {
  const prefixesOf = useCallback(
    (index: SummaryCatalog['index']) => (items ? effectiveServicesToLoad(items, index) : []),
    [items],
  );
  const { catalog, error } = useSummaryCatalog(prefixesOf);
  const summary = useMemo(
    () => (catalog && items ? summarizeEffectivePolicies(items, catalog) : undefined),
    [catalog, items],
  );
  return { summary, error, loading: !summary && !error };
}
