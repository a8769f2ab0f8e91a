// Combining per-category results into a decision, following "Policy evaluation logic",
// "Cross-account policy evaluation logic" and "Permissions boundaries for IAM entities":
// 1. an explicit Deny in any applicable policy wins;
// 2. service, federated, canonical and anonymous callers have no identity policies: a
//    resource-based policy alone decides;
// 3. every resource control policy (RCP) level must allow, for every caller, IAM or not: "If
//    an RCP is present, permissions granted by identity-based and resource-based policies to
//    resources in your member accounts are only effective if the RCP allows the action";
//    then every SCP level must allow (an implicit deny at any level denies);
// 4. across accounts, both an identity-based policy (within boundary and session limits)
//    and the resource-based policy must allow;
// 5. within one account, the identity-based path (identity ∧ boundary ∧ session) or the
//    resource-based path allows. A resource grant naming the caller's session ARN is not
//    limited by boundary or session policies; one naming an IAM user ARN is not limited by
//    the boundary; one naming the role, `*`, or a service is limited by both; one naming
//    only the account delegates to the account's own policies and so adds nothing.
// Role trust policies and KMS key policies are the exceptions to the same-account union:
// they must allow too. One naming the caller directly needs no identity-based allow; one
// naming the account delegates to the identity-based policies.
// The root user has full access within its account (still subject to denies and SCPs).
// Both evaluate() and explain() decide here, which is what keeps them in agreement.

import { Grant } from '../match/principal.js';
import type { Decision } from '../types.js';

export interface DecisionFacts {
  /** The action needs no permission at all (sts:GetCallerIdentity for IAM principals). */
  noPermissionNeeded: boolean;
  explicitDeny: boolean;
  /** The caller is an IAM principal (identity-based policies apply to it). */
  iam: boolean;
  /** Index of the first RCP level with no applicable Allow, or -1. */
  rcpBlockedLevel: number;
  /** Index of the first SCP level with no applicable Allow, or -1. */
  scpBlockedLevel: number;
  /** The strongest grant among applicable resource-policy Allow statements. */
  grant: Grant;
  identityAllows: boolean;
  /** True when there is no boundary, or it allows. */
  boundaryAllows: boolean;
  /** True when there are no session policies, or one allows. */
  sessionAllows: boolean;
  crossAccount: boolean;
  /**
   * The resource policy given is a role's trust policy (for sts:AssumeRole*, sts:TagSession...)
   * or a KMS key policy: it must allow, even within one account.
   */
  trustRequired: boolean;
}

/** What decided the request; explanations turn this into their summary line. */
export type Basis =
  | 'no-permission-needed'
  | 'explicit-deny'
  | 'identity'
  | 'resource'
  | 'cross-account'
  | 'rcp'
  | 'scp'
  | 'boundary'
  | 'session'
  | 'cross-account-no-resource'
  | 'cross-account-no-identity'
  | 'delegated-to-account'
  | 'untrusted'
  | 'no-allow';

export const DECISION_OF: Readonly<Record<Basis, Decision>> = {
  'no-permission-needed': 'Allow',
  'explicit-deny': 'ExplicitDeny',
  identity: 'Allow',
  resource: 'Allow',
  'cross-account': 'Allow',
  rcp: 'ImplicitDeny',
  scp: 'ImplicitDeny',
  boundary: 'ImplicitDeny',
  session: 'ImplicitDeny',
  'cross-account-no-resource': 'ImplicitDeny',
  'cross-account-no-identity': 'ImplicitDeny',
  'delegated-to-account': 'ImplicitDeny',
  untrusted: 'ImplicitDeny',
  'no-allow': 'ImplicitDeny',
};

function crossAccount(f: DecisionFacts): Basis {
  const identityPath = f.identityAllows && f.boundaryAllows && f.sessionAllows;
  if (f.grant === Grant.None) return identityPath ? 'cross-account-no-resource' : 'no-allow';
  if (!f.identityAllows) return 'cross-account-no-identity';
  if (!f.boundaryAllows) return 'boundary';
  if (!f.sessionAllows) return 'session';
  return 'cross-account';
}

function sameAccount(f: DecisionFacts): Basis {
  if (f.trustRequired && f.grant === Grant.None) return 'untrusted';
  if (f.identityAllows && f.boundaryAllows && f.sessionAllows) return 'identity';
  const g = f.grant;
  if (g === Grant.Session) return 'resource';
  if (g === Grant.User && f.sessionAllows) return 'resource';
  if (g === Grant.Indirect && f.boundaryAllows && f.sessionAllows) return 'resource';
  if (!f.boundaryAllows && (f.identityAllows || g === Grant.Indirect)) return 'boundary';
  if (!f.sessionAllows && (f.identityAllows || g >= Grant.Indirect)) return 'session';
  if (g === Grant.Account) return 'delegated-to-account';
  return 'no-allow';
}

export function decide(f: DecisionFacts): Basis {
  if (f.iam && f.noPermissionNeeded) return 'no-permission-needed';
  if (f.explicitDeny) return 'explicit-deny';
  if (f.rcpBlockedLevel >= 0) return 'rcp';
  if (!f.iam) return f.grant > Grant.None ? 'resource' : 'no-allow';
  if (f.scpBlockedLevel >= 0) return 'scp';
  return f.crossAccount ? crossAccount(f) : sameAccount(f);
}
