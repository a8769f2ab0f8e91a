// IAM roles and everything hanging off one role: policies, boundary, trust policy, tags.
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, segment, withQuery } from './client.js';
import { inlinePolicyList } from './inline-policy-list.js';
import type { CreateRoleRequest, Role, RoleListParams, UpdateRoleRequest } from './roles-types.js';
import type { AttachedPolicy, InlinePolicy, Page, Tag } from './types.js';

const base = (name: string) => `/api/roles/${segment(name)}`;

export const roleKeys = {
  all: ['roles'] as const,
  list: (params: RoleListParams) => ['roles', 'list', params] as const,
  detail: (name: string) => ['roles', 'detail', name] as const,
  part: (name: string, part: string) => ['roles', 'detail', name, part] as const,
};

export const rolesQuery = (params: RoleListParams) =>
  queryOptions({
    queryKey: roleKeys.list(params),
    queryFn: ({ signal }) => api.get<Page<Role>>(withQuery('/api/roles', { ...params }), { signal }),
    placeholderData: keepPreviousData,
  });

export const roleQuery = (name: string) =>
  queryOptions({
    queryKey: roleKeys.part(name, 'summary'),
    queryFn: ({ signal }) => api.get<Role>(base(name), { signal }),
  });

export const roleAttachedPoliciesQuery = (name: string) =>
  queryOptions({
    queryKey: roleKeys.part(name, 'attached-policies'),
    queryFn: ({ signal }) =>
      api.get<Page<AttachedPolicy>>(withQuery(`${base(name)}/attached-policies`, { limit: 1000 }), {
        signal,
      }),
  });

export const roleInlinePoliciesQuery = (name: string) =>
  queryOptions({
    queryKey: roleKeys.part(name, 'inline-policies'),
    queryFn: async ({ signal }) =>
      inlinePolicyList(
        await api.get<Page<unknown>>(withQuery(`${base(name)}/inline-policies`, { limit: 1000 }), { signal }),
      ),
  });

export const roleInlinePolicyQuery = (name: string, policyName: string) =>
  queryOptions({
    queryKey: [...roleKeys.part(name, 'inline-policies'), policyName],
    queryFn: ({ signal }) =>
      api.get<InlinePolicy>(`${base(name)}/inline-policies/${segment(policyName)}`, { signal }),
  });

export const roleTagsQuery = (name: string) =>
  queryOptions({
    queryKey: roleKeys.part(name, 'tags'),
    queryFn: ({ signal }) => api.get<Page<Tag>>(`${base(name)}/tags`, { signal }),
  });

export const createRole = (body: CreateRoleRequest) => api.post<Role>('/api/roles', body);

export const updateRole = (name: string, body: UpdateRoleRequest) => api.patch<Role>(base(name), body);

/** Console semantics: detaches and deletes the role's policies first (docs/API.md, `?force=true`). */
export const deleteRole = (name: string) => api.delete(withQuery(base(name), { force: true }));

/** Denies every session of the role issued before now (AWS's `AWSRevokeOlderSessions` inline policy). */
export const revokeRoleSessions = (name: string) =>
  api.post<{ revokedBefore: string }>(`${base(name)}/revoke-sessions`, {});

export const putRoleTrustPolicy = (name: string, document: string) =>
  api.put<unknown>(`${base(name)}/trust-policy`, { document });

export const attachRolePolicy = (name: string, policyArn: string) =>
  api.post<unknown>(`${base(name)}/attached-policies`, { policyArn });

export const detachRolePolicy = (name: string, policyArn: string) =>
  api.delete(`${base(name)}/attached-policies/${segment(policyArn)}`);

export const putRoleInlinePolicy = (name: string, policyName: string, document: string) =>
  api.put<unknown>(`${base(name)}/inline-policies/${segment(policyName)}`, { document });

export const deleteRoleInlinePolicy = (name: string, policyName: string) =>
  api.delete(`${base(name)}/inline-policies/${segment(policyName)}`);

export const putRolePermissionsBoundary = (name: string, policyArn: string) =>
  api.put<unknown>(`${base(name)}/permissions-boundary`, { policyArn });

export const deleteRolePermissionsBoundary = (name: string) =>
  api.delete(`${base(name)}/permissions-boundary`);

export const tagRole = (name: string, tags: Tag[]) => api.post<unknown>(`${base(name)}/tags`, { tags });

export const untagRole = (name: string, keys: string[]) =>
  api.delete(withQuery(`${base(name)}/tags`, { keys: keys.join(',') }));
