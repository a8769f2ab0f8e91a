// Rows → IAM's output structures (member names as in AWS's model). Explicit, so a new column
// never leaks into a response.
import type { Group, Role, Tag, User } from '../../db/generated/client.js';
import {
  arnOfGroup,
  arnOfRole,
  arnOfUser,
  type RoleTarget,
  type UserTarget,
} from '../../services/iam/common/targets.js';

export function awsTag(tag: Pick<Tag, 'key' | 'value'>) {
  return { Key: tag.key, Value: tag.value };
}

/** AWS's Tags input (`Tags.member.N.Key/Value`) as the services' `{ key, value }[]`. */
export function tagsInput(tags: unknown): { key: string; value: string }[] | undefined {
  if (!Array.isArray(tags)) return undefined;
  return (tags as { Key: string; Value: string }[]).map((t) => ({ key: t.Key, value: t.Value }));
}

function awsBoundary(policy: { arn: string } | null | undefined) {
  return policy ? { PermissionsBoundaryType: 'Policy', PermissionsBoundaryArn: policy.arn } : undefined;
}

/** A user in a list (ListUsers, GetGroup): no tags or boundary, as AWS lists them. */
export function awsUserSummary(user: User) {
  return {
    Path: user.path,
    UserName: user.name,
    UserId: user.id,
    Arn: arnOfUser(user),
    CreateDate: user.createdAt,
    PasswordLastUsed: user.passwordLastUsed ?? undefined,
  };
}

/** GetUser, CreateUser: with boundary and tags. */
export function awsUser(user: UserTarget) {
  return {
    ...awsUserSummary(user),
    PermissionsBoundary: awsBoundary(user.permissionsBoundary),
    Tags: user.tags.length > 0 ? user.tags.map(awsTag) : undefined,
  };
}

export function awsGroup(group: Group) {
  return {
    Path: group.path,
    GroupName: group.name,
    GroupId: group.id,
    Arn: arnOfGroup(group),
    CreateDate: group.createdAt,
  };
}

export function awsRoleSummary(role: Role) {
  return {
    Path: role.path,
    RoleName: role.name,
    RoleId: role.id,
    Arn: arnOfRole(role),
    CreateDate: role.createdAt,
    AssumeRolePolicyDocument: role.trustPolicy,
    Description: role.description ?? undefined,
    MaxSessionDuration: role.maxSessionDuration,
  };
}

export function awsRole(role: RoleTarget) {
  return {
    ...awsRoleSummary(role),
    PermissionsBoundary: awsBoundary(role.permissionsBoundary),
    Tags: role.tags.length > 0 ? role.tags.map(awsTag) : undefined,
    RoleLastUsed: role.lastUsedAt ? { LastUsedDate: role.lastUsedAt, Region: 'us-east-1' } : {},
  };
}
