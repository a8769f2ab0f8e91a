import { policySize } from '@gatehouse/evaluator';
import { bumpAuthzVersion } from '../../../authz/bump-authz-version.js';
import { recordAuditEvent } from '../../../audit/record-audit-event.js';
import type { InlinePolicy } from '../../../db/generated/client.js';
import { AppError } from '../../../errors/app-error.js';
import type { ServiceContext } from '../../service-context.js';
import { ACTION_WORD, authorizeOnOwner, ownerColumn, type PolicyOwnerKind } from '../common/entity-target.js';
import { noSuchEntity } from '../common/errors.js';
import { lockRow } from '../common/lock-row.js';
import { checkPolicyDocument, type CheckedPolicy } from '../common/policy-text.js';
import { inTransaction } from '../../../db/in-transaction.js';
import { INLINE_QUOTA } from './inline-policy-rules.js';

/**
 * iam:Put{User,Group,Role}Policy — creates or replaces an inline policy. The document is
 * validated as an identity policy; AWS's size quota (user 2,048, group 5,120, role 10,240
 * characters) applies to all of the owner's inline policies together, so the others are
 * counted too, with the owner's row locked.
 */
export async function putInlinePolicy(options: {
  ctx: ServiceContext;
  kind: PolicyOwnerKind;
  name: string;
  policyName: string;
  document: string;
}): Promise<{ policy: InlinePolicy; created: boolean; check: CheckedPolicy }> {
  const { ctx, kind, policyName, document } = options;
  const action = `iam:Put${ACTION_WORD[kind]}Policy`;
  const owner = await authorizeOnOwner(ctx, kind, options.name, action);
  const quota = INLINE_QUOTA[kind];
  const check = checkPolicyDocument(document, 'identity', quota, 'the inline policy');

  const result = await inTransaction(ctx, async (tx) => {
    if (!(await lockRow(tx, owner.table, owner.id))) throw noSuchEntity(kind, owner.name);
    const others = await tx.inlinePolicy.findMany({
      where: { ...ownerColumn(owner), NOT: { name: policyName } },
      select: { document: true },
    });
    const total = others.reduce((sum, p) => sum + policySize(p.document), check.size);
    if (total > quota) {
      throw new AppError(
        'LimitExceeded',
        `the inline policies of ${kind} \`${owner.name}\` would total ${total} characters (not counting white space), over the quota of ${quota} for all of them together`,
      );
    }
    const existing = await tx.inlinePolicy.findFirst({ where: { ...ownerColumn(owner), name: policyName } });
    const policy = existing
      ? await tx.inlinePolicy.update({ where: { id: existing.id }, data: { document } })
      : await tx.inlinePolicy.create({
          data: { accountId: owner.accountId, name: policyName, document, ...ownerColumn(owner) },
        });
    await bumpAuthzVersion(tx, owner.accountId);
    await recordAuditEvent(tx, ctx, {
      action,
      resource: owner.arn,
      result: 'Success',
      details: { [`${kind}Name`]: owner.name, policyName, replaced: existing !== null },
    });
    return { policy, created: existing === null };
  });
  return { ...result, check };
}
