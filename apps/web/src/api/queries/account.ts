// The account summary (dashboard) and its alias.
import { queryOptions } from '@tanstack/react-query';
import { api } from '../client.js';
import type { AccountSummary } from '../types.js';

export const accountKeys = { summary: ['account'] as const };

export const accountQuery = () =>
  queryOptions({
    queryKey: accountKeys.summary,
    queryFn: ({ signal }) => api.get<AccountSummary>('/api/account', { signal }),
  });

export const putAccountAlias = (alias: string) => api.put<unknown>('/api/account/alias', { alias });

export const deleteAccountAlias = () => api.delete('/api/account/alias');
