import type { AnalysisStatus, FindingSummary } from '@gatehouse/contracts/access-analyzer';
import type { AccessAnalyzerFinding } from '../../db/generated/client.js';
import { analyzerArn } from './analyzer-arn.js';
import type { AnalyzerState } from './analyzer-state.js';

export function toFindingSummary(row: AccessAnalyzerFinding): FindingSummary {
  return {
    id: row.id,
    findingType: row.findingType as FindingSummary['findingType'],
    resource: row.resource,
    resourceType: row.resourceType,
    resourceOwnerAccount: row.accountId,
    status: row.status as FindingSummary['status'],
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    analyzedAt: row.analyzedAt.toISOString(),
    ...(row.details as object),
  };
}

export function toAnalysisStatus(
  accountId: string,
  state: AnalyzerState,
  inProgress: boolean,
): AnalysisStatus {
  return {
    analyzerArn: analyzerArn(accountId),
    analyzedAt: state.analyzedAt?.toISOString() ?? null,
    inProgress,
    unusedAccessAge: state.unusedAccessAge,
  };
}
