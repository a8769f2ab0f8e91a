import { recordAuditEvent } from '../../../audit/record-audit-event.js';
import { AppError } from '../../../errors/app-error.js';
import { inTransaction } from '../../../db/in-transaction.js';
import { authorizeOnOwner } from '../credential-owner.js';
import { verifyConsecutiveCodes } from './consecutive-codes.js';
import type { MfaCodes } from './enable-mfa-device.js';
import { findOwnedMfaDevice } from './find-mfa-device.js';
import { openSeed } from './mfa-seed.js';

// Resync exists for devices whose clock drifted: look further (±5 minutes) than sign-in does.
const RESYNC_WINDOW = 10;

/** iam:ResyncMFADevice — two consecutive codes bring the device back in step. */
export async function resyncMfaDevice(options: MfaCodes): Promise<void> {
  const { ctx } = options;
  const owner = await authorizeOnOwner(ctx, options.userName, 'iam:ResyncMFADevice');
  const device = await findOwnedMfaDevice(ctx.db, owner, options.serialNumber);
  if (!device.enabledAt) {
    throw new AppError(
      'InvalidInput',
      `the MFA device \`${device.serialNumber}\` is not enabled: enable it instead`,
    );
  }
  const step = verifyConsecutiveCodes(
    openSeed(ctx.config, device),
    options.authenticationCode1,
    options.authenticationCode2,
    ctx.clock(),
    {
      window: RESYNC_WINDOW,
      notAfter: device.lastUsedStep === null ? undefined : Number(device.lastUsedStep),
    },
  );
  await inTransaction(ctx, async (tx) => {
    await tx.mfaDevice.update({
      where: { serialNumber: device.serialNumber },
      data: { lastUsedStep: BigInt(step) },
    });
    await recordAuditEvent(tx, ctx, {
      action: 'iam:ResyncMFADevice',
      resource: owner.arn,
      result: 'Success',
      details: { serialNumber: device.serialNumber },
    });
  });
}
