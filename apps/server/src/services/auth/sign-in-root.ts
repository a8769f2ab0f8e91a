import { verifyAgainstDummy, verifyPassword } from '../../auth/password-hash.js';
import type { Principal } from '../../auth/principal.js';
import { createSession, type SessionTokens } from '../../auth/sessions.js';
import {
  assertNotThrottled,
  accountNameThrottleKey,
  clearSignInFailures,
  ipThrottleKey,
} from '../../auth/sign-in-throttle.js';
import { recordAuditEvent } from '../../audit/record-audit-event.js';
import { rootArn } from '../../model/arns.js';
import type { PublicContext } from '../service-context.js';
import { signInFailed } from './sign-in-failure.js';

export interface SignInResult {
  principal: Principal;
  session: SessionTokens;
}

/** Root sign-in by email and password. */
export async function signInRoot(options: {
  ctx: PublicContext;
  email: string;
  password: string;
}): Promise<SignInResult> {
  const { ctx } = options;
  const email = options.email.trim().toLowerCase();
  const keys = [accountNameThrottleKey('root', email), ipThrottleKey(ctx.request.sourceIp)];
  await assertNotThrottled(ctx.db, ctx.clock(), keys);

  const account = await ctx.db.account.findUnique({ where: { rootEmail: email } });
  const ok = account
    ? await verifyPassword(account.rootPasswordHash, options.password)
    : await verifyAgainstDummy(options.password);
  if (!account || !ok) {
    throw await signInFailed({
      ctx,
      keys,
      accountId: account?.id ?? null,
      attemptedArn: account ? rootArn(account.id) : null,
      reason: account ? 'wrong password' : 'unknown root email',
    });
  }

  const principal: Principal = { type: 'root', accountId: account.id, arn: rootArn(account.id), email };
  const now = ctx.clock();
  const session = await ctx.db.$transaction(async (tx) => {
    await clearSignInFailures(tx, keys[0]!);
    await recordAuditEvent(tx, ctx, {
      action: 'signin:ConsoleLogin',
      result: 'Success',
      accountId: account.id,
      principalArn: principal.arn,
    });
    return createSession(tx, ctx.config, now, {
      accountId: account.id,
      sourceIp: ctx.request.sourceIp,
      userAgent: ctx.request.userAgent,
    });
  });
  return { principal, session };
}
