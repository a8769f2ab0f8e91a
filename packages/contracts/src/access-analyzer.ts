// The console's Access Analyzer API (/api/access-analyzer/…): findings, archive rules, the
// analyzer's settings and policy generation. Field names follow AWS's Access Analyzer API.
import { z } from 'zod';

export const FINDING_TYPE_VALUES = [
  'ExternalAccess',
  'UnusedIAMRole',
  'UnusedIAMUserAccessKey',
  'UnusedIAMUserPassword',
  'UnusedPermission',
] as const;
export const FINDING_STATUS_VALUES = ['ACTIVE', 'ARCHIVED', 'RESOLVED'] as const;

export const criterionSchema = z
  .object({
    eq: z.array(z.string()).optional(),
    neq: z.array(z.string()).optional(),
    contains: z.array(z.string()).optional(),
    exists: z.boolean().optional(),
  })
  .strict();
export type Criterion = z.infer<typeof criterionSchema>;

export const listFindingsQuerySchema = z.object({
  status: z.enum(FINDING_STATUS_VALUES, { error: 'status is `ACTIVE`, `ARCHIVED` or `RESOLVED`' }).optional(),
  /** `external` (ExternalAccess) or `unused` (the Unused… types). */
  category: z.enum(['external', 'unused'], { error: 'category is `external` or `unused`' }).optional(),
  findingType: z.enum(FINDING_TYPE_VALUES, { error: 'not a finding type' }).optional(),
  /** Substring of the resource ARN. */
  resource: z.string().min(1).max(2048, 'the resource has at most 2048 characters').optional(),
  /** A FilterCriteriaMap as JSON text (AWS's `filter`). */
  filter: z.string().max(8192, 'the filter has at most 8192 characters').optional(),
  limit: z.coerce
    .number({ error: 'a limit is a number' })
    .int('a limit is a whole number')
    .min(1, 'a limit is at least 1')
    .max(1000, 'a limit is at most 1000')
    .default(100),
  nextToken: z.string().max(64, 'the token is not valid').optional(),
});

export const updateFindingsBodySchema = z
  .object({
    ids: z
      .array(z.string().uuid('a finding id is a UUID'), { error: 'ids is a list of finding ids' })
      .min(1, 'name at least one finding')
      .max(100, 'at most 100 findings at a time'),
    status: z.enum(['ACTIVE', 'ARCHIVED'], { error: 'status is `ACTIVE` or `ARCHIVED`' }),
  })
  .strict();

export const ARCHIVE_RULE_NAME = /^[A-Za-z][A-Za-z0-9_.-]*$/;
export const archiveRuleNameSchema = z
  .string({ error: 'the rule name is a string' })
  .min(1, 'the rule name is empty')
  .max(255, 'the rule name has at most 255 characters')
  .regex(
    ARCHIVE_RULE_NAME,
    'the rule name starts with a letter and has only letters, digits, `_`, `.` and `-`',
  );

export const createArchiveRuleBodySchema = z
  .object({ ruleName: archiveRuleNameSchema, filter: z.record(z.string(), z.unknown()) })
  .strict();
export const updateArchiveRuleBodySchema = z.object({ filter: z.record(z.string(), z.unknown()) }).strict();

export const updateAnalyzerBodySchema = z
  .object({
    unusedAccessAge: z
      .number({ error: 'unusedAccessAge is a number of days' })
      .int('unusedAccessAge is a whole number of days')
      .min(1, 'unusedAccessAge is 1 to 365 days')
      .max(365, 'unusedAccessAge is 1 to 365 days'),
  })
  .strict();

export const generatePolicyBodySchema = z
  .object({
    principalType: z.enum(['user', 'role'], { error: 'principalType is `user` or `role`' }),
    name: z.string().min(1, 'the name is empty').max(128),
    startTime: z.iso.datetime({ offset: true, error: 'the start time is an ISO 8601 date and time' }),
    endTime: z.iso.datetime({ offset: true, error: 'the end time is an ISO 8601 date and time' }),
  })
  .strict();

export interface FindingSummary {
  id: string;
  findingType: (typeof FINDING_TYPE_VALUES)[number];
  resource: string;
  resourceType: string;
  resourceOwnerAccount: string;
  status: (typeof FINDING_STATUS_VALUES)[number];
  createdAt: string;
  updatedAt: string;
  analyzedAt: string;
  /** ExternalAccess. */
  principal?: Record<string, string>;
  action?: string[];
  condition?: Record<string, string>;
  isPublic?: boolean;
  statementIndex?: number;
  statementSid?: string;
  /** Unused access. */
  lastAccessed?: string;
  unusedSince?: string;
  accessKeyId?: string;
  unusedServices?: { serviceNamespace: string; actions?: string[]; lastAccessed?: string }[];
}

export interface AnalysisStatus {
  analyzerArn: string;
  analyzedAt: string | null;
  inProgress: boolean;
  unusedAccessAge: number;
}

export interface ListFindingsResponse {
  findings: FindingSummary[];
  nextToken: string | null;
  analysis: AnalysisStatus;
}

export interface FindingDetailResponse {
  finding: FindingSummary;
  /** ExternalAccess: the role's current trust policy, for the statement behind the finding. */
  trustPolicy?: string;
  roleName?: string;
}

export interface FindingCountsResponse {
  active: { external: number; unused: number };
  archived: number;
  resolved: number;
  analysis: AnalysisStatus;
}

export interface ArchiveRule {
  ruleName: string;
  filter: Record<string, Criterion>;
  createdAt: string;
  updatedAt: string;
}

export interface GeneratedPolicyResponse {
  principalArn: string;
  startTime: string;
  endTime: string;
  policy: string;
  actions: { action: string; resources: string[] }[];
  activityCount: number;
}
