import type { Tx } from '../../../db/client.js';
import { AppError } from '../../../errors/app-error.js';
import { QUOTAS } from '../../../model/quotas.js';
import { lockRow } from '../../iam/common/lock-row.js';
import type { CredentialOwner } from '../credential-owner.js';
import { mfaOwnerWhere } from './mfa-owner.js';

/**
 * LimitExceeded when the owner already has AWS's 8 MFA devices. The user's row is locked first,
 * so two requests in parallel cannot both take the last place.
 */
export async function assertRoomForDevice(tx: Tx, owner: CredentialOwner): Promise<void> {
  if (owner.kind === 'user') await lockRow(tx, 'User', owner.userId);
  const existing = await tx.mfaDevice.count({ where: mfaOwnerWhere(owner) });
  if (existing >= QUOTAS.mfaDevicesPerUser) {
    throw new AppError(
      'LimitExceeded',
      `cannot exceed quota for MFADevicesPerUser: ${QUOTAS.mfaDevicesPerUser}`,
    );
  }
}
