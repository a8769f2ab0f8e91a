import { AppError } from '../../errors/app-error.js';
import type { PublicContext } from '../service-context.js';

/**
 * What the IAM sign-in page shows for `/signin/<alias or id>`. Public, as AWS's sign-in URLs
 * are: it confirms that an alias exists, never anything about users.
 */
export async function getSigninInfo(options: {
  ctx: PublicContext;
  aliasOrId: string;
}): Promise<{ accountId: string; alias: string | null }> {
  const ref = options.aliasOrId.trim().toLowerCase();
  const account = await options.ctx.db.account.findFirst({
    where: /^\d{12}$/.test(ref) ? { id: ref } : { alias: ref },
    select: { id: true, alias: true },
  });
  if (!account) throw new AppError('NoSuchEntity', `no account has the alias or id \`${options.aliasOrId}\``);
  return { accountId: account.id, alias: account.alias };
}
