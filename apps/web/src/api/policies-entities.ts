// GET /api/policies/:arn/entities, read into one list. docs/API.md does not pin the shape; AWS's
// ListEntitiesForPolicy answers three lists (PolicyUsers, PolicyGroups, PolicyRoles), so both that
// form (`{ users, groups, roles }`) and a flat `{ items: [{ type, name }] }` page are read.
import type { PolicyEntity, PolicyEntityType } from './policies-types.js';

const NAME_FIELDS: Record<PolicyEntityType, string[]> = {
  user: ['userName', 'name'],
  group: ['groupName', 'name'],
  role: ['roleName', 'name'],
};
const ID_FIELDS: Record<PolicyEntityType, string> = { user: 'userId', group: 'groupId', role: 'roleId' };
const LISTS: [PolicyEntityType, string[]][] = [
  ['user', ['users', 'policyUsers', 'PolicyUsers']],
  ['group', ['groups', 'policyGroups', 'PolicyGroups']],
  ['role', ['roles', 'policyRoles', 'PolicyRoles']],
];

export function policyEntities(body: unknown): PolicyEntity[] {
  if (!isObject(body)) return [];
  const entities: PolicyEntity[] = [];
  if (Array.isArray(body.items)) {
    for (const item of body.items) {
      const type = isObject(item) ? entityType(item.type ?? item.entityType) : undefined;
      if (type && isObject(item)) push(entities, type, item);
    }
  }
  for (const [type, keys] of LISTS) {
    const list = keys.map((k) => body[k]).find(Array.isArray) as unknown[] | undefined;
    for (const item of list ?? []) push(entities, type, item);
  }
  return entities;
}

function push(into: PolicyEntity[], type: PolicyEntityType, item: unknown): void {
  if (typeof item === 'string') {
    into.push({ type, name: item });
    return;
  }
  if (!isObject(item)) return;
  const name = [...NAME_FIELDS[type], 'entityName']
    .map((f) => item[f])
    .find((v): v is string => typeof v === 'string');
  if (!name) return;
  const id = item[ID_FIELDS[type]] ?? item.id;
  into.push(typeof id === 'string' ? { type, name, id } : { type, name });
}

function entityType(value: unknown): PolicyEntityType | undefined {
  if (typeof value !== 'string') return undefined;
  const lower = value.toLowerCase();
  if (lower === 'user' || lower === 'group' || lower === 'role') return lower;
  return undefined;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
