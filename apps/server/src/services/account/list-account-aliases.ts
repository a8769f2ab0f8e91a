import { authorize } from '../../authz/authorize.js';
import type { ServiceContext } from '../service-context.js';

/** iam:ListAccountAliases — the account's alias, if it has one (an account has at most one). */
export async function listAccountAliases(options: { ctx: ServiceContext }): Promise<string[]> {
  const { ctx } = options;
  await authorize(ctx, 'iam:ListAccountAliases', '*');
  const account = await ctx.db.account.findUniqueOrThrow({
    where: { id: ctx.principal.accountId },
    select: { alias: true },
  });
  return account.alias ? [account.alias] : [];
}
