import type { DbOrTx } from '../../../db/client.js';
import type { MfaDevice } from '../../../db/generated/client.js';
import { AppError } from '../../../errors/app-error.js';
import type { CredentialOwner } from '../credential-owner.js';
import { mfaOwnerWhere } from './mfa-owner.js';

/** The owner's device with this serial number, or NoSuchEntity. */
export async function findOwnedMfaDevice(
  db: DbOrTx,
  owner: CredentialOwner,
  serialNumber: string,
): Promise<MfaDevice> {
  const device = await db.mfaDevice.findFirst({ where: { serialNumber, ...mfaOwnerWhere(owner) } });
  if (!device) {
    const whose = owner.userName ? `user \`${owner.userName}\`` : 'the root user';
    throw new AppError('NoSuchEntity', `the MFA device \`${serialNumber}\` of ${whose} cannot be found`);
  }
  return device;
}
