import { hotp, matchStep } from '../../../crypto/totp.js';
import { AppError } from '../../../errors/app-error.js';

/**
 * The time step of the second of two consecutive codes (EnableMFADevice, ResyncMFADevice), or
 * InvalidAuthenticationCode as AWS names it (sent as InvalidInput). `window` steps of drift
 * are tolerated either side of now; steps at or before `notAfter` were used already.
 */
export function verifyConsecutiveCodes(
  seed: Buffer,
  code1: string,
  code2: string,
  now: Date,
  options: { window: number; notAfter?: number },
): number {
  let from = options.notAfter;
  for (;;) {
    const step = matchStep(seed, code1, now, { window: options.window, notAfter: from });
    if (step === undefined) break;
    if (hotp(seed, step + 1) === code2) return step + 1;
    from = step;
  }
  throw new AppError(
    'InvalidInput',
    'the authentication codes are not valid: enter two consecutive codes from the device',
    {
      fieldErrors: [{ path: 'authenticationCode1', message: 'not two consecutive codes of this device' }],
      details: { awsErrorCode: 'InvalidAuthenticationCode' },
    },
  );
}
