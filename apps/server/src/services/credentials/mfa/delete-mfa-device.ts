import { authorize } from '../../../authz/authorize.js';
import { recordAuditEvent } from '../../../audit/record-audit-event.js';
import { inTransaction } from '../../../db/in-transaction.js';
import type { ServiceContext } from '../../service-context.js';
import { authorizeOnOwner } from '../credential-owner.js';
import { findOwnedMfaDevice } from './find-mfa-device.js';

/**
 * Removes an owner's virtual MFA device: iam:DeactivateMFADevice (on the owner) when it is
 * enabled, then iam:DeleteVirtualMFADevice (on the device), in one transaction.
 */
export async function deleteMfaDevice(options: {
  ctx: ServiceContext;
  userName?: string;
  serialNumber: string;
}): Promise<void> {
  const { ctx } = options;
  const owner = await authorizeOnOwner(ctx, options.userName, 'iam:DeactivateMFADevice');
  const device = await findOwnedMfaDevice(ctx.db, owner, options.serialNumber);
  await authorize(ctx, 'iam:DeleteVirtualMFADevice', device.serialNumber);
  await inTransaction(ctx, async (tx) => {
    await tx.mfaDevice.delete({ where: { serialNumber: device.serialNumber } });
    if (device.enabledAt) {
      await recordAuditEvent(tx, ctx, {
        action: 'iam:DeactivateMFADevice',
        resource: owner.arn,
        result: 'Success',
        details: { serialNumber: device.serialNumber },
      });
    }
    await recordAuditEvent(tx, ctx, {
      action: 'iam:DeleteVirtualMFADevice',
      resource: device.serialNumber,
      result: 'Success',
      details: { owner: owner.arn },
    });
  });
}
