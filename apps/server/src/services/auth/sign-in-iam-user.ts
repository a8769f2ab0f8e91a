import { passwordRulesFor } from '../../auth/password-policy.js';
import { verifyAgainstDummy, verifyPassword } from '../../auth/password-hash.js';
import type { Principal } from '../../auth/principal.js';
import { createSession } from '../../auth/sessions.js';
import {
  releaseSignInAttempt,
  reserveSignInAttempt,
  signInAttemptSucceeded,
  signInThrottleKeys,
  type SignInAttempt,
} from '../../auth/sign-in-throttle.js';
import { recordAuditEvent } from '../../audit/record-audit-event.js';
import { nameKey } from '../../db/name-key.js';
import { AppError } from '../../errors/app-error.js';
import { userArn } from '../../model/arns.js';
import type { Account, LoginProfile, User } from '../../db/generated/client.js';
import { issueMfaToken } from '../credentials/mfa/mfa-sign-in-token.js';
import { hasEnabledMfaDevice } from '../credentials/mfa/verify-sign-in-code.js';
import type { PublicContext } from '../service-context.js';
import { signInFailed } from './sign-in-failure.js';
import type { SignInOutcome, SignInResult } from './sign-in-root.js';

export interface SignInIamUserOptions {
  ctx: PublicContext;
  /** Account alias or 12-digit id. */
  account: string;
  userName: string;
  password: string;
}

const DAY_MS = 86_400_000;

/** IAM user sign-in: account alias or id, user name, console password (login profile). */
export async function signInIamUser(options: SignInIamUserOptions): Promise<SignInOutcome> {
  const { ctx } = options;
  const accountRef = options.account.trim().toLowerCase();
  const account = await ctx.db.account.findFirst({
    where: /^\d{12}$/.test(accountRef) ? { id: accountRef } : { alias: accountRef },
  });
  // Keyed by account id when the account exists, so alias and id share one counter.
  const attempt = await reserveSignInAttempt(
    ctx.db,
    ctx.clock(),
    signInThrottleKeys(account?.id ?? accountRef, options.userName, ctx.request.sourceIp),
  );

  const user = account
    ? await ctx.db.user.findUnique({
        where: { accountId_nameLower: { accountId: account.id, nameLower: nameKey(options.userName) } },
        include: { loginProfile: true },
      })
    : null;
  const profile = user?.loginProfile;
  const ok = profile
    ? await verifyPassword(profile.passwordHash, options.password)
    : await verifyAgainstDummy(options.password);
  if (!account || !user || !profile || !ok) {
    throw await signInFailed({
      ctx,
      accountId: account?.id ?? null,
      attemptedArn: account && user ? userArn(account.id, user.path, user.name) : null,
      reason: !account
        ? 'unknown account'
        : !user
          ? 'unknown user'
          : !profile
            ? 'no console password'
            : 'wrong password',
    });
  }

  if (await hasEnabledMfaDevice(ctx.db, account.id, user.id)) {
    await releaseSignInAttempt(ctx.db, attempt);
    return {
      mfaChallenge: issueMfaToken(ctx.config, ctx.clock(), { accountId: account.id, userId: user.id }),
    };
  }
  return startIamUserSession(ctx, { account, user, profile }, attempt);
}

export interface IamUserSignInFacts {
  account: Account;
  user: User;
  profile: LoginProfile;
}

/**
 * The last step of an IAM user's sign-in: password expiry (hard expiry refuses; otherwise the
 * user must change it first), a session, the attempt settled, the audit row.
 */
export async function startIamUserSession(
  ctx: PublicContext,
  { account, user, profile }: IamUserSignInFacts,
  attempt: SignInAttempt,
  mfaAuthenticatedAt?: Date,
): Promise<SignInResult> {
  const now = ctx.clock();
  const arn = userArn(account.id, user.path, user.name);
  const rules = await passwordRulesFor(ctx.db, account.id);
  const expired =
    rules.maxPasswordAge !== undefined &&
    now.getTime() > profile.passwordChangedAt.getTime() + rules.maxPasswordAge * DAY_MS;
  if (expired && rules.hardExpiry) {
    // The password was right: the attempt does not count as a failure.
    await releaseSignInAttempt(ctx.db, attempt);
    await recordAuditEvent(ctx.db, ctx, {
      action: 'signin:ConsoleLogin',
      result: 'Failure',
      errorCode: 'PasswordResetRequired',
      accountId: account.id,
      principalArn: arn,
      details: { reason: 'password expired' },
    });
    throw new AppError(
      'PasswordResetRequired',
      'your password has expired: ask an administrator to reset it',
    );
  }
  const principal: Principal = {
    type: 'user',
    accountId: account.id,
    arn,
    userId: user.id,
    userName: user.name,
    path: user.path,
    passwordResetRequired: profile.passwordResetRequired || expired,
    ...(mfaAuthenticatedAt ? { mfaAuthenticatedAt } : {}),
  };
  const session = await ctx.db.$transaction(async (tx) => {
    await signInAttemptSucceeded(tx, attempt);
    if (expired && !profile.passwordResetRequired) {
      await tx.loginProfile.update({ where: { userId: user.id }, data: { passwordResetRequired: true } });
    }
    await tx.user.update({ where: { id: user.id }, data: { passwordLastUsed: now } });
    await recordAuditEvent(tx, ctx, {
      action: 'signin:ConsoleLogin',
      result: 'Success',
      accountId: account.id,
      principalArn: arn,
      details: {
        passwordResetRequired: principal.passwordResetRequired,
        mfa: mfaAuthenticatedAt !== undefined,
      },
    });
    return createSession(tx, ctx.config, now, {
      accountId: account.id,
      userId: user.id,
      sourceIp: ctx.request.sourceIp,
      userAgent: ctx.request.userAgent,
      mfaAuthenticatedAt,
    });
  });
  return { principal, session };
}
