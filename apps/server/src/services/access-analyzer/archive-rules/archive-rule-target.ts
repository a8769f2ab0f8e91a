import { AppError } from '../../../errors/app-error.js';
import type { ArchiveRule } from '@gatehouse/contracts/access-analyzer';
import type { AccessAnalyzerArchiveRule } from '../../../db/generated/client.js';

export function ruleNotFound(name: string): AppError {
  return new AppError(
    'ResourceNotFoundException',
    `the archive rule \`${name.slice(0, 255)}\` does not exist`,
  );
}

export function toArchiveRule(row: AccessAnalyzerArchiveRule): ArchiveRule {
  return {
    ruleName: row.ruleName,
    filter: row.filter as ArchiveRule['filter'],
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
