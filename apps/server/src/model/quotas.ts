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
  /** Characters, not counting whitespace. */
  userPolicySize: 2048,
  groupPolicySize: 5120,
  rolePolicySize: 10_240,
  policySize: 6144,
  assumeRolePolicySize: 2048,
} as const;

export type QuotaName = keyof typeof QUOTAS;
