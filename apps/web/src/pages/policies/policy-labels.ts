// How a managed policy is described in tables and summaries, in the IAM console's words.
import type { ManagedPolicy } from '../../api/types.js';

/** As the IAM console: AWS's job function policies (path `/job-function/`) are named so. */
export function policyTypeLabel(policy: Pick<ManagedPolicy, 'scope'> & { path?: string }): string {
  if (policy.scope !== 'AWS') return 'Customer managed';
  return policy.path === '/job-function/' ? 'AWS managed - job function' : 'AWS managed';
}

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
