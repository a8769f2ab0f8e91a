/** Who is calling, as established from a console session. */
export type Principal = RootPrincipal | UserPrincipal;

export interface RootPrincipal {
  type: 'root';
  accountId: string;
  arn: string;
  email: string;
  sessionId?: string;
  /** When the principal last proved MFA in this session (aws:MultiFactorAuthAge). */
  mfaAuthenticatedAt?: Date;
}

export interface UserPrincipal {
  type: 'user';
  accountId: string;
  arn: string;
  /** The user's unique id (AIDA...). */
  userId: string;
  userName: string;
  path: string;
  /** While true the user may only change their password, sign out or ask who they are. */
  passwordResetRequired: boolean;
  sessionId?: string;
  /** When the principal last proved MFA in this session (aws:MultiFactorAuthAge). */
  mfaAuthenticatedAt?: Date;
}
