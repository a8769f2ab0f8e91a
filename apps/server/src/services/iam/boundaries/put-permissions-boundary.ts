import { bumpAuthzVersion } from '../../../authz/bump-authz-version.js';
import { recordAuditEvent } from '../../../audit/record-audit-event.js';
import type { ServiceContext } from '../../service-context.js';
import { ACTION_WORD, authorizeOnOwner } from '../common/entity-target.js';
import { noSuchEntity } from '../common/errors.js';
import { requirePolicy } from '../common/policy-target.js';
import { inTransaction } from '../../../db/in-transaction.js';

/**
 * iam:Put{User,Role}PermissionsBoundary with `iam:PermissionsBoundary` set to the requested
 * policy (so a delegated administrator can be limited to handing out one boundary). The
 * boundary caps what the identity policies grant, from the next request on.
 */
export async function putPermissionsBoundary(options: {
  ctx: ServiceContext;
  kind: 'user' | 'role';
  name: string;
  policyArn: string;
}): Promise<{ policyArn: string; policyName: string }> {
  const { ctx, kind, policyArn } = options;
  const action = `iam:Put${ACTION_WORD[kind]}PermissionsBoundary`;
  const owner = await authorizeOnOwner(ctx, kind, options.name, action, {
    'iam:PermissionsBoundary': policyArn,
  });
  const policy = await requirePolicy(ctx.db, owner.accountId, policyArn);
  await inTransaction(ctx, async (tx) => {
    const data = { permissionsBoundaryId: policy.id };
    const { count } =
      kind === 'user'
        ? await tx.user.updateMany({ where: { id: owner.id }, data })
        : await tx.role.updateMany({ where: { id: owner.id }, data });
    if (count === 0) throw noSuchEntity(kind, owner.name);
    await bumpAuthzVersion(tx, owner.accountId);
    await recordAuditEvent(tx, ctx, {
      action,
      resource: owner.arn,
      result: 'Success',
      details: { [`${kind}Name`]: owner.name, permissionsBoundary: policyArn, previous: owner.boundaryArn },
    });
  });
  return { policyArn: policy.arn, policyName: policy.name };
}
