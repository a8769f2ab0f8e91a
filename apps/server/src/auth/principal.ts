/**
 * Who is calling: the root user, an IAM user (console session, access key, or a
 * GetSessionToken session of either) or a role session (STS AssumeRole, role chaining,
 * console switch role). One model for both doors (DESIGN.md → "Principals and sessions").
 */
export type Principal = RootPrincipal | UserPrincipal | RoleSessionPrincipal;

/** Facts shared by every kind of caller about the credentials it used. */
interface CredentialFacts {
  /** The console session's id. */
  sessionId?: string;
  /** The access key (AKIA… or ASIA…) that signed the request, on the AWS door. */
  accessKeyId?: string;
  /** When the principal last proved MFA in this session (aws:MultiFactorAuthAge). */
  mfaAuthenticatedAt?: Date;
  /** When temporary credentials were issued (aws:TokenIssueTime); absent for long-term keys. */
  tokenIssuedAt?: Date;
}

export interface RootPrincipal extends CredentialFacts {
  type: 'root';
  accountId: string;
  arn: string;
  email: string;
}

export interface UserPrincipal extends CredentialFacts {
  type: 'user';
  accountId: string;
  arn: string;
  /** The user's unique id (AIDA...). */
  userId: string;
  userName: string;
  path: string;
  /** While true the user may only change their password, sign out or ask who they are. */
  passwordResetRequired: boolean;
}

export interface RoleSessionPrincipal extends CredentialFacts {
  type: 'role-session';
  accountId: string;
  /** `arn:aws:sts::<acct>:assumed-role/<role>/<session>` */
  arn: string;
  /** The temporary credential's id (ASIA…), which names the session row. */
  credentialId: string;
  roleId: string;
  roleName: string;
  rolePath: string;
  roleArn: string;
  sessionName: string;
  /** `AROA…:<session>` (aws:userid) */
  userId: string;
  tokenIssuedAt: Date;
  expiresAt: Date;
  sourceIdentity?: string;
  /** Session tags (aws:PrincipalTag/*, over the role's own tags). */
  sessionTags: Record<string, string>;
  transitiveTagKeys: string[];
  /** Session policies: inline text and managed policy ARNs. */
  sessionPolicy?: string;
  sessionPolicyArns: string[];
  /** Assumed with role-session credentials (role chaining: at most one hour). */
  chained: boolean;
  /** The ARN of whoever assumed the role: the person behind the session. */
  issuedTo: string;
  /** Console switch role: the display name and colour the header shows. */
  console?: { displayName: string; color: string | null };
}

/** `AROA…:session` for a role session, the user id for a user, the account id for root. */
export function principalUserId(principal: Principal): string {
  return principal.type === 'root' ? principal.accountId : principal.userId;
}
