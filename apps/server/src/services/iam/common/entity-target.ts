// Users, groups and roles as owners of policies (attached, inline, boundary): one shape and
// one lookup, so those operations are written once for the three kinds.
import type { ExtraContext } from '../../../authz/request-context.js';
import type { ServiceContext } from '../../service-context.js';
import type { LockableTable } from './lock-row.js';
import {
  arnOfGroup,
  arnOfRole,
  arnOfUser,
  authorizeOnGroup,
  authorizeOnRole,
  authorizeOnUser,
} from './targets.js';

export type PolicyOwnerKind = 'user' | 'group' | 'role';

export interface PolicyOwner {
  kind: PolicyOwnerKind;
  id: string;
  accountId: string;
  name: string;
  arn: string;
  table: LockableTable;
  boundaryArn: string | null;
}

/** `User`, `Group`, `Role`: the word AWS puts in the action names (iam:AttachUserPolicy). */
export const ACTION_WORD: Record<PolicyOwnerKind, string> = { user: 'User', group: 'Group', role: 'Role' };

/** Authorises `action` on the named user, group or role and returns it as a policy owner. */
export async function authorizeOnOwner(
  ctx: ServiceContext,
  kind: PolicyOwnerKind,
  name: string,
  action: string,
  extra: ExtraContext = {},
): Promise<PolicyOwner> {
  if (kind === 'user') {
    const u = await authorizeOnUser(ctx, name, action, extra);
    return {
      kind,
      id: u.id,
      accountId: u.accountId,
      name: u.name,
      arn: arnOfUser(u),
      table: 'User',
      boundaryArn: u.permissionsBoundary?.arn ?? null,
    };
  }
  if (kind === 'group') {
    const g = await authorizeOnGroup(ctx, name, action, extra);
    return {
      kind,
      id: g.id,
      accountId: g.accountId,
      name: g.name,
      arn: arnOfGroup(g),
      table: 'Group',
      boundaryArn: null,
    };
  }
  const r = await authorizeOnRole(ctx, name, action, extra);
  return {
    kind,
    id: r.id,
    accountId: r.accountId,
    name: r.name,
    arn: arnOfRole(r),
    table: 'Role',
    boundaryArn: r.permissionsBoundary?.arn ?? null,
  };
}

/** The owner's column as a Prisma filter / data fragment for PolicyAttachment and InlinePolicy. */
export function ownerColumn(
  owner: PolicyOwner,
): { userId: string } | { groupId: string } | { roleId: string } {
  if (owner.kind === 'user') return { userId: owner.id };
  if (owner.kind === 'group') return { groupId: owner.id };
  return { roleId: owner.id };
}
