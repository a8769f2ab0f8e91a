import { authorize } from '../../../authz/authorize.js';
import { recordAuditEvent } from '../../../audit/record-audit-event.js';
import type { Group } from '../../../db/generated/client.js';
import { nameKey } from '../../../db/name-key.js';
import { isUniqueViolation } from '../../../db/unique-violation.js';
import { groupArn } from '../../../model/arns.js';
import { newUniqueId } from '../../../model/unique-ids.js';
import type { ServiceContext } from '../../service-context.js';
import { alreadyExists } from '../common/errors.js';
import { inTransaction } from '../../../db/in-transaction.js';

/** iam:CreateGroup on the new group's ARN; names unique per account without regard to case. */
export async function createGroup(options: {
  ctx: ServiceContext;
  groupName: string;
  path?: string;
}): Promise<Group> {
  const { ctx, groupName } = options;
  const accountId = ctx.principal.accountId;
  const path = options.path ?? '/';
  const arn = groupArn(accountId, path, groupName);
  await authorize(ctx, 'iam:CreateGroup', arn);
  try {
    return await inTransaction(ctx, async (tx) => {
      const group = await tx.group.create({
        data: {
          id: newUniqueId('group'),
          accountId,
          name: groupName,
          nameLower: nameKey(groupName),
          path,
          createdAt: ctx.clock(),
        },
      });
      await recordAuditEvent(tx, ctx, {
        action: 'iam:CreateGroup',
        resource: arn,
        result: 'Success',
        details: { groupName, groupId: group.id, path },
      });
      return group;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw alreadyExists('group', groupName, err);
    throw err;
  }
}
