import type { ContextValue } from '@gatehouse/evaluator';

interface KeyValue {
  key: string;
  value: string;
}

/** `aws:RequestTag/<key>` for each tag and `aws:TagKeys`, as Create*, Tag* requests carry them. */
export function requestTagContext(tags: readonly KeyValue[] | undefined): Record<string, ContextValue> {
  if (!tags || tags.length === 0) return {};
  const context: Record<string, ContextValue> = { 'aws:TagKeys': tags.map((t) => t.key) };
  for (const tag of tags) context[`aws:RequestTag/${tag.key}`] = tag.value;
  return context;
}

/** `aws:ResourceTag/<key>` (and IAM's own `iam:ResourceTag/<key>`) for a tagged target. */
export function resourceTagContext(
  tags: readonly KeyValue[] | undefined,
  withIamKeys = false,
): Record<string, ContextValue> {
  const context: Record<string, ContextValue> = {};
  for (const tag of tags ?? []) {
    context[`aws:ResourceTag/${tag.key}`] = tag.value;
    if (withIamKeys) context[`iam:ResourceTag/${tag.key}`] = tag.value;
  }
  return context;
}

// The actions whose requests carry `iam:PermissionsBoundary` (AWS's service authorization
// reference): for them the key holds the boundary set on the target, or the one requested.
const BOUNDARY_KEY_ACTIONS = new Set(
  [
    'AttachRolePolicy',
    'AttachUserPolicy',
    'CreateRole',
    'CreateUser',
    'DeleteRole',
    'DeleteRolePermissionsBoundary',
    'DeleteRolePolicy',
    'DeleteUserPermissionsBoundary',
    'DeleteUserPolicy',
    'DetachRolePolicy',
    'DetachUserPolicy',
    'GetRole',
    'PutRolePermissionsBoundary',
    'PutRolePolicy',
    'PutUserPermissionsBoundary',
    'PutUserPolicy',
    'UpdateAssumeRolePolicy',
    'UpdateRole',
    'UpdateRoleDescription',
  ].map((a) => `iam:${a}`.toLowerCase()),
);

export function boundaryContext(
  action: string,
  boundaryArn: string | null | undefined,
): Record<string, ContextValue> {
  if (!boundaryArn || !BOUNDARY_KEY_ACTIONS.has(action.toLowerCase())) return {};
  return { 'iam:PermissionsBoundary': boundaryArn };
}
