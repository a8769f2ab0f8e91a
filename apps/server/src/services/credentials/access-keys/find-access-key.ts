import type { DbOrTx } from '../../../db/client.js';
import type { AccessKey } from '../../../db/generated/client.js';
import { AppError } from '../../../errors/app-error.js';
import { ownerWhere, type CredentialOwner } from '../credential-owner.js';

/** The owner's key with this id, or NoSuchEntity (a key of someone else is not found either). */
export async function findOwnedAccessKey(
  db: DbOrTx,
  owner: CredentialOwner,
  accessKeyId: string,
): Promise<AccessKey> {
  const key = await db.accessKey.findFirst({ where: { id: accessKeyId, ...ownerWhere(owner) } });
  if (!key) {
    const whose = owner.userName ? `user \`${owner.userName}\`` : 'the root user';
    throw new AppError('NoSuchEntity', `the access key \`${accessKeyId}\` of ${whose} cannot be found`);
  }
  return key;
}
