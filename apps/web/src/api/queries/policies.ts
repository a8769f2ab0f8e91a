// Managed policies, as pickers need them (attach to a user, a group or a role).
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, withQuery } from '../client.js';
import type { PolicyListParams, PolicyPage } from '../types.js';

export const policyKeys = {
  all: ['policies'] as const,
  list: (params: PolicyListParams) => ['policies', 'list', params] as const,
};

export const policiesQuery = (params: PolicyListParams) =>
  queryOptions({
    queryKey: policyKeys.list(params),
    queryFn: ({ signal }) => api.get<PolicyPage>(withQuery('/api/policies', { ...params }), { signal }),
    placeholderData: keepPreviousData,
  });
