// Policy size quotas. IAM counts characters other than white space (so a policy may be
// formatted freely); AWS Organizations counts every character of an SCP.
import type { PolicyKind } from '../types.js';

/** AWS's default quotas, in characters. Inline quotas apply to the sum of an identity's inline policies. */
export const POLICY_SIZE_LIMITS = {
  /** Inline policies of one IAM user, together. */
  inlineUser: 2048,
  /** Inline policies of one IAM group, together. */
  inlineGroup: 5120,
  /** Inline policies of one IAM role, together. */
  inlineRole: 10240,
  /** One customer managed policy (also when used as a permissions boundary). */
  managed: 6144,
  /** A role's trust policy. */
  trust: 2048,
  /** One service control policy. */
  scp: 5120,
} as const;

/** The quota a policy of this kind is held to when the caller names none. */
export function defaultSizeLimit(kind: PolicyKind): number | undefined {
  switch (kind) {
    case 'identity':
    case 'boundary':
      return POLICY_SIZE_LIMITS.managed;
    case 'trust':
      return POLICY_SIZE_LIMITS.trust;
    case 'scp':
      return POLICY_SIZE_LIMITS.scp;
    case 'resource':
      return undefined; // each service sets its own (an S3 bucket policy may hold 20 KB)
  }
}

function isWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/** The size AWS counts against the quota: non-white-space characters, or all of them for an SCP. */
export function policySize(text: string, kind: PolicyKind = 'identity'): number {
  if (kind === 'scp') return text.length;
  let size = 0;
  for (let i = 0; i < text.length; i++) if (!isWhitespace(text.charCodeAt(i))) size++;
  return size;
}

/** Offset of the first character past the quota (the point where the text must be cut). */
export function offsetPastLimit(text: string, limit: number, kind: PolicyKind): number {
  if (kind === 'scp') return Math.min(limit, text.length);
  let size = 0;
  for (let i = 0; i < text.length; i++) {
    if (isWhitespace(text.charCodeAt(i))) continue;
    if (size === limit) return i;
    size++;
  }
  return text.length;
}
