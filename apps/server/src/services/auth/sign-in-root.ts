import { verifyAgainstDummy, verifyPassword } from '../../auth/password-hash.js';
import type { Principal } from '../../auth/principal.js';
import { createSession, type SessionTokens } from '../../auth/sessions.js';
import {
  releaseSignInAttempt,
  reserveSignInAttempt,
  signInAttemptSucceeded,
  signInThrottleKeys,
  type SignInAttempt,
} from '../../auth/sign-in-throttle.js';
import { recordAuditEvent } from '../../audit/record-audit-event.js';
import { rootArn } from '../../model/arns.js';
import { issueMfaToken } from '../credentials/mfa/mfa-sign-in-token.js';
import { hasEnabledMfaDevice } from '../credentials/mfa/verify-sign-in-code.js';
import type { PublicContext } from '../service-context.js';
import { signInFailed } from './sign-in-failure.js';

export interface SignInResult {
  principal: Principal;
  session: SessionTokens;
}

/** The password step passed; the principal has MFA, so a code must follow (POST /auth/signin/mfa). */
export interface MfaChallengeResult {
  mfaChallenge: string;
}

export type SignInOutcome = SignInResult | MfaChallengeResult;

/** Root sign-in by email and password. */
export async function signInRoot(options: {
  ctx: PublicContext;
  email: string;
  password: string;
}): Promise<SignInOutcome> {
  const { ctx } = options;
  const email = options.email.trim().toLowerCase();
  const attempt = await reserveSignInAttempt(
    ctx.db,
    ctx.clock(),
    signInThrottleKeys('root', email, ctx.request.sourceIp),
  );

  const account = await ctx.db.account.findUnique({ where: { rootEmail: email } });
  const ok = account
    ? await verifyPassword(account.rootPasswordHash, options.password)
    : await verifyAgainstDummy(options.password);
  if (!account || !ok) {
    throw await signInFailed({
      ctx,
      accountId: account?.id ?? null,
      attemptedArn: account ? rootArn(account.id) : null,
      reason: account ? 'wrong password' : 'unknown root email',
    });
  }
  if (await hasEnabledMfaDevice(ctx.db, account.id)) {
    await releaseSignInAttempt(ctx.db, attempt);
    return { mfaChallenge: issueMfaToken(ctx.config, ctx.clock(), { accountId: account.id }) };
  }
  return startRootSession(ctx, account.id, attempt);
}

/** The last step of a root sign-in: a session, the attempt settled, the audit row. */
export async function startRootSession(
  ctx: PublicContext,
  accountId: string,
  attempt: SignInAttempt,
  mfaAuthenticatedAt?: Date,
): Promise<SignInResult> {
  const account = await ctx.db.account.findUniqueOrThrow({ where: { id: accountId } });
  const principal: Principal = {
    type: 'root',
    accountId: account.id,
    arn: rootArn(account.id),
    email: account.rootEmail,
    ...(mfaAuthenticatedAt ? { mfaAuthenticatedAt } : {}),
  };
  const now = ctx.clock();
  const session = await ctx.db.$transaction(async (tx) => {
    await signInAttemptSucceeded(tx, attempt);
    await tx.account.update({ where: { id: account.id }, data: { rootPasswordLastUsed: now } });
    await recordAuditEvent(tx, ctx, {
      action: 'signin:ConsoleLogin',
      result: 'Success',
      accountId: account.id,
      principalArn: principal.arn,
      details: { mfa: mfaAuthenticatedAt !== undefined },
    });
    return createSession(tx, ctx.config, now, {
      accountId: account.id,
      sourceIp: ctx.request.sourceIp,
      userAgent: ctx.request.userAgent,
      mfaAuthenticatedAt,
    });
  });
  return { principal, session };
}
