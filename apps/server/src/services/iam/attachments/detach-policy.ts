import { bumpAuthzVersion } from '../../../authz/bump-authz-version.js';
import { recordAuditEvent } from '../../../audit/record-audit-event.js';
import { AppError } from '../../../errors/app-error.js';
import type { ServiceContext } from '../../service-context.js';
import { ACTION_WORD, authorizeOnOwner, ownerColumn, type PolicyOwnerKind } from '../common/entity-target.js';
import { requirePolicy } from '../common/policy-target.js';
import { inTransaction } from '../../../db/in-transaction.js';

/** iam:Detach{User,Group,Role}Policy with `iam:PolicyARN`; NoSuchEntity when it is not attached. */
export async function detachPolicy(options: {
  ctx: ServiceContext;
  kind: PolicyOwnerKind;
  name: string;
  policyArn: string;
}): Promise<void> {
  const { ctx, kind, policyArn } = options;
  const action = `iam:Detach${ACTION_WORD[kind]}Policy`;
  const owner = await authorizeOnOwner(ctx, kind, options.name, action, { 'iam:PolicyARN': policyArn });
  const policy = await requirePolicy(ctx.db, owner.accountId, policyArn);
  await inTransaction(ctx, async (tx) => {
    const { count } = await tx.policyAttachment.deleteMany({
      where: { ...ownerColumn(owner), policyId: policy.id },
    });
    if (count === 0) {
      throw new AppError(
        'NoSuchEntity',
        `policy \`${policyArn}\` is not attached to ${kind} \`${owner.name}\``,
      );
    }
    await bumpAuthzVersion(tx, owner.accountId);
    await recordAuditEvent(tx, ctx, {
      action,
      resource: owner.arn,
      result: 'Success',
      details: { [`${kind}Name`]: owner.name, policyArn },
    });
  });
}
