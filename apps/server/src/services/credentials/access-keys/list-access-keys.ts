import type { AccessKey } from '../../../db/generated/client.js';
import type { ServiceContext } from '../../service-context.js';
import { authorizeOnOwner, ownerWhere, type CredentialOwner } from '../credential-owner.js';

export interface OwnedAccessKeys {
  owner: CredentialOwner;
  keys: AccessKey[];
}

/** iam:ListAccessKeys — the owner's keys, oldest first (never their secrets). */
export async function listAccessKeys(options: {
  ctx: ServiceContext;
  userName?: string;
}): Promise<OwnedAccessKeys> {
  const { ctx } = options;
  const owner = await authorizeOnOwner(ctx, options.userName, 'iam:ListAccessKeys');
  const keys = await ctx.db.accessKey.findMany({ where: ownerWhere(owner), orderBy: { createdAt: 'asc' } });
  return { owner, keys };
}
