// Managed policies: one policy, its versions and the entities it is attached to. The list query
// the pickers use lives in queries/policies.ts and shares its cache keys.
import { queryOptions } from '@tanstack/react-query';
import { api, segment, withQuery } from './client.js';
import type {
  CreatePolicyRequest,
  CreatePolicyVersionRequest,
  PolicyEntity,
  PolicyVersion,
} from './policies-types.js';
import type { ManagedPolicy, Page, Tag } from './types.js';

const base = (arn: string) => `/api/policies/${segment(arn)}`;

export const policyDetailKey = (arn: string) => ['policies', 'detail', arn] as const;
const part = (arn: string, name: string) => [...policyDetailKey(arn), name] as const;

export const policyQuery = (arn: string) =>
  queryOptions({
    queryKey: part(arn, 'summary'),
    queryFn: ({ signal }) => api.get<ManagedPolicy>(base(arn), { signal }),
  });

export const policyVersionsQuery = (arn: string) =>
  queryOptions({
    queryKey: part(arn, 'versions'),
    queryFn: ({ signal }) =>
      api.get<Page<PolicyVersion>>(withQuery(`${base(arn)}/versions`, { limit: 1000 }), { signal }),
  });

export const policyVersionQuery = (arn: string, versionId: string) =>
  queryOptions({
    queryKey: [...part(arn, 'versions'), versionId],
    queryFn: ({ signal }) =>
      api.get<PolicyVersion>(`${base(arn)}/versions/${segment(versionId)}`, { signal }),
    // A version's text never changes once written.
    staleTime: Infinity,
  });

export const policyEntitiesQuery = (arn: string) =>
  queryOptions({
    queryKey: part(arn, 'entities'),
    queryFn: ({ signal }) =>
      api.get<Page<PolicyEntity>>(withQuery(`${base(arn)}/entities`, { limit: 1000 }), { signal }),
  });

export const policyTagsQuery = (arn: string) =>
  queryOptions({
    queryKey: part(arn, 'tags'),
    queryFn: ({ signal }) => api.get<Page<Tag>>(`${base(arn)}/tags`, { signal }),
  });

export const createPolicy = (body: CreatePolicyRequest) => api.post<ManagedPolicy>('/api/policies', body);

/** The console's delete: detaches the policy from every entity and deletes its versions first. */
export const deletePolicy = (arn: string) => api.delete(withQuery(base(arn), { force: true }));

export const createPolicyVersion = (arn: string, body: CreatePolicyVersionRequest) =>
  api.post<PolicyVersion>(`${base(arn)}/versions`, body);

export const deletePolicyVersion = (arn: string, versionId: string) =>
  api.delete(`${base(arn)}/versions/${segment(versionId)}`);

export const setDefaultPolicyVersion = (arn: string, versionId: string) =>
  api.put<unknown>(`${base(arn)}/default-version`, { versionId });

export const tagPolicy = (arn: string, tags: Tag[]) => api.post<unknown>(`${base(arn)}/tags`, { tags });

export const untagPolicy = (arn: string, keys: string[]) =>
  api.delete(withQuery(`${base(arn)}/tags`, { keys: keys.join(',') }));
