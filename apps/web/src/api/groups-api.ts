// The user groups pages: one group, its members and policies, and every change to them. The
// list, membership and policy-list queries the users pages use live in queries/groups.ts and
// share its cache keys, so a change made here refreshes the users pages too.
import { queryOptions } from '@tanstack/react-query';
import { api, segment, withQuery } from './client.js';
import { groupKeys } from './queries/groups.js';
import type { CreateGroupRequest, Group } from './groups-types.js';
import type { InlinePolicy, Page, User } from './types.js';

const base = (name: string) => `/api/groups/${segment(name)}`;

/** Everything cached about one group: invalidating it refreshes the detail page's tabs. */
export const groupDetailKey = (name: string) => ['groups', 'detail', name] as const;

export const groupQuery = (name: string) =>
  queryOptions({
    queryKey: groupKeys.part(name, 'summary'),
    queryFn: ({ signal }) => api.get<Group>(base(name), { signal }),
  });

export const groupMembersQuery = (name: string) =>
  queryOptions({
    queryKey: groupKeys.part(name, 'members'),
    queryFn: ({ signal }) =>
      api.get<Page<User>>(withQuery(`${base(name)}/members`, { limit: 1000 }), { signal }),
  });

export const groupInlinePolicyQuery = (name: string, policyName: string) =>
  queryOptions({
    queryKey: [...groupKeys.part(name, 'inline-policies'), policyName],
    queryFn: ({ signal }) =>
      api.get<InlinePolicy>(`${base(name)}/inline-policies/${segment(policyName)}`, { signal }),
  });

export const createGroup = (body: CreateGroupRequest) => api.post<Group>('/api/groups', body);

/** Console semantics: removes members and policies first (docs/API.md, `?force=true`). */
export const deleteGroup = (name: string) => api.delete(withQuery(base(name), { force: true }));

export const attachGroupPolicy = (name: string, policyArn: string) =>
  api.post<unknown>(`${base(name)}/attached-policies`, { policyArn });

export const detachGroupPolicy = (name: string, policyArn: string) =>
  api.delete(`${base(name)}/attached-policies/${segment(policyArn)}`);

export const putGroupInlinePolicy = (name: string, policyName: string, document: string) =>
  api.put<unknown>(`${base(name)}/inline-policies/${segment(policyName)}`, { document });

export const deleteGroupInlinePolicy = (name: string, policyName: string) =>
  api.delete(`${base(name)}/inline-policies/${segment(policyName)}`);
