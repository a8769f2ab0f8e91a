import { POLICY_SIZE_LIMITS } from '@gatehouse/evaluator';

/** AWS's default IAM quotas, enforced by Gatehouse and reported by GET /api/account. */
export const QUOTAS = {
  users: 5000,
  groups: 300,
  roles: 1000,
  policies: 1500,
  policyVersionsInUse: 10_000,
  versionsPerPolicy: 5,
  attachedPoliciesPerUser: 10,
  attachedPoliciesPerGroup: 10,
  attachedPoliciesPerRole: 10,
  groupsPerUser: 10,
  accessKeysPerUser: 2,
  mfaDevicesPerUser: 8,
  /** Characters, not counting whitespace: the evaluator's sizes, the ones the console checks against. */
  userPolicySize: POLICY_SIZE_LIMITS.inlineUser,
  groupPolicySize: POLICY_SIZE_LIMITS.inlineGroup,
  rolePolicySize: POLICY_SIZE_LIMITS.inlineRole,
  policySize: POLICY_SIZE_LIMITS.managed,
  assumeRolePolicySize: POLICY_SIZE_LIMITS.trust,
} as const;

export type QuotaName = keyof typeof QUOTAS;
