// Attaching a managed policy to, or detaching it from, an entity of any kind: the one call for
// that kind, and the cache entries of that entity to refresh afterwards.
import { attachGroupPolicy, detachGroupPolicy, groupDetailKey } from '../../../api/groups-api.js';
import type { PolicyEntity } from '../../../api/policies-types.js';
import { attachUserPolicy, detachUserPolicy, userKeys } from '../../../api/queries/users.js';
import { attachRolePolicy, detachRolePolicy, roleKeys } from '../../../api/roles-api.js';

export type EntityType = PolicyEntity['entityType'];

export const ENTITY_TYPE_LABELS: Record<EntityType, string> = {
  user: 'IAM user',
  group: 'User group',
  role: 'Role',
};

export function entityHref(type: EntityType, name: string): string {
  const segment = type === 'user' ? 'users' : type === 'group' ? 'groups' : 'roles';
  return `/${segment}/${encodeURIComponent(name)}`;
}

export function attachToEntity(type: EntityType, name: string, policyArn: string): Promise<unknown> {
  if (type === 'user') return attachUserPolicy(name, policyArn);
  if (type === 'group') return attachGroupPolicy(name, policyArn);
  return attachRolePolicy(name, policyArn);
}

export function detachFromEntity(type: EntityType, name: string, policyArn: string): Promise<unknown> {
  if (type === 'user') return detachUserPolicy(name, policyArn);
  if (type === 'group') return detachGroupPolicy(name, policyArn);
  return detachRolePolicy(name, policyArn);
}

export function entityCacheKey(type: EntityType, name: string): readonly unknown[] {
  if (type === 'user') return userKeys.detail(name);
  if (type === 'group') return groupDetailKey(name);
  return roleKeys.detail(name);
}
