import type { Tag } from '../../../db/generated/client.js';
import type { ServiceContext } from '../../service-context.js';
import { pageInMemory } from '../common/cursor.js';
import { authorizeOnTaggable, TAG_ACTION_WORD, type TaggableKind } from './tag-target.js';

/** iam:List{User,Role,Policy}Tags — by key (at most 50). */
export async function listTags(options: {
  ctx: ServiceContext;
  kind: TaggableKind;
  id: string;
  limit?: number;
  cursor?: string;
}): Promise<{ items: Tag[]; nextCursor?: string }> {
  const { ctx, kind } = options;
  const target = await authorizeOnTaggable(ctx, kind, options.id, `iam:List${TAG_ACTION_WORD[kind]}Tags`);
  const tags = [...target.tags].sort((a, b) =>
    a.keyLower < b.keyLower ? -1 : a.keyLower > b.keyLower ? 1 : 0,
  );
  return pageInMemory(tags, options.limit ?? 50, options.cursor, `tags-${kind}`, (t) => t.keyLower);
}
