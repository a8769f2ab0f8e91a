import { recordAuditEvent } from '../../audit/record-audit-event.js';
import { AppError } from '../../errors/app-error.js';
import type { PublicContext } from '../service-context.js';

/** One message for every failed sign-in, so it never tells which part was wrong. */
export const SIGN_IN_FAILED_MESSAGE = 'your authentication information is incorrect: check it and try again';

export interface SignInFailure {
  ctx: PublicContext;
  /** What the caller claimed to be, for the audit log (an ARN when the account is known). */
  attemptedArn: string | null;
  accountId: string | null;
  reason: string;
}

/**
 * Audits a failed sign-in and returns the error to throw. The attempt was counted against the
 * throttle before it was checked (reserveSignInAttempt); a failure keeps that count.
 */
export async function signInFailed(failure: SignInFailure): Promise<AppError> {
  const { ctx } = failure;
  await recordAuditEvent(ctx.db, ctx, {
    action: 'signin:ConsoleLogin',
    result: 'Failure',
    errorCode: 'NotAuthenticated',
    accountId: failure.accountId,
    principalArn: failure.attemptedArn,
    details: { reason: failure.reason },
  });
  return new AppError('NotAuthenticated', SIGN_IN_FAILED_MESSAGE);
}
