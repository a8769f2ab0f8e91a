// How a managed policy is described in tables and summaries, in the IAM console's words.
import type { ManagedPolicy } from '../../api/types.js';

export const policyTypeLabel = (policy: Pick<ManagedPolicy, 'scope'>): string =>
  policy.scope === 'AWS' ? 'AWS managed' : 'Customer managed';

/** "Permissions policy (2)", "Permissions boundary (1)", both, or "-" when nothing uses it. */
export function usageSummary(
  policy: Pick<ManagedPolicy, 'attachmentCount' | 'permissionsBoundaryUsageCount'>,
): string {
  const parts: string[] = [];
  if (policy.attachmentCount > 0) parts.push(`Permissions policy (${policy.attachmentCount})`);
  if (policy.permissionsBoundaryUsageCount > 0) {
    parts.push(`Permissions boundary (${policy.permissionsBoundaryUsageCount})`);
  }
  return parts.length ? parts.join(', ') : '-';
}
