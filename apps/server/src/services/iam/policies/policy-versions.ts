import type { PolicyVersion } from '../../../db/generated/client.js';
import { AppError } from '../../../errors/app-error.js';

/** `v12` → 12. */
export function versionNumber(versionId: string): number {
  return Number(versionId.slice(1));
}

/** A sortable key of a version (zero-padded number), for cursors. */
export function versionKey(versionId: string): string {
  return String(versionNumber(versionId)).padStart(10, '0');
}

/** Newest first, as the console shows them. */
export function newestFirst<T extends Pick<PolicyVersion, 'versionId'>>(versions: T[]): T[] {
  return [...versions].sort((a, b) => versionNumber(b.versionId) - versionNumber(a.versionId));
}

export function noSuchVersion(versionId: string, policyArn: string): AppError {
  return new AppError('NoSuchEntity', `version \`${versionId}\` of policy \`${policyArn}\` cannot be found`);
}
