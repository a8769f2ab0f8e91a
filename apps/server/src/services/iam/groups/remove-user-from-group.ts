import { bumpAuthzVersion } from '../../../authz/bump-authz-version.js';
import { recordAuditEvent } from '../../../audit/record-audit-event.js';
import { AppError } from '../../../errors/app-error.js';
import type { ServiceContext } from '../../service-context.js';
import { noSuchEntity } from '../common/errors.js';
import { arnOfGroup, authorizeOnGroup, findUser } from '../common/targets.js';
import { inTransaction } from '../../../db/in-transaction.js';

/** iam:RemoveUserFromGroup (on the group's ARN); NoSuchEntity when the user is not a member. */
export async function removeUserFromGroup(options: {
  ctx: ServiceContext;
  groupName: string;
  userName: string;
}) {
  const { ctx } = options;
  const group = await authorizeOnGroup(ctx, options.groupName, 'iam:RemoveUserFromGroup');
  const user = await findUser(ctx.db, group.accountId, options.userName);
  if (!user) throw noSuchEntity('user', options.userName);
  await inTransaction(ctx, async (tx) => {
    const { count } = await tx.groupMembership.deleteMany({ where: { groupId: group.id, userId: user.id } });
    if (count === 0) {
      throw new AppError('NoSuchEntity', `user \`${user.name}\` is not a member of group \`${group.name}\``);
    }
    await bumpAuthzVersion(tx, group.accountId);
    await recordAuditEvent(tx, ctx, {
      action: 'iam:RemoveUserFromGroup',
      resource: arnOfGroup(group),
      result: 'Success',
      details: { groupName: group.name, userName: user.name },
    });
  });
}
