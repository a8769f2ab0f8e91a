import { authorize } from '../../../authz/authorize.js';
import { recordAuditEvent } from '../../../audit/record-audit-event.js';
import { base32Encode, newSeed, otpauthUri } from '../../../crypto/totp.js';
import { isUniqueViolation } from '../../../db/unique-violation.js';
import { AppError } from '../../../errors/app-error.js';
import { mfaArn } from '../../../model/arns.js';
import { QUOTAS } from '../../../model/quotas.js';
import { lockRow } from '../../iam/common/lock-row.js';
import { inTransaction } from '../../iam/common/transaction.js';
import type { ServiceContext } from '../../service-context.js';
import { authorizeOnOwner } from '../credential-owner.js';
import { sealSeed } from './mfa-seed.js';
import { mfaOwnerWhere } from './mfa-owner.js';

export interface CreatedVirtualMfaDevice {
  serialNumber: string;
  /** Returned this once; only its ciphertext is stored. */
  base32StringSeed: string;
  otpauthUri: string;
}

/**
 * iam:CreateVirtualMFADevice (on the device's ARN, `mfa/<name>`) for an owner (which also needs
 * iam:EnableMFADevice on the owner), who must then enable it with two codes. At most 8 devices
 * per user.
 */
export async function createVirtualMfaDevice(options: {
  ctx: ServiceContext;
  userName?: string;
  deviceName: string;
}): Promise<CreatedVirtualMfaDevice> {
  const { ctx, deviceName } = options;
  const accountId = ctx.principal.accountId;
  const serialNumber = mfaArn(accountId, '/', deviceName);
  await authorize(ctx, 'iam:CreateVirtualMFADevice', serialNumber);
  // The device is created for one owner: binding it needs what enabling it needs.
  const owner = await authorizeOnOwner(ctx, options.userName, 'iam:EnableMFADevice');
  const seed = base32Encode(newSeed());
  const account = await ctx.db.account.findUniqueOrThrow({
    where: { id: accountId },
    select: { alias: true },
  });
  try {
    await inTransaction(ctx, async (tx) => {
      if (owner.kind === 'user') await lockRow(tx, 'User', owner.userId);
      const existing = await tx.mfaDevice.count({ where: mfaOwnerWhere(owner) });
      if (existing >= QUOTAS.mfaDevicesPerUser) {
        throw new AppError(
          'LimitExceeded',
          `cannot exceed quota for MFADevicesPerUser: ${QUOTAS.mfaDevicesPerUser}`,
        );
      }
      await tx.mfaDevice.create({
        data: {
          serialNumber,
          accountId,
          userId: owner.userId,
          forRoot: owner.kind === 'root',
          name: deviceName,
          seedEncrypted: sealSeed(ctx.config, serialNumber, seed),
          createdAt: ctx.clock(),
        },
      });
      await recordAuditEvent(tx, ctx, {
        action: 'iam:CreateVirtualMFADevice',
        resource: serialNumber,
        result: 'Success',
        details: { owner: owner.arn },
      });
    });
  } catch (err) {
    if (isUniqueViolation(err)) {
      throw new AppError(
        'EntityAlreadyExists',
        `an MFA device named \`${deviceName}\` already exists in this account`,
        {
          cause: err,
          fieldErrors: [{ path: 'deviceName', message: 'this name is taken' }],
        },
      );
    }
    throw err;
  }
  const label = `${owner.userName ?? 'root'}@${account.alias ?? accountId}`;
  return { serialNumber, base32StringSeed: seed, otpauthUri: otpauthUri('Gatehouse', label, seed) };
}
