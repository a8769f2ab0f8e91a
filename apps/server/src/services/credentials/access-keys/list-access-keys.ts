import type { AccessKey } from '../../../db/generated/client.js';
import { pageInMemory } from '../../iam/common/cursor.js';
import type { ServiceContext } from '../../service-context.js';
import { authorizeOnOwner, ownerWhere, type CredentialOwner } from '../credential-owner.js';

export interface OwnedAccessKeys {
  owner: CredentialOwner;
  keys: AccessKey[];
  nextCursor?: string;
}

/** Oldest first; creation time then id, so keys made in one millisecond keep an order. */
const keyOrder = (key: AccessKey) => `${key.createdAt.toISOString()}/${key.id}`;

/**
 * iam:ListAccessKeys — the owner's keys, oldest first (never their secrets). At most two per
 * user, so every key is read; `limit` and `cursor` page them as AWS's MaxItems and Marker do.
 */
export async function listAccessKeys(options: {
  ctx: ServiceContext;
  userName?: string;
  limit?: number;
  cursor?: string;
}): Promise<OwnedAccessKeys> {
  const { ctx } = options;
  const owner = await authorizeOnOwner(ctx, options.userName, 'iam:ListAccessKeys');
  const keys = await ctx.db.accessKey.findMany({
    where: ownerWhere(owner),
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  if (options.limit === undefined && options.cursor === undefined) return { owner, keys };
  const page = pageInMemory(keys, options.limit ?? keys.length, options.cursor, 'access-keys', keyOrder);
  return { owner, keys: page.items, ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
}
