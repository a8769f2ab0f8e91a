// IAM groups as the users pages need them: listing, membership, and the group's own policies
// (a user inherits them, shown with "Attached via").
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, segment, withQuery } from '../client.js';
import type { AttachedPolicy, Group, Page } from '../types.js';
import { inlinePolicyList } from '../inline-policy-list.js';

const base = (name: string) => `/api/groups/${segment(name)}`;

export const groupKeys = {
  all: ['groups'] as const,
  list: (params: { search?: string; cursor?: string; limit?: number }) => ['groups', 'list', params] as const,
  part: (name: string, part: string) => ['groups', 'detail', name, part] as const,
};

export const groupsQuery = (params: { search?: string; cursor?: string; limit?: number } = {}) =>
  queryOptions({
    queryKey: groupKeys.list(params),
    queryFn: ({ signal }) => api.get<Page<Group>>(withQuery('/api/groups', { ...params }), { signal }),
    placeholderData: keepPreviousData,
  });

export const groupAttachedPoliciesQuery = (name: string) =>
  queryOptions({
    queryKey: groupKeys.part(name, 'attached-policies'),
    queryFn: ({ signal }) =>
      api.get<Page<AttachedPolicy>>(withQuery(`${base(name)}/attached-policies`, { limit: 1000 }), {
        signal,
      }),
  });

export const groupInlinePoliciesQuery = (name: string) =>
  queryOptions({
    queryKey: groupKeys.part(name, 'inline-policies'),
    queryFn: async ({ signal }) =>
      inlinePolicyList(
        await api.get<Page<unknown>>(withQuery(`${base(name)}/inline-policies`, { limit: 1000 }), { signal }),
      ),
  });

export const addUserToGroup = (groupName: string, userName: string) =>
  api.post<unknown>(`${base(groupName)}/members`, { userName });

export const removeUserFromGroup = (groupName: string, userName: string) =>
  api.delete(`${base(groupName)}/members/${segment(userName)}`);
