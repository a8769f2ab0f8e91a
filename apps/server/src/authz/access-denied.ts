import type { Explanation } from '@gatehouse/evaluator';
import { AppError } from '../errors/app-error.js';

/** Why a request was refused, in AWS's words. */
export type DenialReason =
  'no-identity-allow' | 'explicit-identity-deny' | 'no-boundary-allow' | 'explicit-boundary-deny';

export function denialReason(explanation: Explanation): DenialReason {
  const identity = explanation.policies.filter((p) => p.category === 'identity');
  const boundary = explanation.policies.filter((p) => p.category === 'boundary');
  if (identity.some((p) => p.decision === 'ExplicitDeny')) return 'explicit-identity-deny';
  if (boundary.some((p) => p.decision === 'ExplicitDeny')) return 'explicit-boundary-deny';
  const identityAllows = identity.some((p) => p.decision === 'Allow');
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
};

/** AccessDenied with AWS's message: `User: <arn> is not authorized to perform: <action> on resource: <arn> because ...`. */
export function accessDenied(
  principalArn: string,
  action: string,
  resource: string,
  reason: DenialReason,
): AppError {
  return new AppError(
    'AccessDenied',
    `User: ${principalArn} is not authorized to perform: ${action} on resource: ${resource} ${BECAUSE[reason](action)}`,
    { details: { action, resource } },
  );
}
