import { authorize } from '../../../authz/authorize.js';
import { bumpAuthzVersion } from '../../../authz/bump-authz-version.js';
import { recordAuditEvent } from '../../../audit/record-audit-event.js';
import { nameKey } from '../../../db/name-key.js';
import { isUniqueViolation } from '../../../db/unique-violation.js';
import { userArn } from '../../../model/arns.js';
import type { ServiceContext } from '../../service-context.js';
import { alreadyExists, noSuchEntity } from '../common/errors.js';
import { arnOfUser, authorizeOnUser, findUser, targetContext, type UserTarget } from '../common/targets.js';
import { inTransaction } from '../../../db/in-transaction.js';

export interface UpdateUserOptions {
  ctx: ServiceContext;
  userName: string;
  newUserName?: string;
  newPath?: string;
}

/**
 * iam:UpdateUser — renames and/or moves a user. As in AWS, the caller needs the permission on
 * both the current ARN and the new one (renaming Bob to Robert needs both `user/Bob` and
 * `user/Robert`). The user's ARN feeds policy conditions, so cached policy sets are dropped.
 */
export async function updateUser(options: UpdateUserOptions): Promise<UserTarget> {
  const { ctx } = options;
  const user = await authorizeOnUser(ctx, options.userName, 'iam:UpdateUser');
  const name = options.newUserName ?? user.name;
  const path = options.newPath ?? user.path;
  const before = arnOfUser(user);
  const after = userArn(user.accountId, path, name);
  if (after !== before) await authorize(ctx, 'iam:UpdateUser', after, targetContext('iam:UpdateUser', user));

  try {
    return await inTransaction(ctx, async (tx) => {
      const { count } = await tx.user.updateMany({
        where: { id: user.id },
        data: { name, nameLower: nameKey(name), path },
      });
      if (count === 0) throw noSuchEntity('user', options.userName);
      await bumpAuthzVersion(tx, user.accountId);
      await recordAuditEvent(tx, ctx, {
        action: 'iam:UpdateUser',
        resource: before,
        result: 'Success',
        details: { userName: user.name, newUserName: name, path: user.path, newPath: path, newArn: after },
      });
      return (await findUser(tx, user.accountId, name))!;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw alreadyExists('user', name, err);
    throw err;
  }
}
