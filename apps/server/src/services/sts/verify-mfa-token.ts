import type { Principal } from '../../auth/principal.js';
import {
  reserveSignInAttempt,
  signInAttemptSucceeded,
  signInThrottleKeys,
} from '../../auth/sign-in-throttle.js';
import { AppError } from '../../errors/app-error.js';
import { consumeDeviceCode } from '../credentials/mfa/verify-sign-in-code.js';
import type { ServiceContext } from '../service-context.js';

/**
 * STS's SerialNumber + TokenCode: the code must come from that enabled device of the caller
 * (an IAM user's own, or the root user's), and is consumed, so it is never accepted twice.
 * Returns when the MFA check passed; AccessDenied otherwise, as AWS answers.
 */
export async function verifyMfaToken(
  ctx: ServiceContext,
  caller: Principal,
  serialNumber: string | undefined,
  tokenCode: string | undefined,
): Promise<Date | undefined> {
  if (serialNumber === undefined && tokenCode === undefined) return undefined;
  const denied = () =>
    new AppError('AccessDenied', 'MultiFactorAuthentication failed with invalid MFA one time pass code.');
  if (serialNumber === undefined || tokenCode === undefined || caller.type === 'role-session') throw denied();
  const device = await ctx.db.mfaDevice.findFirst({
    where: {
      serialNumber,
      accountId: caller.accountId,
      enabledAt: { not: null },
      ...(caller.type === 'user' ? { userId: caller.userId } : { userId: null, forRoot: true }),
    },
  });
  // Codes are guessable (10^6 of them): guesses count against the sign-in throttle, per device,
  // before the code is checked, as console MFA codes do.
  const now = ctx.clock();
  const attempt = await reserveSignInAttempt(
    ctx.db,
    now,
    signInThrottleKeys(`mfa:${caller.accountId}`, serialNumber, ctx.request.sourceIp),
  );
  if (!device || !(await consumeDeviceCode(ctx.db, ctx.config, now, device, tokenCode))) throw denied();
  await signInAttemptSucceeded(ctx.db, attempt);
  return now;
}
