import { nameKey } from '../../../db/name-key.js';
import { requestTagContext } from '../../iam/common/tag-context.js';
import { authorize } from '../../../authz/authorize.js';
import { recordAuditEvent } from '../../../audit/record-audit-event.js';
import { base32Encode, newSeed, otpauthUri } from '../../../crypto/totp.js';
import { isUniqueViolation } from '../../../db/unique-violation.js';
import { AppError } from '../../../errors/app-error.js';
import { mfaArn } from '../../../model/arns.js';
import { inTransaction } from '../../../db/in-transaction.js';
import type { ServiceContext } from '../../service-context.js';
import { authorizeOnOwner } from '../credential-owner.js';
import { assertRoomForDevice } from './mfa-quota.js';
import { sealSeed } from './mfa-seed.js';

export interface CreatedVirtualMfaDevice {
  serialNumber: string;
  /** Returned this once; only its ciphertext is stored. */
  base32StringSeed: string;
  otpauthUri: string;
}

/**
 * iam:CreateVirtualMFADevice (on the device's ARN, `mfa<path><name>`). The console creates it
 * for an owner (which also needs iam:EnableMFADevice on the owner), who must then enable it
 * with two codes; at most 8 devices per user. `unassigned` creates it as AWS's API does: a
 * device of the account that EnableMFADevice later assigns to a user.
 */
export async function createVirtualMfaDevice(options: {
  ctx: ServiceContext;
  userName?: string;
  deviceName: string;
  path?: string;
  unassigned?: boolean;
  /** Tags of the device (they also need iam:TagMFADevice, as AWS). */
  tags?: { key: string; value: string }[];
}): Promise<CreatedVirtualMfaDevice> {
  const { ctx, deviceName } = options;
  const accountId = ctx.principal.accountId;
  const tags = options.tags ?? [];
  const serialNumber = mfaArn(accountId, options.path ?? '/', deviceName);
  await authorize(ctx, 'iam:CreateVirtualMFADevice', serialNumber, requestTagContext(tags));
  if (tags.length > 0) await authorize(ctx, 'iam:TagMFADevice', serialNumber, requestTagContext(tags));
  // A device created for one owner: binding it needs what enabling it needs.
  const owner = options.unassigned
    ? undefined
    : await authorizeOnOwner(ctx, options.userName, 'iam:EnableMFADevice');
  const seed = base32Encode(newSeed());
  const account = await ctx.db.account.findUniqueOrThrow({
    where: { id: accountId },
    select: { alias: true },
  });
  try {
    await inTransaction(ctx, async (tx) => {
      if (owner) await assertRoomForDevice(tx, owner);
      await tx.mfaDevice.create({
        data: {
          serialNumber,
          accountId,
          userId: owner?.userId ?? null,
          forRoot: owner?.kind === 'root',
          name: deviceName,
          seedEncrypted: sealSeed(ctx.config, serialNumber, seed),
          createdAt: ctx.clock(),
          tags: {
            create: tags.map((t) => ({ accountId, key: t.key, keyLower: nameKey(t.key), value: t.value })),
          },
        },
      });
      await recordAuditEvent(tx, ctx, {
        action: 'iam:CreateVirtualMFADevice',
        resource: serialNumber,
        result: 'Success',
        details: { owner: owner?.arn ?? null, tagKeys: tags.map((t) => t.key) },
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
  // AWS's label: the user's name, or the device's name while it belongs to no one.
  const who = owner ? (owner.userName ?? 'root') : deviceName;
  const label = `${who}@${account.alias ?? accountId}`;
  return { serialNumber, base32StringSeed: seed, otpauthUri: otpauthUri('Gatehouse', label, seed) };
}
