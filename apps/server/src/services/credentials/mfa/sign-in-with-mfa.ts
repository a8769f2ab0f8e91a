import {
  releaseSignInAttempt,
  reserveSignInAttempt,
  signInThrottleKeys,
} from '../../../auth/sign-in-throttle.js';
import type { Config } from '../../../config.js';
import type { Db } from '../../../db/client.js';
import { AppError } from '../../../errors/app-error.js';
import { rootArn, userArn } from '../../../model/arns.js';
import { signInFailed } from '../../auth/sign-in-failure.js';
import { startIamUserSession } from '../../auth/sign-in-iam-user.js';
import { startRootSession, type SignInResult } from '../../auth/sign-in-root.js';
import type { PublicContext } from '../../service-context.js';
import { readMfaToken, spendMfaToken, type MfaPendingToken } from './mfa-sign-in-token.js';
import { consumeSignInCode } from './verify-sign-in-code.js';

function signInExpired(): AppError {
  return new AppError('NotAuthenticated', 'your sign-in has expired: enter your password again');
}

/**
 * The second sign-in step: the token from the password step and a code from an enabled MFA
 * device. A wrong code counts as a failed sign-in (throttled and audited like a wrong password);
 * a right one spends the token, so it starts one session at most.
 */
export async function signInWithMfa(options: {
  ctx: PublicContext;
  mfaToken: string;
  code: string;
}): Promise<SignInResult> {
  const { ctx } = options;
  const now = ctx.clock();
  const pending = readMfaToken(ctx.config, now, options.mfaToken);
  if (!pending) throw signInExpired();
  const account = await ctx.db.account.findUnique({ where: { id: pending.accountId } });
  const user = pending.userId
    ? await ctx.db.user.findUnique({ where: { id: pending.userId }, include: { loginProfile: true } })
    : null;
  if (!account || (pending.userId && !user?.loginProfile)) throw signInExpired();

  const keys = user
    ? signInThrottleKeys(account.id, user.name, ctx.request.sourceIp)
    : signInThrottleKeys('root', account.rootEmail, ctx.request.sourceIp);
  const attempt = await reserveSignInAttempt(ctx.db, now, keys);
  const outcome = await spendTokenWithCode(ctx.db, ctx.config, now, pending, options.code);
  if (outcome === 'spent') {
    await releaseSignInAttempt(ctx.db, attempt);
    throw signInExpired();
  }
  if (outcome === 'wrong code') {
    throw await signInFailed({
      ctx,
      accountId: account.id,
      attemptedArn: user ? userArn(account.id, user.path, user.name) : rootArn(account.id),
      reason: 'wrong MFA code',
    });
  }
  if (user?.loginProfile) {
    return startIamUserSession(ctx, { account, user, profile: user.loginProfile }, attempt, now);
  }
  return startRootSession(ctx, account.id, attempt, now);
}

class WrongCode extends Error {}

/** Spends the token and the code together: a wrong code leaves the token for another try. */
async function spendTokenWithCode(
  db: Db,
  config: Config,
  now: Date,
  pending: MfaPendingToken,
  code: string,
): Promise<'ok' | 'spent' | 'wrong code'> {
  try {
    return await db.$transaction(async (tx) => {
      if (!(await spendMfaToken(tx, now, pending))) return 'spent' as const;
      if (!(await consumeSignInCode(tx, config, now, pending, code))) throw new WrongCode();
      return 'ok' as const;
    });
  } catch (err) {
    if (err instanceof WrongCode) return 'wrong code';
    throw err;
  }
}
