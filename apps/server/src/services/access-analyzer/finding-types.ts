// What the analyzer computes before it is stored: one candidate finding per cause. Its `key`
// identifies the cause across recomputes (same role, principal and condition → same finding).
import { createHash } from 'node:crypto';

export const FINDING_TYPES = [
  'ExternalAccess',
  'UnusedIAMRole',
  'UnusedIAMUserAccessKey',
  'UnusedIAMUserPassword',
  'UnusedPermission',
] as const;
export type FindingType = (typeof FINDING_TYPES)[number];

export const FINDING_STATUSES = ['ACTIVE', 'ARCHIVED', 'RESOLVED'] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];

export type ResourceType = 'AWS::IAM::Role' | 'AWS::IAM::User';

export interface ExternalAccessDetails {
  /** As AWS's finding: principal type → the value the policy names, e.g. `{ AWS: "444455556666" }`. */
  principal: Record<string, string>;
  action: string[];
  /** Condition key → the values the statement requires, joined by `, `. */
  condition: Record<string, string>;
  isPublic: boolean;
  /** The trust policy statement that grants the access. */
  statementIndex: number;
  statementSid?: string;
}

export interface UnusedAccessDetails {
  /** When the role, password or key was last used (absent: never). */
  lastAccessed?: string;
  /** Unused since: the last use, or the creation when never used (stable, so a day passing changes nothing). */
  unusedSince?: string;
  accessKeyId?: string;
  /** UnusedPermission: each granted service not used in the window, or its unused actions. */
  unusedServices?: UnusedService[];
}

export interface UnusedService {
  serviceNamespace: string;
  /** For IAM, STS and Organizations, whose actions are tracked one by one: the unused ones. */
  actions?: string[];
  /** When the service was last used (before the window), if ever. */
  lastAccessed?: string;
}

export type FindingDetails = ExternalAccessDetails | UnusedAccessDetails;

export interface ComputedFinding {
  key: string;
  findingType: FindingType;
  resource: string;
  resourceType: ResourceType;
  details: FindingDetails;
}

/** The key of a cause: a hash, so any ARN length fits the column. */
export function findingKey(parts: readonly unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}
