import {
  accountNameThrottleKey,
  assertNotThrottled,
  ipThrottleKey,
  type ThrottleKey,
} from '../../../auth/sign-in-throttle.js';
import { AppError } from '../../../errors/app-error.js';
import { rootArn, userArn } from '../../../model/arns.js';
import { signInFailed } from '../../auth/sign-in-failure.js';
import { startIamUserSession } from '../../auth/sign-in-iam-user.js';
import { startRootSession, type SignInResult } from '../../auth/sign-in-root.js';
import type { PublicContext } from '../../service-context.js';
import { readMfaToken } from './mfa-sign-in-token.js';
import { consumeSignInCode } from './verify-sign-in-code.js';

function signInExpired(): AppError {
  return new AppError('NotAuthenticated', 'your sign-in has expired: enter your password again');
}

/**
 * The second sign-in step: the token from the password step and a code from an enabled MFA
 * device. A wrong code counts as a failed sign-in (throttled and audited like a wrong password).
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

  const nameKey: ThrottleKey = user
    ? accountNameThrottleKey(account.id, user.name)
    : accountNameThrottleKey('root', account.rootEmail);
  const keys = [nameKey, ipThrottleKey(ctx.request.sourceIp)];
  await assertNotThrottled(ctx.db, now, keys);
  const ok = await consumeSignInCode(ctx.db, ctx.config, now, pending, options.code);
  if (!ok) {
    throw await signInFailed({
      ctx,
      keys,
      accountId: account.id,
      attemptedArn: user ? userArn(account.id, user.path, user.name) : rootArn(account.id),
      reason: 'wrong MFA code',
    });
  }
  if (user?.loginProfile) {
    return startIamUserSession(ctx, { account, user, profile: user.loginProfile }, nameKey, now);
  }
  return startRootSession(ctx, account.id, nameKey, now);
}
