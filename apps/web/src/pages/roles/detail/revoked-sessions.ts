// Reads back what "Revoke active sessions" left on a role: the time before which its sessions
// are denied, from the `AWSRevokeOlderSessions` inline policy's `aws:TokenIssueTime` condition.

export const REVOKE_POLICY_NAME = 'AWSRevokeOlderSessions';

/** The `aws:TokenIssueTime` bound of the policy, or undefined when the document has none. */
export function revokedBeforeOf(document: string | undefined): string | undefined {
  if (!document) return undefined;
  let policy: unknown;
  try {
    policy = JSON.parse(document);
  } catch {
    return undefined;
  }
  const statements = (policy as { Statement?: unknown }).Statement;
  for (const statement of Array.isArray(statements) ? statements : [statements]) {
    const condition = (statement as { Condition?: Record<string, Record<string, unknown>> } | null)
      ?.Condition;
    const bound = condition?.DateLessThan?.['aws:TokenIssueTime'];
    const value = Array.isArray(bound) ? bound[0] : bound;
    if (typeof value === 'string') return value;
  }
  return undefined;
}
