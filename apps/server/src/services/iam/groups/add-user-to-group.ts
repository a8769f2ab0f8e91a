import { bumpAuthzVersion } from '../../../authz/bump-authz-version.js';
import { recordAuditEvent } from '../../../audit/record-audit-event.js';
import { AppError } from '../../../errors/app-error.js';
import { QUOTAS } from '../../../model/quotas.js';
import type { ServiceContext } from '../../service-context.js';
import { noSuchEntity } from '../common/errors.js';
import { lockRow } from '../common/lock-row.js';
import { arnOfGroup, authorizeOnGroup, findUser } from '../common/targets.js';
import { inTransaction } from '../../../db/in-transaction.js';

/**
 * iam:AddUserToGroup (on the group's ARN). Adding a member twice is a no-op, as in AWS; a user
 * in 10 groups already gets LimitExceeded. The user's row is locked while counting, so
 * concurrent adds cannot pass the quota together.
 */
export async function addUserToGroup(options: { ctx: ServiceContext; groupName: string; userName: string }) {
  const { ctx } = options;
  const group = await authorizeOnGroup(ctx, options.groupName, 'iam:AddUserToGroup');
  const user = await findUser(ctx.db, group.accountId, options.userName);
  if (!user) throw noSuchEntity('user', options.userName);

  await inTransaction(ctx, async (tx) => {
    if (!(await lockRow(tx, 'User', user.id))) throw noSuchEntity('user', options.userName);
    const key = { groupId_userId: { groupId: group.id, userId: user.id } };
    if (await tx.groupMembership.findUnique({ where: key })) return;
    const groups = await tx.groupMembership.count({ where: { userId: user.id } });
    if (groups >= QUOTAS.groupsPerUser) {
      throw new AppError(
        'LimitExceeded',
        `user \`${user.name}\` is already in ${groups} groups, the most a user can be in (${QUOTAS.groupsPerUser})`,
      );
    }
    await tx.groupMembership.create({
      data: { accountId: group.accountId, groupId: group.id, userId: user.id },
    });
    await bumpAuthzVersion(tx, group.accountId);
    await recordAuditEvent(tx, ctx, {
      action: 'iam:AddUserToGroup',
      resource: arnOfGroup(group),
      result: 'Success',
      details: { groupName: group.name, userName: user.name },
    });
  });
}
