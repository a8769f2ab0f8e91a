import { authorize } from '../../authz/authorize.js';
import { recordAuditEvent } from '../../audit/record-audit-event.js';
import { AppError } from '../../errors/app-error.js';
import type { ServiceContext } from '../service-context.js';

/**
 * iam:DeleteAccountAlias — IAM users then sign in with the account id. `alias`, when given (as
 * AWS's API requires), must be the account's: another is NoSuchEntity.
 */
export async function deleteAccountAlias(options: { ctx: ServiceContext; alias?: string }): Promise<void> {
  const { ctx } = options;
  await authorize(ctx, 'iam:DeleteAccountAlias', '*');
  const accountId = ctx.principal.accountId;
  await ctx.db.$transaction(async (tx) => {
    const account = await tx.account.findUniqueOrThrow({ where: { id: accountId }, select: { alias: true } });
    if (!account.alias) throw new AppError('NoSuchEntity', 'the account has no alias');
    if (options.alias !== undefined && options.alias !== account.alias) {
      throw new AppError('NoSuchEntity', `the account has no alias \`${options.alias}\``);
    }
    await tx.account.update({ where: { id: accountId }, data: { alias: null } });
    await recordAuditEvent(tx, ctx, {
      action: 'iam:DeleteAccountAlias',
      resource: '*',
      result: 'Success',
      details: { alias: account.alias },
    });
  });
}
