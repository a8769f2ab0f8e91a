// Attaching a managed policy to, or detaching it from, an entity of any kind: the one call for
// that kind (what to refresh afterwards is the invalidation map's policy entry).
import { attachGroupPolicy, detachGroupPolicy } from '../../../api/groups-api.js';
import type { PolicyEntity } from '../../../api/policies-types.js';
import { attachUserPolicy, detachUserPolicy } from '../../../api/queries/users.js';
import { attachRolePolicy, detachRolePolicy } from '../../../api/roles-api.js';

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
