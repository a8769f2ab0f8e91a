import { authorize } from '../../authz/authorize.js';
import { AppError } from '../../errors/app-error.js';
import type { ServiceContext } from '../service-context.js';

/**
 * sts:GetAccessKeyInfo — the account an access key (AKIA…) or temporary credential (ASIA…)
 * belongs to. Authorised as `sts:GetAccessKeyInfo` on `*`, as AWS documents.
 */
export async function getAccessKeyInfo(options: {
  ctx: ServiceContext;
  accessKeyId: string;
}): Promise<string> {
  const { ctx, accessKeyId } = options;
  await authorize(ctx, 'sts:GetAccessKeyInfo', '*');
  const row =
    (await ctx.db.accessKey.findUnique({ where: { id: accessKeyId }, select: { accountId: true } })) ??
    (await ctx.db.temporaryCredential.findUnique({
      where: { id: accessKeyId },
      select: { accountId: true },
    }));
  if (!row)
    throw new AppError('InvalidInput', `the access key \`${accessKeyId}\` does not exist in this deployment`);
  return row.accountId;
}
