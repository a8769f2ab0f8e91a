import type { Explanation } from '@gatehouse/evaluator';
import { AppError } from '../errors/app-error.js';

/** Why a request was refused, in AWS's words. */
export type DenialReason =
  | 'no-identity-allow'
  | 'explicit-identity-deny'
  | 'no-boundary-allow'
  | 'explicit-boundary-deny'
  | 'no-scp-allow'
  | 'explicit-scp-deny'
  | 'no-resource-allow'
  | 'explicit-resource-deny';

/** Whether some SCP level (root, an OU, the account) has no SCP that allows the request. */
function scpBlocked(explanation: Explanation): boolean {
  const levels = new Map<number, boolean>();
  for (const p of explanation.policies) {
    if (p.category !== 'scp') continue;
    const level = p.level ?? 0;
    levels.set(level, (levels.get(level) ?? false) || p.decision === 'Allow');
  }
  return [...levels.values()].some((allowed) => !allowed);
}

/** The ARN of the service control policy whose Deny refused the request, if one did. */
export function denyingScp(explanation: Explanation): string | undefined {
  return explanation.policies.find((p) => p.category === 'scp' && p.decision === 'ExplicitDeny')?.id;
}

export function denialReason(explanation: Explanation): DenialReason {
  // SCPs are evaluated first, as AWS does: their denials are named before the identity side's.
  if (denyingScp(explanation)) return 'explicit-scp-deny';
  const identity = explanation.policies.filter((p) => p.category === 'identity');
  const boundary = explanation.policies.filter((p) => p.category === 'boundary');
  if (identity.some((p) => p.decision === 'ExplicitDeny')) return 'explicit-identity-deny';
  if (boundary.some((p) => p.decision === 'ExplicitDeny')) return 'explicit-boundary-deny';
  // A role's trust policy (the one resource policy Gatehouse evaluates) that denies, or that
  // does not allow a caller whose own policies do: the refusal is the resource policy's.
  const resource = explanation.policies.filter((p) => p.category === 'resource');
  if (resource.some((p) => p.decision === 'ExplicitDeny')) return 'explicit-resource-deny';
  if (scpBlocked(explanation)) return 'no-scp-allow';
  const identityAllows = identity.some((p) => p.decision === 'Allow');
  if (identityAllows && resource.length > 0 && !resource.some((p) => p.decision === 'Allow')) {
    return 'no-resource-allow';
  }
  if (identityAllows && boundary.length > 0 && !boundary.some((p) => p.decision === 'Allow')) {
    return 'no-boundary-allow';
  }
  return 'no-identity-allow';
}

const BECAUSE: Record<DenialReason, (action: string) => string> = {
  'no-identity-allow': (action) => `because no identity-based policy allows the ${action} action`,
  'explicit-identity-deny': () => 'with an explicit deny in an identity-based policy',
  'no-boundary-allow': (action) => `because no permissions boundary allows the ${action} action`,
  'explicit-boundary-deny': () => 'with an explicit deny in a permissions boundary',
  'no-scp-allow': (action) => `because no service control policy allows the ${action} action`,
  'explicit-scp-deny': () => 'with an explicit deny in a service control policy',
  'no-resource-allow': (action) => `because no resource-based policy allows the ${action} action`,
  'explicit-resource-deny': () => 'with an explicit deny in a resource-based policy',
};

/** AccessDenied with AWS's message: `User: <arn> is not authorized to perform: <action> on resource: <arn> because ...`. */
export function accessDenied(
  principalArn: string,
  action: string,
  resource: string,
  reason: DenialReason,
  /** The SCP that denied (AWS names it in the message, for accounts of the same organization). */
  policyArn?: string,
): AppError {
  const named = reason === 'explicit-scp-deny' && policyArn ? `: ${policyArn}` : '';
  return new AppError(
    'AccessDenied',
    `User: ${principalArn} is not authorized to perform: ${action} on resource: ${resource} ${BECAUSE[reason](action)}${named}`,
    { details: { action, resource } },
  );
}
