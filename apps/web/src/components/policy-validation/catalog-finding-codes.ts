// The codes of the findings that come from the AWS service reference (the catalog) rather than
// from the policy grammar. All are warnings: IAM accepts names newer than any catalog, so a
// policy with them can still be saved. The console labels these findings "Catalog".
import type { Diagnostic } from '@gatehouse/evaluator';

export const CATALOG_FINDING_CODES = {
  'unknown-service': 'an action whose service prefix the service reference does not list',
  'unknown-action': 'an action, or an action pattern, that names no action of its service',
  'action-resource-mismatch': 'an action that takes none of the resource types its statement names',
  'action-takes-no-resource': 'an action without resource-level permissions in a statement without `*`',
  'resource-matches-no-action': 'a resource that no action of its statement applies to',
  'unknown-condition-key': 'a condition key that neither its service nor the global keys define',
  'condition-key-not-applicable': 'a condition key that no action of its statement supports',
} as const;

export type CatalogFindingCode = keyof typeof CATALOG_FINDING_CODES;

export function isCatalogFinding(diagnostic: Pick<Diagnostic, 'code'>): boolean {
  return Object.hasOwn(CATALOG_FINDING_CODES, diagnostic.code);
}
