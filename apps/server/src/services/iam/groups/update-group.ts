import { authorize } from '../../../authz/authorize.js';
import { bumpAuthzVersion } from '../../../authz/bump-authz-version.js';
import { recordAuditEvent } from '../../../audit/record-audit-event.js';
import type { Group } from '../../../db/generated/client.js';
import { nameKey } from '../../../db/name-key.js';
import { isUniqueViolation } from '../../../db/unique-violation.js';
import { groupArn } from '../../../model/arns.js';
import type { ServiceContext } from '../../service-context.js';
import { alreadyExists, noSuchEntity } from '../common/errors.js';
import { arnOfGroup, authorizeOnGroup } from '../common/targets.js';
import { inTransaction } from '../../../db/in-transaction.js';

/** iam:UpdateGroup — rename and/or move; authorised on the current and the new ARN, as in AWS. */
export async function updateGroup(options: {
  ctx: ServiceContext;
  groupName: string;
  newGroupName?: string;
  newPath?: string;
}): Promise<Group> {
  const { ctx } = options;
  const group = await authorizeOnGroup(ctx, options.groupName, 'iam:UpdateGroup');
  const name = options.newGroupName ?? group.name;
  const path = options.newPath ?? group.path;
  const before = arnOfGroup(group);
  const after = groupArn(group.accountId, path, name);
  if (after !== before) await authorize(ctx, 'iam:UpdateGroup', after);
  try {
    return await inTransaction(ctx, async (tx) => {
      const { count } = await tx.group.updateMany({
        where: { id: group.id },
        data: { name, nameLower: nameKey(name), path },
      });
      if (count === 0) throw noSuchEntity('group', options.groupName);
      // Group ARNs appear in policy sources and conditions of every member.
      await bumpAuthzVersion(tx, group.accountId);
      await recordAuditEvent(tx, ctx, {
        action: 'iam:UpdateGroup',
        resource: before,
        result: 'Success',
        details: {
          groupName: group.name,
          newGroupName: name,
          path: group.path,
          newPath: path,
          newArn: after,
        },
      });
      return tx.group.findUniqueOrThrow({ where: { id: group.id } });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw alreadyExists('group', name, err);
    throw err;
  }
}
