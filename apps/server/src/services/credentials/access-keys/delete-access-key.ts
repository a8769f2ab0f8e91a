import { recordAuditEvent } from '../../../audit/record-audit-event.js';
import { inTransaction } from '../../../db/in-transaction.js';
import type { ServiceContext } from '../../service-context.js';
import { authorizeOnOwner } from '../credential-owner.js';
import { findOwnedAccessKey } from './find-access-key.js';

/** iam:DeleteAccessKey. */
export async function deleteAccessKey(options: {
  ctx: ServiceContext;
  userName?: string;
  accessKeyId: string;
}): Promise<void> {
  const { ctx } = options;
  const owner = await authorizeOnOwner(ctx, options.userName, 'iam:DeleteAccessKey');
  await inTransaction(ctx, async (tx) => {
    const found = await findOwnedAccessKey(tx, owner, options.accessKeyId);
    await tx.accessKey.delete({ where: { id: found.id } });
    await recordAuditEvent(tx, ctx, {
      action: 'iam:DeleteAccessKey',
      resource: owner.arn,
      result: 'Success',
      details: { accessKeyId: found.id },
    });
  });
}
