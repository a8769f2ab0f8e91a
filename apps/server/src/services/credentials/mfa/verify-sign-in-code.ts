import type { Config } from '../../../config.js';
import type { DbOrTx } from '../../../db/client.js';
import type { MfaDevice } from '../../../db/generated/client.js';
import { matchStep } from '../../../crypto/totp.js';
import { openSeed } from './mfa-seed.js';
import { principalMfaWhere } from './mfa-owner.js';

/** Whether the principal has an enabled MFA device (then sign-in takes a second step). */
export async function hasEnabledMfaDevice(db: DbOrTx, accountId: string, userId?: string): Promise<boolean> {
  const count = await db.mfaDevice.count({
    where: { ...principalMfaWhere(accountId, userId), enabledAt: { not: null } },
  });
  return count > 0;
}

/**
 * Checks a code against the principal's enabled devices and, when it matches, records its time
 * step in the same statement that checks the last one, so a code is never accepted twice, not
 * even by two requests racing.
 */
export async function consumeSignInCode(
  db: DbOrTx,
  config: Config,
  now: Date,
  principal: { accountId: string; userId?: string },
  code: string,
): Promise<boolean> {
  const devices = await db.mfaDevice.findMany({
    where: { ...principalMfaWhere(principal.accountId, principal.userId), enabledAt: { not: null } },
  });
  for (const device of devices) {
    if (await consumeDeviceCode(db, config, now, device, code)) return true;
  }
  return false;
}

/**
 * Checks a code against one device and, when it matches, records its time step in the same
 * statement that checks the last one: a code is accepted once, even by two racing requests.
 */
export async function consumeDeviceCode(
  db: DbOrTx,
  config: Config,
  now: Date,
  device: MfaDevice,
  code: string,
): Promise<boolean> {
  const last = device.lastUsedStep === null ? undefined : Number(device.lastUsedStep);
  const step = matchStep(openSeed(config, device), code, now, { window: 1, notAfter: last });
  if (step === undefined) return false;
  const updated = await db.mfaDevice.updateMany({
    where: {
      serialNumber: device.serialNumber,
      OR: [{ lastUsedStep: null }, { lastUsedStep: { lt: BigInt(step) } }],
    },
    data: { lastUsedStep: BigInt(step) },
  });
  return updated.count === 1;
}
