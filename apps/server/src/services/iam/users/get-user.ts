import { authorize } from '../../../authz/authorize.js';
import { userArn } from '../../../model/arns.js';
import type { ServiceContext } from '../../service-context.js';
import { noSuchEntity } from '../common/errors.js';
import { arnOfUser, targetContext, type UserTarget } from '../common/targets.js';
import { findUserRow } from './find-user-row.js';

/**
 * iam:GetUser — the user with its tags and permissions boundary. As authorizeOnUser does it
 * (a caller without permission is refused on the ARN the user would have at `/`, whether or
 * not it exists), with the user read in one statement: this is the door's hottest read.
 */
export async function getUser(options: { ctx: ServiceContext; userName: string }): Promise<UserTarget> {
  const { ctx, userName } = options;
  const accountId = ctx.principal.accountId;
  const user = await findUserRow(ctx.db, accountId, userName);
  const arn = user ? arnOfUser(user) : userArn(accountId, '/', userName);
  await authorize(ctx, 'iam:GetUser', arn, user ? targetContext('iam:GetUser', user) : {});
  if (!user) throw noSuchEntity('user', userName);
  return user;
}
