import { recordAuditEvent } from '../../../audit/record-audit-event.js';
import type { AccessKey } from '../../../db/generated/client.js';
import { inTransaction } from '../../../db/in-transaction.js';
import type { ServiceContext } from '../../service-context.js';
import { authorizeOnOwner, type CredentialOwner } from '../credential-owner.js';
import { findOwnedAccessKey } from './find-access-key.js';

/** iam:UpdateAccessKey — Active or Inactive (an inactive key cannot sign requests). */
export async function updateAccessKey(options: {
  ctx: ServiceContext;
  userName?: string;
  accessKeyId: string;
  status: 'Active' | 'Inactive';
}): Promise<{ owner: CredentialOwner; key: AccessKey }> {
  const { ctx } = options;
  const owner = await authorizeOnOwner(ctx, options.userName, 'iam:UpdateAccessKey');
  const key = await inTransaction(ctx, async (tx) => {
    const found = await findOwnedAccessKey(tx, owner, options.accessKeyId);
    const updated = await tx.accessKey.update({ where: { id: found.id }, data: { status: options.status } });
    await recordAuditEvent(tx, ctx, {
      action: 'iam:UpdateAccessKey',
      resource: owner.arn,
      result: 'Success',
      details: { accessKeyId: found.id, status: options.status },
    });
    return updated;
  });
  return { owner, key };
}
