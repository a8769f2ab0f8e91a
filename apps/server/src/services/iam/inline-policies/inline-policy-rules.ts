import { AppError } from '../../../errors/app-error.js';
import { QUOTAS } from '../../../model/quotas.js';
import type { PolicyOwner, PolicyOwnerKind } from '../common/entity-target.js';

/** AWS's quota on the inline policies of one owner, together (non-white-space characters). */
export const INLINE_QUOTA: Record<PolicyOwnerKind, number> = {
  user: QUOTAS.userPolicySize,
  group: QUOTAS.groupPolicySize,
  role: QUOTAS.rolePolicySize,
};

export function noSuchInlinePolicy(owner: PolicyOwner, policyName: string): AppError {
  return new AppError(
    'NoSuchEntity',
    `the inline policy \`${policyName}\` of ${owner.kind} \`${owner.name}\` cannot be found`,
  );
}
