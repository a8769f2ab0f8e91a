import { bumpAuthzVersion } from '../../../authz/bump-authz-version.js';
import { recordAuditEvent } from '../../../audit/record-audit-event.js';
import type { ServiceContext } from '../../service-context.js';
import { ACTION_WORD, authorizeOnOwner, ownerColumn, type PolicyOwnerKind } from '../common/entity-target.js';
import { inTransaction } from '../../../db/in-transaction.js';
import { noSuchInlinePolicy } from './inline-policy-rules.js';

/** iam:Delete{User,Group,Role}Policy — removes one inline policy. */
export async function deleteInlinePolicy(options: {
  ctx: ServiceContext;
  kind: PolicyOwnerKind;
  name: string;
  policyName: string;
}): Promise<void> {
  const { ctx, kind, policyName } = options;
  const action = `iam:Delete${ACTION_WORD[kind]}Policy`;
  const owner = await authorizeOnOwner(ctx, kind, options.name, action);
  await inTransaction(ctx, async (tx) => {
    const { count } = await tx.inlinePolicy.deleteMany({
      where: { ...ownerColumn(owner), name: policyName },
    });
    if (count === 0) throw noSuchInlinePolicy(owner, policyName);
    await bumpAuthzVersion(tx, owner.accountId);
    await recordAuditEvent(tx, ctx, {
      action,
      resource: owner.arn,
      result: 'Success',
      details: { [`${kind}Name`]: owner.name, policyName },
    });
  });
}
