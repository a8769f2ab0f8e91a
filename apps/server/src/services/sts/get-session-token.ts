import { recordAuditEvent } from '../../audit/record-audit-event.js';
import { AppError } from '../../errors/app-error.js';
import type { ServiceContext } from '../service-context.js';
import { issueTemporaryCredentials, type TemporaryCredentials } from './issue-temporary-credentials.js';
import { verifyMfaToken } from './verify-mfa-token.js';

export interface GetSessionTokenOptions {
  ctx: ServiceContext;
  /** 900–129,600 seconds (root: at most 3,600); default 43,200 (root: 3,600). */
  durationSeconds?: number;
  serialNumber?: string;
  tokenCode?: string;
}

/**
 * sts:GetSessionToken — temporary credentials for the caller's own long-term credentials,
 * MFA-authenticated when a code is given. Needs no permission, as in AWS; role sessions and
 * other temporary credentials can't call it.
 */
export async function getSessionToken(options: GetSessionTokenOptions): Promise<TemporaryCredentials> {
  const { ctx } = options;
  const { principal } = ctx;
  if (principal.type === 'role-session' || principal.tokenIssuedAt) {
    throw new AppError('AccessDenied', 'Cannot call GetSessionToken with session credentials');
  }
  const root = principal.type === 'root';
  const duration = Math.min(options.durationSeconds ?? (root ? 3600 : 43_200), root ? 3600 : 129_600);
  const mfaAt = await verifyMfaToken(ctx, principal, options.serialNumber, options.tokenCode);
  const now = ctx.clock();
  return ctx.db.$transaction(async (tx) => {
    const credentials = await issueTemporaryCredentials(tx, ctx, {
      accountId: principal.accountId,
      userId: principal.type === 'user' ? principal.userId : null,
      forRoot: root,
      mfaAuthenticatedAt: mfaAt ?? null,
      issuedTo: principal.arn,
      issuedAt: now,
      expiresAt: new Date(now.getTime() + duration * 1000),
    });
    await recordAuditEvent(tx, ctx, {
      action: 'sts:GetSessionToken',
      resource: principal.arn,
      result: 'Success',
      details: {
        durationSeconds: duration,
        mfa: mfaAt !== undefined,
        temporaryAccessKeyId: credentials.accessKeyId,
      },
    });
    return credentials;
  });
}
