// Finding the entity an operation acts on, and authorising the operation on its ARN, in the
// order that keeps existence private: a caller without permission is refused (on the ARN the
// entity would have at path `/`) whether or not it exists; a permitted caller learns it does not.
import { authorize } from '../../../authz/authorize.js';
import type { ExtraContext } from '../../../authz/request-context.js';
import type { DbOrTx } from '../../../db/client.js';
import { nameKey } from '../../../db/name-key.js';
import type { Prisma } from '../../../db/generated/client.js';
import { groupArn, roleArn, userArn } from '../../../model/arns.js';
import type { ServiceContext } from '../../service-context.js';
import { noSuchEntity } from './errors.js';
import { boundaryContext, resourceTagContext } from './tag-context.js';

const boundarySelect = { select: { id: true, arn: true, name: true } } as const;

const userInclude = {
  tags: { orderBy: { keyLower: 'asc' } },
  permissionsBoundary: boundarySelect,
} as const satisfies Prisma.UserInclude;

const roleInclude = {
  tags: { orderBy: { keyLower: 'asc' } },
  permissionsBoundary: boundarySelect,
} as const satisfies Prisma.RoleInclude;

export type UserTarget = Prisma.UserGetPayload<{ include: typeof userInclude }>;
export type RoleTarget = Prisma.RoleGetPayload<{ include: typeof roleInclude }>;
export type GroupTarget = Prisma.GroupGetPayload<object>;

export function findUser(db: DbOrTx, accountId: string, userName: string): Promise<UserTarget | null> {
  return db.user.findUnique({
    where: { accountId_nameLower: { accountId, nameLower: nameKey(userName) } },
    include: userInclude,
  });
}

export function findGroup(db: DbOrTx, accountId: string, groupName: string): Promise<GroupTarget | null> {
  return db.group.findUnique({
    where: { accountId_nameLower: { accountId, nameLower: nameKey(groupName) } },
  });
}

export function findRole(db: DbOrTx, accountId: string, roleName: string): Promise<RoleTarget | null> {
  return db.role.findUnique({
    where: { accountId_nameLower: { accountId, nameLower: nameKey(roleName) } },
    include: roleInclude,
  });
}

export const arnOfUser = (u: { accountId: string; path: string; name: string }) =>
  userArn(u.accountId, u.path, u.name);
export const arnOfGroup = (g: { accountId: string; path: string; name: string }) =>
  groupArn(g.accountId, g.path, g.name);
export const arnOfRole = (r: { accountId: string; path: string; name: string }) =>
  roleArn(r.accountId, r.path, r.name);

/** The context keys a request on this user or role carries: its tags, its boundary where the action has the key. */
export function targetContext(
  action: string,
  target: { tags: { key: string; value: string }[]; permissionsBoundary: { arn: string } | null },
): ExtraContext {
  return {
    ...resourceTagContext(target.tags, true),
    ...boundaryContext(action, target.permissionsBoundary?.arn),
  };
}

/** Authorises `action` on the named user and returns it (NoSuchEntity after a permitted look). */
export async function authorizeOnUser(
  ctx: ServiceContext,
  userName: string,
  action: string,
  extra: ExtraContext = {},
): Promise<UserTarget> {
  const accountId = ctx.principal.accountId;
  const user = await findUser(ctx.db, accountId, userName);
  const arn = user ? arnOfUser(user) : userArn(accountId, '/', userName);
  await authorize(ctx, action, arn, { ...(user ? targetContext(action, user) : {}), ...extra });
  if (!user) throw noSuchEntity('user', userName);
  return user;
}

export async function authorizeOnGroup(
  ctx: ServiceContext,
  groupName: string,
  action: string,
  extra: ExtraContext = {},
): Promise<GroupTarget> {
  const accountId = ctx.principal.accountId;
  const group = await findGroup(ctx.db, accountId, groupName);
  await authorize(ctx, action, group ? arnOfGroup(group) : groupArn(accountId, '/', groupName), extra);
  if (!group) throw noSuchEntity('group', groupName);
  return group;
}

export async function authorizeOnRole(
  ctx: ServiceContext,
  roleName: string,
  action: string,
  extra: ExtraContext = {},
): Promise<RoleTarget> {
  const accountId = ctx.principal.accountId;
  const role = await findRole(ctx.db, accountId, roleName);
  const arn = role ? arnOfRole(role) : roleArn(accountId, '/', roleName);
  await authorize(ctx, action, arn, { ...(role ? targetContext(action, role) : {}), ...extra });
  if (!role) throw noSuchEntity('role', roleName);
  return role;
}
