import { bumpAuthzVersion } from '../../../authz/bump-authz-version.js';
import { recordAuditEvent } from '../../../audit/record-audit-event.js';
import { MAX_TAGS } from '@gatehouse/contracts/iam/fields';
import type { Tag } from '../../../db/generated/client.js';
import { nameKey } from '../../../db/name-key.js';
import { AppError } from '../../../errors/app-error.js';
import type { ServiceContext } from '../../service-context.js';
import { noSuchEntity } from '../common/errors.js';
import { lockRow } from '../common/lock-row.js';
import { requestTagContext } from '../common/tag-context.js';
import { inTransaction } from '../../../db/in-transaction.js';
import { authorizeOnTaggable, TAG_ACTION_WORD, type TaggableKind } from './tag-target.js';

/**
 * iam:Tag{User,Role,Policy} with `aws:RequestTag/*` and `aws:TagKeys`. A tag whose key exists
 * (compared without case) gets the new value and the key's new spelling, as AWS overwrites; an
 * entity holds at most 50 tags. A user's tags feed `aws:PrincipalTag/*`, so cached policy sets
 * are dropped.
 */
export async function tagResource(options: {
  ctx: ServiceContext;
  kind: TaggableKind;
  id: string;
  tags: { key: string; value: string }[];
}): Promise<Tag[]> {
  const { ctx, kind, tags } = options;
  const action = `iam:Tag${TAG_ACTION_WORD[kind]}`;
  const target = await authorizeOnTaggable(ctx, kind, options.id, action, requestTagContext(tags), true);
  return inTransaction(ctx, async (tx) => {
    if (!(await lockRow(tx, target.table, target.id))) throw noSuchEntity(kind, target.name);
    const existing = await tx.tag.findMany({ where: target.owner });
    const keys = new Set([...existing.map((t) => t.keyLower), ...tags.map((t) => nameKey(t.key))]);
    if (keys.size > MAX_TAGS) {
      throw new AppError(
        'LimitExceeded',
        `${kind} \`${target.name}\` would have ${keys.size} tags, over the quota of ${MAX_TAGS}`,
      );
    }
    for (const tag of tags) {
      const keyLower = nameKey(tag.key);
      const found = existing.find((t) => t.keyLower === keyLower);
      if (found) await tx.tag.update({ where: { id: found.id }, data: { key: tag.key, value: tag.value } });
      else
        await tx.tag.create({
          data: { accountId: target.accountId, key: tag.key, keyLower, value: tag.value, ...target.owner },
        });
    }
    if (kind === 'user' || kind === 'role') await bumpAuthzVersion(tx, target.accountId);
    await recordAuditEvent(tx, ctx, {
      action,
      resource: target.arn,
      result: 'Success',
      details: { tags: tags.map((t) => ({ key: t.key, value: t.value })) },
    });
    return tx.tag.findMany({ where: target.owner, orderBy: { keyLower: 'asc' } });
  });
}
