import { policySize } from '@gatehouse/evaluator';
import type { InlinePolicySummary } from '../../api/types.js';

/**
 * An owner's inline policies share one quota (AWS counts them together), so the policy being
 * written gets what the others leave. Others whose text the list did not include count as 0:
 * the server has the last word.
 */
export function inlinePolicySizeLimit(
  quota: number,
  policies: readonly InlinePolicySummary[],
  editing: string | undefined,
): number {
  const others = policies
    .filter((p) => p.policyName !== editing && p.document !== undefined)
    .reduce((sum, p) => sum + policySize(p.document ?? ''), 0);
  return Math.max(0, quota - others);
}
