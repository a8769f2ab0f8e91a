import { recordAuditEvent } from '../../../audit/record-audit-event.js';
import { AppError } from '../../../errors/app-error.js';
import { inTransaction } from '../../../db/in-transaction.js';
import type { ServiceContext } from '../../service-context.js';
import { authorizeOnOwner } from '../credential-owner.js';
import { findOwnedMfaDevice } from './find-mfa-device.js';

/**
 * iam:DeactivateMFADevice (on the owner) — AWS's API: the owner stops using the device, which
 * stays in the account unassigned until DeleteVirtualMFADevice or another EnableMFADevice.
 * (The console removes a device in one step instead: deleteMfaDevice.)
 */
export async function deactivateMfaDevice(options: {
  ctx: ServiceContext;
  userName?: string;
  serialNumber: string;
}): Promise<void> {
  const { ctx } = options;
  const owner = await authorizeOnOwner(ctx, options.userName, 'iam:DeactivateMFADevice');
  const device = await findOwnedMfaDevice(ctx.db, owner, options.serialNumber);
  if (!device.enabledAt) {
    throw new AppError('NoSuchEntity', `the MFA device \`${device.serialNumber}\` is not enabled`);
  }
  await inTransaction(ctx, async (tx) => {
    const updated = await tx.mfaDevice.updateMany({
      where: { serialNumber: device.serialNumber, enabledAt: { not: null } },
      data: { enabledAt: null, userId: null, forRoot: false, lastUsedStep: null },
    });
    if (updated.count !== 1)
      throw new AppError('ConcurrentModification', 'the MFA device changed: try again');
    await recordAuditEvent(tx, ctx, {
      action: 'iam:DeactivateMFADevice',
      resource: owner.arn,
      result: 'Success',
      details: { serialNumber: device.serialNumber },
    });
  });
}
