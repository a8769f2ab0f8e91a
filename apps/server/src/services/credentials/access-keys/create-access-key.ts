import { recordAuditEvent } from '../../../audit/record-audit-event.js';
import type { Tx } from '../../../db/client.js';
import type { AccessKey } from '../../../db/generated/client.js';
import { AppError } from '../../../errors/app-error.js';
import { QUOTAS } from '../../../model/quotas.js';
import { newUniqueId } from '../../../model/unique-ids.js';
import { lockRow } from '../../iam/common/lock-row.js';
import { inTransaction } from '../../../db/in-transaction.js';
import type { ServiceContext } from '../../service-context.js';
import { authorizeOnOwner, ownerWhere, type CredentialOwner } from '../credential-owner.js';
import { newSecretAccessKey, sealAccessKeySecret } from './access-key-secret.js';

export interface CreatedAccessKey {
  owner: CredentialOwner;
  key: AccessKey;
  /** Returned this once; only its ciphertext is stored. */
  secretAccessKey: string;
}

/** Holds the owner's row so concurrent creates cannot both pass the quota check. */
async function lockOwner(tx: Tx, owner: CredentialOwner): Promise<void> {
  if (owner.kind === 'user') {
    if (!(await lockRow(tx, 'User', owner.userId))) {
      throw new AppError('NoSuchEntity', `the user with name \`${owner.userName}\` cannot be found`);
    }
  } else {
    await tx.$queryRaw`SELECT "id" FROM "Account" WHERE "id" = ${owner.accountId} FOR UPDATE`;
  }
}

/** iam:CreateAccessKey — at most 2 keys per user (AWS's quota); the secret is shown once. */
export async function createAccessKey(options: {
  ctx: ServiceContext;
  userName?: string;
}): Promise<CreatedAccessKey> {
  const { ctx } = options;
  const owner = await authorizeOnOwner(ctx, options.userName, 'iam:CreateAccessKey');
  const id = newUniqueId('accessKey');
  const secretAccessKey = newSecretAccessKey();
  const secretEncrypted = sealAccessKeySecret(ctx.config, id, secretAccessKey);
  const key = await inTransaction(ctx, async (tx) => {
    await lockOwner(tx, owner);
    const existing = await tx.accessKey.count({ where: ownerWhere(owner) });
    if (existing >= QUOTAS.accessKeysPerUser) {
      throw new AppError(
        'LimitExceeded',
        `cannot exceed quota for AccessKeysPerUser: ${QUOTAS.accessKeysPerUser}`,
        { details: { quota: QUOTAS.accessKeysPerUser } },
      );
    }
    const created = await tx.accessKey.create({
      data: { id, ...ownerWhere(owner), secretEncrypted, createdAt: ctx.clock() },
    });
    await recordAuditEvent(tx, ctx, {
      action: 'iam:CreateAccessKey',
      resource: owner.arn,
      result: 'Success',
      details: { accessKeyId: id, ...(owner.userName ? { userName: owner.userName } : { rootKey: true }) },
    });
    return created;
  });
  return { owner, key, secretAccessKey };
}
