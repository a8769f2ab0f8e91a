import { bumpAuthzVersion } from '../../../authz/bump-authz-version.js';
import { recordAuditEvent } from '../../../audit/record-audit-event.js';
import { AppError } from '../../../errors/app-error.js';
import type { ServiceContext } from '../../service-context.js';
import { ACTION_WORD, authorizeOnOwner } from '../common/entity-target.js';
import { inTransaction } from '../../../db/in-transaction.js';

/** iam:Delete{User,Role}PermissionsBoundary (`iam:PermissionsBoundary` is the current boundary). */
export async function deletePermissionsBoundary(options: {
  ctx: ServiceContext;
  kind: 'user' | 'role';
  name: string;
}): Promise<void> {
  const { ctx, kind } = options;
  const action = `iam:Delete${ACTION_WORD[kind]}PermissionsBoundary`;
  const owner = await authorizeOnOwner(ctx, kind, options.name, action);
  const none = () => new AppError('NoSuchEntity', `${kind} \`${owner.name}\` has no permissions boundary`);
  if (!owner.boundaryArn) throw none();
  await inTransaction(ctx, async (tx) => {
    const where = { id: owner.id, permissionsBoundaryId: { not: null } };
    const data = { permissionsBoundaryId: null };
    const { count } =
      kind === 'user' ? await tx.user.updateMany({ where, data }) : await tx.role.updateMany({ where, data });
    if (count === 0) throw none();
    await bumpAuthzVersion(tx, owner.accountId);
    await recordAuditEvent(tx, ctx, {
      action,
      resource: owner.arn,
      result: 'Success',
      details: { [`${kind}Name`]: owner.name, previous: owner.boundaryArn },
    });
  });
}
