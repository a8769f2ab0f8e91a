// Database rows → the IAM entity responses of the console API (contracts/iam). Explicit, so a
// new column never leaks into a response by accident.
import type { Group as GroupBody } from '@gatehouse/contracts/iam/groups';
import type { PermissionsBoundary, Tag as TagBody } from '@gatehouse/contracts/iam/fields';
import type { Role as RoleBody } from '@gatehouse/contracts/iam/roles';
import type {
  ListedAccessKey as ListedAccessKeyBody,
  User as UserBody,
} from '@gatehouse/contracts/iam/users';
import type { Group, Role, Tag, User } from '../../../db/generated/client.js';
import type {
  ListedAccessKey,
  UserListColumns,
  UserWithColumns,
} from '../../../services/iam/users/user-list-columns.js';
import {
  arnOfGroup,
  arnOfRole,
  arnOfUser,
  type RoleTarget,
  type UserTarget,
} from '../../../services/iam/common/targets.js';

export function toTag(tag: Pick<Tag, 'key' | 'value'>): TagBody {
  return { key: tag.key, value: tag.value };
}

function toBoundary(policy: { arn: string; name: string } | null): PermissionsBoundary | null {
  return policy
    ? { policyArn: policy.arn, policyName: policy.name, type: 'PermissionsBoundaryPolicy' }
    : null;
}

/** A user in a list; the console's users list adds the columns the caller may read. */
export function toUserSummary(user: User | UserWithColumns): UserBody {
  return {
    userName: user.name,
    userId: user.id,
    arn: arnOfUser(user),
    path: user.path,
    createDate: user.createdAt.toISOString(),
    passwordLastUsed: user.passwordLastUsed?.toISOString() ?? null,
    ...('columns' in user && user.columns ? toUserListColumns(user.columns) : {}),
  };
}

const isoOrNull = (date: Date | null) => date?.toISOString() ?? null;

function toUserListColumns(columns: UserListColumns): Partial<UserBody> {
  const body: Partial<UserBody> = {};
  if (columns.groupCount !== undefined) body.groupCount = columns.groupCount;
  if (columns.mfaDeviceCount !== undefined) body.mfaDeviceCount = columns.mfaDeviceCount;
  if (columns.passwordChangedAt !== undefined) body.passwordChangeDate = isoOrNull(columns.passwordChangedAt);
  if (columns.accessKeys !== undefined) body.accessKeys = columns.accessKeys.map(toListedAccessKey);
  if (columns.lastActivity !== undefined) body.lastActivity = isoOrNull(columns.lastActivity);
  return body;
}

function toListedAccessKey(key: ListedAccessKey): ListedAccessKeyBody {
  const body: ListedAccessKeyBody = {
    accessKeyId: key.id,
    status: key.status,
    createDate: key.createdAt.toISOString(),
  };
  if (key.lastUsed !== undefined)
    body.lastUsed = key.lastUsed && {
      date: key.lastUsed.at.toISOString(),
      serviceName: key.lastUsed.service ?? 'N/A',
      region: key.lastUsed.region ?? 'N/A',
    };
  return body;
}

/** GetUser, CreateUser, UpdateUser: with tags and boundary. */
export function toUser(user: UserTarget): UserBody {
  return {
    ...toUserSummary(user),
    permissionsBoundary: toBoundary(user.permissionsBoundary),
    tags: user.tags.map(toTag),
  };
}

export function toGroup(group: Group): GroupBody {
  return {
    groupName: group.name,
    groupId: group.id,
    arn: arnOfGroup(group),
    path: group.path,
    createDate: group.createdAt.toISOString(),
  };
}

export function toRoleSummary(role: Role): RoleBody {
  return {
    roleName: role.name,
    roleId: role.id,
    arn: arnOfRole(role),
    path: role.path,
    createDate: role.createdAt.toISOString(),
    description: role.description,
    maxSessionDuration: role.maxSessionDuration,
    trustPolicy: role.trustPolicy,
    roleLastUsed: role.lastUsedAt?.toISOString() ?? null,
  };
}

export function toRole(role: RoleTarget): RoleBody {
  return {
    ...toRoleSummary(role),
    permissionsBoundary: toBoundary(role.permissionsBoundary),
    tags: role.tags.map(toTag),
  };
}

export function mapPage<T, U>(page: { items: T[]; nextCursor?: string }, map: (item: T) => U) {
  return { items: page.items.map(map), ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
}
