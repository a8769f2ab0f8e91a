// The Last Accessed tab's one query: the report for a user, role, group or policy ARN.
import { queryOptions } from '@tanstack/react-query';
import type { LastAccessedReport } from '@gatehouse/contracts/last-accessed';
import { api, withQuery } from '../../api/client.js';

export const lastAccessedKeys = {
  all: ['last-accessed'] as const,
  report: (arn: string) => ['last-accessed', arn] as const,
};

export const lastAccessedQuery = (arn: string) =>
  queryOptions({
    queryKey: lastAccessedKeys.report(arn),
    queryFn: ({ signal }) =>
      api.get<LastAccessedReport>(withQuery('/api/last-accessed', { arn }), { signal }),
  });
