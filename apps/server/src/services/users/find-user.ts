import type { ServiceContext } from '../service-context.js';
import { authorize } from '../../authz/authorize.js';
import { nameKey } from '../../db/name-key.js';
import type { DbOrTx } from '../../db/client.js';
import type { User } from '../../db/generated/client.js';
import { AppError } from '../../errors/app-error.js';
import { userArn } from '../../model/arns.js';

/** The user named `userName` (case-insensitively, as IAM names are) in the account, or null. */
export function findUserByName(db: DbOrTx, accountId: string, userName: string): Promise<User | null> {
  return db.user.findUnique({ where: { accountId_nameLower: { accountId, nameLower: nameKey(userName) } } });
}

export function noSuchUser(userName: string): AppError {
  return new AppError('NoSuchEntity', `the user with name \`${userName}\` cannot be found`);
}

/**
 * Looks the user up and authorises `action` on its ARN, in that order of visibility: a caller
 * without permission gets AccessDenied (on `user/<name>`) whether or not the user exists, so
 * existence does not leak; a permitted caller gets NoSuchEntity for a missing user.
 */
export async function authorizeOnUser(ctx: ServiceContext, userName: string, action: string): Promise<User> {
  const user = await findUserByName(ctx.db, ctx.principal.accountId, userName);
  const arn = user
    ? userArn(user.accountId, user.path, user.name)
    : userArn(ctx.principal.accountId, '/', userName);
  await authorize(ctx, action, arn);
  if (!user) throw noSuchUser(userName);
  return user;
}
