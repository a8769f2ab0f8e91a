// Account-wide answers → IAM's output structures: the password policy, the summary map with
// AWS's keys, and the authorization details of users, groups, roles and managed policies.
import type { InlinePolicy, PasswordPolicy } from '../../db/generated/client.js';
import type { AccountSummaryFacts } from '../../services/account/get-account-summary.js';
import type {
  GroupDetails,
  PolicyDetails,
  RoleDetails,
  UserDetails,
} from '../../services/account/authorization-details/entity-details.js';
import { awsGroup, awsRole, awsUser } from './iam-shapes.js';
import { awsPolicySummary, awsPolicyVersion } from './policy-shapes.js';

export function awsPasswordPolicy(policy: PasswordPolicy) {
  return {
    MinimumPasswordLength: policy.minimumPasswordLength,
    RequireSymbols: policy.requireSymbols,
    RequireNumbers: policy.requireNumbers,
    RequireUppercaseCharacters: policy.requireUppercaseCharacters,
    RequireLowercaseCharacters: policy.requireLowercaseCharacters,
    AllowUsersToChangePassword: policy.allowUsersToChangePassword,
    ExpirePasswords: policy.maxPasswordAge !== null,
    MaxPasswordAge: policy.maxPasswordAge ?? undefined,
    PasswordReusePrevention: policy.passwordReusePrevention ?? undefined,
    HardExpiry: policy.hardExpiry,
  };
}

/**
 * GetAccountSummary's SummaryMap: AWS's keys, including those it sends beyond its model's
 * enum (Roles, InstanceProfiles, Providers…). Gatehouse has no server or signing
 * certificates, instance profiles or identity providers: those count 0 beside AWS's quotas.
 */
export function awsSummaryMap(facts: AccountSummaryFacts): Record<string, number> {
  const { counts, quotas } = facts;
  const count = (key: string) => counts[key] ?? 0;
  return {
    Users: count('users'),
    UsersQuota: quotas.users!,
    Groups: count('groups'),
    GroupsQuota: quotas.groups!,
    Roles: count('roles'),
    RolesQuota: quotas.roles!,
    Policies: count('policies'),
    PoliciesQuota: quotas.policies!,
    PolicyVersionsInUse: count('policyVersionsInUse'),
    PolicyVersionsInUseQuota: quotas.policyVersionsInUse!,
    VersionsPerPolicyQuota: quotas.versionsPerPolicy!,
    PolicySizeQuota: quotas.policySize!,
    UserPolicySizeQuota: quotas.userPolicySize!,
    GroupPolicySizeQuota: quotas.groupPolicySize!,
    RolePolicySizeQuota: quotas.rolePolicySize!,
    AssumeRolePolicySizeQuota: quotas.assumeRolePolicySize!,
    GroupsPerUserQuota: quotas.groupsPerUser!,
    AttachedPoliciesPerUserQuota: quotas.attachedPoliciesPerUser!,
    AttachedPoliciesPerGroupQuota: quotas.attachedPoliciesPerGroup!,
    AttachedPoliciesPerRoleQuota: quotas.attachedPoliciesPerRole!,
    AccessKeysPerUserQuota: quotas.accessKeysPerUser!,
    MFADevices: count('mfaDevices'),
    MFADevicesInUse: count('mfaDevicesInUse') + count('rootMfaDevicesInUse'),
    AccountMFAEnabled: count('rootMfaDevicesInUse') > 0 ? 1 : 0,
    AccountAccessKeysPresent: count('rootAccessKeys') > 0 ? 1 : 0,
    // Every root user here has a console password (one nobody knows, for an account that
    // Organizations' CreateAccount made).
    AccountPasswordPresent: 1,
    AccountSigningCertificatesPresent: 0,
    SigningCertificatesPerUserQuota: 2,
    ServerCertificates: 0,
    ServerCertificatesQuota: 20,
    InstanceProfiles: 0,
    InstanceProfilesQuota: 1000,
    Providers: 0,
    GlobalEndpointTokenVersion: 1,
  };
}

const awsInline = (policy: InlinePolicy) => ({ PolicyName: policy.name, PolicyDocument: policy.document });
const awsAttached = (a: { policy: { name: string; arn: string } }) => ({
  PolicyName: a.policy.name,
  PolicyArn: a.policy.arn,
});

export function awsUserDetail(user: UserDetails) {
  return {
    ...awsUser(user),
    UserPolicyList: user.inlinePolicies.map(awsInline),
    GroupList: user.memberships.map((m) => m.group.name),
    AttachedManagedPolicies: user.attachments.map(awsAttached),
  };
}

export function awsGroupDetail(group: GroupDetails) {
  return {
    ...awsGroup(group),
    GroupPolicyList: group.inlinePolicies.map(awsInline),
    AttachedManagedPolicies: group.attachments.map(awsAttached),
  };
}

export function awsRoleDetail(role: RoleDetails) {
  return {
    ...awsRole(role),
    // Gatehouse has no EC2 instance profiles.
    InstanceProfileList: [],
    RolePolicyList: role.inlinePolicies.map(awsInline),
    AttachedManagedPolicies: role.attachments.map(awsAttached),
  };
}

export function awsManagedPolicyDetail(details: PolicyDetails) {
  const { policy } = details.facts;
  return {
    ...awsPolicySummary(details.facts),
    Description: policy.description ?? undefined,
    PolicyVersionList: details.versions.map((v) => awsPolicyVersion(v, policy.defaultVersionId, true)),
  };
}
