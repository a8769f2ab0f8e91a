// IAM users and everything hanging off one user: login profile, groups, policies, tags.
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, segment, withQuery } from '../client.js';
import type {
  AttachedPolicy,
  CreateUserRequest,
  Group,
  InlinePolicy,
  LoginProfile,
  Page,
  Tag,
  User,
  UserListParams,
} from '../types.js';
import { ApiError } from '../api-error.js';
import { inlinePolicyList } from '../inline-policy-list.js';

const base = (name: string) => `/api/users/${segment(name)}`;

export const userKeys = {
  all: ['users'] as const,
  list: (params: UserListParams) => ['users', 'list', params] as const,
  detail: (name: string) => ['users', 'detail', name] as const,
  part: (name: string, part: string) => ['users', 'detail', name, part] as const,
};

export const usersQuery = (params: UserListParams) =>
  queryOptions({
    queryKey: userKeys.list(params),
    queryFn: ({ signal }) => api.get<Page<User>>(withQuery('/api/users', { ...params }), { signal }),
    placeholderData: keepPreviousData,
  });

export const userQuery = (name: string) =>
  queryOptions({
    queryKey: userKeys.detail(name),
    queryFn: ({ signal }) => api.get<User>(base(name), { signal }),
  });

/** The console password, or `null` when the user has none (the server answers NoSuchEntity). */
export const loginProfileQuery = (name: string) =>
  queryOptions({
    queryKey: userKeys.part(name, 'login-profile'),
    queryFn: async ({ signal }) => {
      try {
        return await api.get<LoginProfile>(`${base(name)}/login-profile`, { signal });
      } catch (error) {
        if (error instanceof ApiError && error.code === 'NoSuchEntity') return null;
        throw error;
      }
    },
  });

export const userGroupsQuery = (name: string) =>
  queryOptions({
    queryKey: userKeys.part(name, 'groups'),
    queryFn: ({ signal }) =>
      api.get<Page<Group>>(withQuery(`${base(name)}/groups`, { limit: 1000 }), { signal }),
  });

export const userAttachedPoliciesQuery = (name: string) =>
  queryOptions({
    queryKey: userKeys.part(name, 'attached-policies'),
    queryFn: ({ signal }) =>
      api.get<Page<AttachedPolicy>>(withQuery(`${base(name)}/attached-policies`, { limit: 1000 }), {
        signal,
      }),
  });

export const userInlinePoliciesQuery = (name: string) =>
  queryOptions({
    queryKey: userKeys.part(name, 'inline-policies'),
    queryFn: async ({ signal }) =>
      inlinePolicyList(
        await api.get<Page<unknown>>(withQuery(`${base(name)}/inline-policies`, { limit: 1000 }), { signal }),
      ),
  });

export const userInlinePolicyQuery = (name: string, policyName: string) =>
  queryOptions({
    queryKey: [...userKeys.part(name, 'inline-policies'), policyName],
    queryFn: ({ signal }) =>
      api.get<InlinePolicy>(`${base(name)}/inline-policies/${segment(policyName)}`, { signal }),
  });

export const userTagsQuery = (name: string) =>
  queryOptions({
    queryKey: userKeys.part(name, 'tags'),
    queryFn: ({ signal }) => api.get<Page<Tag>>(`${base(name)}/tags`, { signal }),
  });

export const createUser = (body: CreateUserRequest) => api.post<User>('/api/users', body);

export const deleteUser = (name: string) => api.delete(withQuery(base(name), { force: true }));

export const putLoginProfile = (name: string, body: { password: string; passwordResetRequired: boolean }) =>
  api.put<LoginProfile>(`${base(name)}/login-profile`, body);

export const deleteLoginProfile = (name: string) => api.delete(`${base(name)}/login-profile`);

export const putUserPermissionsBoundary = (name: string, policyArn: string) =>
  api.put<unknown>(`${base(name)}/permissions-boundary`, { policyArn });

export const deleteUserPermissionsBoundary = (name: string) =>
  api.delete(`${base(name)}/permissions-boundary`);

export const attachUserPolicy = (name: string, policyArn: string) =>
  api.post<unknown>(`${base(name)}/attached-policies`, { policyArn });

export const detachUserPolicy = (name: string, policyArn: string) =>
  api.delete(`${base(name)}/attached-policies/${segment(policyArn)}`);

export const putUserInlinePolicy = (name: string, policyName: string, document: string) =>
  api.put<unknown>(`${base(name)}/inline-policies/${segment(policyName)}`, { document });

export const deleteUserInlinePolicy = (name: string, policyName: string) =>
  api.delete(`${base(name)}/inline-policies/${segment(policyName)}`);

export const tagUser = (name: string, tags: Tag[]) => api.post<unknown>(`${base(name)}/tags`, { tags });

export const untagUser = (name: string, keys: string[]) =>
  api.delete(withQuery(`${base(name)}/tags`, { keys: keys.join(',') }));
