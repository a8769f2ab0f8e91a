import type { MfaDevice } from '../../../db/generated/client.js';
import { pageInMemory } from '../../iam/common/cursor.js';
import type { ServiceContext } from '../../service-context.js';
import { authorizeOnOwner, type CredentialOwner } from '../credential-owner.js';
import { mfaOwnerWhere } from './mfa-owner.js';

/**
 * iam:ListMFADevices — enabled devices, and virtual devices created for the owner awaiting
 * enable (`enabledOnly`: only the enabled ones, as AWS lists them). At most 8 per user, so
 * every device is read; `limit` and `cursor` page them as AWS's MaxItems and Marker do.
 */
export async function listMfaDevices(options: {
  ctx: ServiceContext;
  userName?: string;
  enabledOnly?: boolean;
  limit?: number;
  cursor?: string;
}): Promise<{ owner: CredentialOwner; devices: MfaDevice[]; nextCursor?: string }> {
  const { ctx } = options;
  const owner = await authorizeOnOwner(ctx, options.userName, 'iam:ListMFADevices');
  const devices = await ctx.db.mfaDevice.findMany({
    where: { ...mfaOwnerWhere(owner), ...(options.enabledOnly ? { enabledAt: { not: null } } : {}) },
    orderBy: [{ createdAt: 'asc' }, { serialNumber: 'asc' }],
  });
  if (options.limit === undefined && options.cursor === undefined) return { owner, devices };
  const page = pageInMemory(
    devices,
    options.limit ?? devices.length,
    options.cursor,
    'mfa-devices',
    (d) => `${d.createdAt.toISOString()} ${d.serialNumber}`,
  );
  return { owner, devices: page.items, ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
}
