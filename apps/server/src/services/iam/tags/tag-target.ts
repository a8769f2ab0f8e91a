import type { ExtraContext } from '../../../authz/request-context.js';
import type { Tag } from '../../../db/generated/client.js';
import { authorize } from '../../../authz/authorize.js';
import type { ServiceContext } from '../../service-context.js';
import { noSuchEntity } from '../common/errors.js';
import { resourceTagContext } from '../common/tag-context.js';
import type { LockableTable } from '../common/lock-row.js';
import { assertCustomerManaged, authorizeOnPolicy } from '../common/policy-target.js';
import { arnOfRole, arnOfUser, authorizeOnRole, authorizeOnUser } from '../common/targets.js';

export type TaggableKind = 'user' | 'role' | 'policy' | 'mfa';

/** A user, role or managed policy as the tag operations see it. */
export interface Taggable {
  kind: TaggableKind;
  id: string;
  accountId: string;
  name: string;
  arn: string;
  table: LockableTable;
  tags: Tag[];
  /** The owner column of its Tag rows. */
  owner: { userId: string } | { roleId: string } | { policyId: string } | { mfaSerialNumber: string };
}

export const TAG_ACTION_WORD: Record<TaggableKind, string> = {
  user: 'User',
  role: 'Role',
  policy: 'Policy',
  mfa: 'MFADevice',
};

/** A virtual MFA device of the caller's account, by serial number (its ARN), authorised with its tags. */
async function authorizeOnMfaDevice(
  ctx: ServiceContext,
  serialNumber: string,
  action: string,
  extra: ExtraContext,
): Promise<Taggable> {
  const accountId = ctx.principal.accountId;
  const device = await ctx.db.mfaDevice.findFirst({
    where: { serialNumber, accountId },
    include: { tags: true },
  });
  // Authorised before its existence is told, as for every other entity.
  await authorize(ctx, action, serialNumber, { ...resourceTagContext(device?.tags ?? []), ...extra });
  if (!device) throw noSuchEntity('mfa', serialNumber);
  return {
    kind: 'mfa',
    id: device.serialNumber,
    accountId,
    name: device.serialNumber,
    arn: device.serialNumber,
    table: 'MfaDevice',
    tags: device.tags,
    owner: { mfaSerialNumber: device.serialNumber },
  };
}

/** Authorises `action` on the user (by name), role (by name) or policy (by ARN), with its tags as `aws:ResourceTag/*`. */
export async function authorizeOnTaggable(
  ctx: ServiceContext,
  kind: TaggableKind,
  idOrName: string,
  action: string,
  extra: ExtraContext = {},
  mutating = false,
): Promise<Taggable> {
  if (kind === 'mfa') return authorizeOnMfaDevice(ctx, idOrName, action, extra);
  if (kind === 'user') {
    const u = await authorizeOnUser(ctx, idOrName, action, extra);
    return {
      kind,
      id: u.id,
      accountId: u.accountId,
      name: u.name,
      arn: arnOfUser(u),
      table: 'User',
      tags: u.tags,
      owner: { userId: u.id },
    };
  }
  if (kind === 'role') {
    const r = await authorizeOnRole(ctx, idOrName, action, extra);
    return {
      kind,
      id: r.id,
      accountId: r.accountId,
      name: r.name,
      arn: arnOfRole(r),
      table: 'Role',
      tags: r.tags,
      owner: { roleId: r.id },
    };
  }
  const p = await authorizeOnPolicy(ctx, idOrName, action, extra);
  if (mutating) await assertCustomerManaged(ctx, p, action);
  return {
    kind,
    id: p.id,
    accountId: p.accountId ?? ctx.principal.accountId,
    name: p.name,
    arn: p.arn,
    table: 'ManagedPolicy',
    tags: p.tags,
    owner: { policyId: p.id },
  };
}
