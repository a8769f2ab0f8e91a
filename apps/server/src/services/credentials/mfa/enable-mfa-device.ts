import { recordAuditEvent } from '../../../audit/record-audit-event.js';
import { timeStep } from '../../../crypto/totp.js';
import { AppError } from '../../../errors/app-error.js';
import { inTransaction } from '../../../db/in-transaction.js';
import type { ServiceContext } from '../../service-context.js';
import { authorizeOnOwner } from '../credential-owner.js';
import { verifyConsecutiveCodes } from './consecutive-codes.js';
import { findEnablableMfaDevice } from './find-mfa-device.js';
import { assertRoomForDevice } from './mfa-quota.js';
import { openSeed } from './mfa-seed.js';

export interface MfaCodes {
  ctx: ServiceContext;
  userName?: string;
  serialNumber: string;
  authenticationCode1: string;
  authenticationCode2: string;
}

/**
 * iam:EnableMFADevice — two consecutive codes prove the owner's app holds the seed. An
 * unassigned device (AWS's CreateVirtualMFADevice) becomes the owner's, within its 8 devices.
 */
export async function enableMfaDevice(options: MfaCodes): Promise<void> {
  const { ctx } = options;
  const owner = await authorizeOnOwner(ctx, options.userName, 'iam:EnableMFADevice');
  const device = await findEnablableMfaDevice(ctx.db, owner, options.serialNumber);
  const assigning = device.userId === null && !device.forRoot;
  if (device.enabledAt) {
    throw new AppError('EntityAlreadyExists', `the MFA device \`${device.serialNumber}\` is already enabled`);
  }
  const now = ctx.clock();
  // The codes were typed one after the other: allow a few steps of typing time and drift.
  const step = verifyConsecutiveCodes(
    openSeed(ctx.config, device),
    options.authenticationCode1,
    options.authenticationCode2,
    now,
    {
      window: 4,
    },
  );
  await inTransaction(ctx, async (tx) => {
    if (assigning) await assertRoomForDevice(tx, owner);
    const updated = await tx.mfaDevice.updateMany({
      where: {
        serialNumber: device.serialNumber,
        enabledAt: null,
        userId: device.userId,
        forRoot: device.forRoot,
      },
      data: {
        enabledAt: now,
        lastUsedStep: BigInt(Math.max(step, timeStep(now))),
        userId: owner.userId,
        forRoot: owner.kind === 'root',
      },
    });
    if (updated.count !== 1)
      throw new AppError('ConcurrentModification', 'the MFA device changed: try again');
    await recordAuditEvent(tx, ctx, {
      action: 'iam:EnableMFADevice',
      resource: owner.arn,
      result: 'Success',
      details: { serialNumber: device.serialNumber },
    });
  });
}
