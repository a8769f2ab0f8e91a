import { authorize } from '../../../authz/authorize.js';
import { recordAuditEvent } from '../../../audit/record-audit-event.js';
import { AppError } from '../../../errors/app-error.js';
import { inTransaction } from '../../../db/in-transaction.js';
import type { ServiceContext } from '../../service-context.js';

/** iam:DeleteAccountPasswordPolicy — AWS's default rules apply again. */
export async function deletePasswordPolicy(options: { ctx: ServiceContext }): Promise<void> {
  const { ctx } = options;
  await authorize(ctx, 'iam:DeleteAccountPasswordPolicy', '*');
  await inTransaction(ctx, async (tx) => {
    const deleted = await tx.passwordPolicy.deleteMany({ where: { accountId: ctx.principal.accountId } });
    if (deleted.count === 0) {
      throw new AppError(
        'NoSuchEntity',
        'the account has no password policy: the default rules already apply',
      );
    }
    await recordAuditEvent(tx, ctx, {
      action: 'iam:DeleteAccountPasswordPolicy',
      resource: '*',
      result: 'Success',
    });
  });
}
