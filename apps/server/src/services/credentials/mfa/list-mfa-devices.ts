import type { MfaDevice } from '../../../db/generated/client.js';
import type { ServiceContext } from '../../service-context.js';
import { authorizeOnOwner, type CredentialOwner } from '../credential-owner.js';
import { mfaOwnerWhere } from './mfa-owner.js';

/** iam:ListMFADevices — enabled devices, and virtual devices created for the owner awaiting enable. */
export async function listMfaDevices(options: {
  ctx: ServiceContext;
  userName?: string;
}): Promise<{ owner: CredentialOwner; devices: MfaDevice[] }> {
  const { ctx } = options;
  const owner = await authorizeOnOwner(ctx, options.userName, 'iam:ListMFADevices');
  const devices = await ctx.db.mfaDevice.findMany({
    where: mfaOwnerWhere(owner),
    orderBy: { createdAt: 'asc' },
  });
  return { owner, devices };
}
