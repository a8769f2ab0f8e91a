import { bumpAuthzVersion } from '../../../authz/bump-authz-version.js';
import { recordAuditEvent } from '../../../audit/record-audit-event.js';
import { nameKey } from '../../../db/name-key.js';
import type { ServiceContext } from '../../service-context.js';
import { inTransaction } from '../../../db/in-transaction.js';
import { authorizeOnTaggable, TAG_ACTION_WORD, type TaggableKind } from './tag-target.js';

/** iam:Untag{User,Role,Policy} with `aws:TagKeys`; keys the entity does not have are ignored, as in AWS. */
export async function untagResource(options: {
  ctx: ServiceContext;
  kind: TaggableKind;
  id: string;
  keys: string[];
}): Promise<void> {
  const { ctx, kind, keys } = options;
  const action = `iam:Untag${TAG_ACTION_WORD[kind]}`;
  const target = await authorizeOnTaggable(ctx, kind, options.id, action, { 'aws:TagKeys': keys }, true);
  await inTransaction(ctx, async (tx) => {
    const { count } = await tx.tag.deleteMany({
      where: { ...target.owner, keyLower: { in: keys.map(nameKey) } },
    });
    if (count > 0 && (kind === 'user' || kind === 'role')) await bumpAuthzVersion(tx, target.accountId);
    await recordAuditEvent(tx, ctx, {
      action,
      resource: target.arn,
      result: 'Success',
      details: { tagKeys: keys, removed: count },
    });
  });
}
