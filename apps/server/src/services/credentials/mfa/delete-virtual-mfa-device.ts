import { authorize } from '../../../authz/authorize.js';
import { recordAuditEvent } from '../../../audit/record-audit-event.js';
import { AppError } from '../../../errors/app-error.js';
import { inTransaction } from '../../../db/in-transaction.js';
import type { ServiceContext } from '../../service-context.js';

/**
 * iam:DeleteVirtualMFADevice (on the device's ARN) — AWS's API: only a device no one has
 * enabled; an enabled one is DeleteConflict until DeactivateMFADevice.
 */
export async function deleteVirtualMfaDevice(options: {
  ctx: ServiceContext;
  serialNumber: string;
}): Promise<void> {
  const { ctx, serialNumber } = options;
  await authorize(ctx, 'iam:DeleteVirtualMFADevice', serialNumber);
  await inTransaction(ctx, async (tx) => {
    const device = await tx.mfaDevice.findFirst({
      where: { serialNumber, accountId: ctx.principal.accountId },
    });
    if (!device) {
      throw new AppError('NoSuchEntity', `the MFA device \`${serialNumber}\` cannot be found`);
    }
    if (device.enabledAt) {
      throw new AppError(
        'DeleteConflict',
        `the MFA device \`${serialNumber}\` is enabled: deactivate it before deleting it`,
      );
    }
    await tx.mfaDevice.delete({ where: { serialNumber } });
    await recordAuditEvent(tx, ctx, {
      action: 'iam:DeleteVirtualMFADevice',
      resource: serialNumber,
      result: 'Success',
    });
  });
}
