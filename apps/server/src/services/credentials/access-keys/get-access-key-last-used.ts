import { authorize } from '../../../authz/authorize.js';
import type { AccessKey } from '../../../db/generated/client.js';
import { AppError } from '../../../errors/app-error.js';
import { rootArn, userArn } from '../../../model/arns.js';
import { authorizeOnUser } from '../../iam/common/targets.js';
import type { ServiceContext } from '../../service-context.js';

export interface AccessKeyUse {
  /** The owner's name; absent for a key of the root user. */
  userName?: string;
  key: AccessKey;
}

function noSuchKey(accessKeyId: string): AppError {
  return new AppError('NoSuchEntity', `the access key \`${accessKeyId}\` cannot be found`);
}

/**
 * iam:GetAccessKeyLastUsed — when, where and for which service a key of the account last
 * signed a request. Authorised on the key's owner (AWS's `user` resource; the root user's ARN
 * for its keys); for a key the account does not have, on the account's users as a whole, so a
 * caller without the permission never learns whether a key exists.
 */
export async function getAccessKeyLastUsed(options: {
  ctx: ServiceContext;
  accessKeyId: string;
}): Promise<AccessKeyUse> {
  const { ctx, accessKeyId } = options;
  const accountId = ctx.principal.accountId;
  const key = await ctx.db.accessKey.findFirst({
    where: { id: accessKeyId, accountId },
    include: { user: { select: { name: true } } },
  });
  const action = 'iam:GetAccessKeyLastUsed';
  if (!key) {
    await authorize(ctx, action, userArn(accountId, '/', '*'));
    throw noSuchKey(accessKeyId);
  }
  const { user, ...row } = key;
  if (!user) {
    await authorize(ctx, action, rootArn(accountId));
    return { key: row };
  }
  const owner = await authorizeOnUser(ctx, user.name, action);
  return { userName: owner.name, key: row };
}
