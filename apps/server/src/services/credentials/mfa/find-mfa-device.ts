import type { DbOrTx } from '../../../db/client.js';
import type { MfaDevice } from '../../../db/generated/client.js';
import { AppError } from '../../../errors/app-error.js';
import type { CredentialOwner } from '../credential-owner.js';
import { mfaOwnerWhere } from './mfa-owner.js';

function noSuchDevice(owner: CredentialOwner, serialNumber: string): AppError {
  const whose = owner.userName ? `user \`${owner.userName}\`` : 'the root user';
  return new AppError('NoSuchEntity', `the MFA device \`${serialNumber}\` of ${whose} cannot be found`);
}

/** The owner's device with this serial number, or NoSuchEntity. */
export async function findOwnedMfaDevice(
  db: DbOrTx,
  owner: CredentialOwner,
  serialNumber: string,
): Promise<MfaDevice> {
  const device = await db.mfaDevice.findFirst({ where: { serialNumber, ...mfaOwnerWhere(owner) } });
  if (!device) throw noSuchDevice(owner, serialNumber);
  return device;
}

/** Prisma filter for the account's virtual devices that belong to no one yet (AWS's Unassigned). */
export function unassignedWhere(accountId: string) {
  return { accountId, userId: null, forRoot: false };
}

/**
 * A device the owner may enable: one created for it, or one of the account's unassigned
 * devices (created through AWS's API, or deactivated), which enabling assigns to the owner.
 */
export async function findEnablableMfaDevice(
  db: DbOrTx,
  owner: CredentialOwner,
  serialNumber: string,
): Promise<MfaDevice> {
  const device = await db.mfaDevice.findFirst({
    where: { serialNumber, OR: [mfaOwnerWhere(owner), unassignedWhere(owner.accountId)] },
  });
  if (!device) throw noSuchDevice(owner, serialNumber);
  return device;
}
