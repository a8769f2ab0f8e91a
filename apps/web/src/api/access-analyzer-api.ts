// Access Analyzer's queries and mutations: findings (refetched every 2 s while an analysis is
// in progress), counts for the dashboard, archive rules, the analyzer's settings, and policy
// generation. Every change invalidates the whole `access-analyzer` key: counts, lists and
// details all move together when a finding is archived.
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type {
  AnalysisStatus,
  ArchiveRule,
  Criterion,
  FindingCountsResponse,
  FindingDetailResponse,
  GeneratedPolicyResponse,
  ListFindingsResponse,
} from '@gatehouse/contracts/access-analyzer';
import { api, segment, withQuery } from './client.js';

export interface FindingListParams {
  status?: 'ACTIVE' | 'ARCHIVED' | 'RESOLVED';
  category?: 'external' | 'unused';
  resource?: string;
  filter?: string;
  nextToken?: string;
  limit?: number;
}

export const accessAnalyzerKeys = {
  all: ['access-analyzer'] as const,
  findings: (params: FindingListParams) => ['access-analyzer', 'findings', params] as const,
  finding: (id: string) => ['access-analyzer', 'finding', id] as const,
  counts: ['access-analyzer', 'counts'] as const,
  rules: ['access-analyzer', 'archive-rules'] as const,
};

const POLL_MS = 2000;
const whileAnalysing = (data: { analysis: AnalysisStatus } | undefined) =>
  data?.analysis.inProgress ? POLL_MS : false;

export const findingsQuery = (params: FindingListParams) =>
  queryOptions({
    queryKey: accessAnalyzerKeys.findings(params),
    queryFn: ({ signal }) =>
      api.get<ListFindingsResponse>(withQuery('/api/access-analyzer/findings', { ...params }), { signal }),
    placeholderData: keepPreviousData,
    refetchInterval: (query) => whileAnalysing(query.state.data),
  });

export const findingQuery = (id: string) =>
  queryOptions({
    queryKey: accessAnalyzerKeys.finding(id),
    queryFn: ({ signal }) =>
      api.get<FindingDetailResponse>(`/api/access-analyzer/findings/${segment(id)}`, { signal }),
  });

export const findingCountsQuery = () =>
  queryOptions({
    queryKey: accessAnalyzerKeys.counts,
    queryFn: ({ signal }) =>
      api.get<FindingCountsResponse>('/api/access-analyzer/findings/counts', { signal }),
    refetchInterval: (query) => whileAnalysing(query.state.data),
    retry: false,
  });

export const archiveRulesQuery = () =>
  queryOptions({
    queryKey: accessAnalyzerKeys.rules,
    queryFn: ({ signal }) =>
      api.get<{ archiveRules: ArchiveRule[] }>('/api/access-analyzer/archive-rules', { signal }),
  });

export const updateFindings = (ids: string[], status: 'ACTIVE' | 'ARCHIVED') =>
  api.post<void>('/api/access-analyzer/findings/update', { ids, status });

export const startScan = () => api.post<AnalysisStatus>('/api/access-analyzer/analyzer/scan');

export const updateAnalyzer = (unusedAccessAge: number) =>
  api.put<AnalysisStatus>('/api/access-analyzer/analyzer', { unusedAccessAge });

export const createArchiveRule = (ruleName: string, filter: Record<string, Criterion>) =>
  api.post<{ rule: ArchiveRule; archived: number }>('/api/access-analyzer/archive-rules', {
    ruleName,
    filter,
  });

export const deleteArchiveRule = (ruleName: string) =>
  api.delete(`/api/access-analyzer/archive-rules/${segment(ruleName)}`);

export const generatePolicy = (body: {
  principalType: 'user' | 'role';
  name: string;
  startTime: string;
  endTime: string;
}) => api.post<GeneratedPolicyResponse>('/api/access-analyzer/policy-generation', body);
