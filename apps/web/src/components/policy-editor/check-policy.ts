// The editor's live check: the shared evaluator's diagnostics (size quota included), summarised
// into what the page needs to decide whether "Save" is allowed.
import { checkPolicyText, policySize, type Diagnostic, type PolicyKind } from '@gatehouse/evaluator';

export interface PolicyCheck {
  diagnostics: Diagnostic[];
  /** Characters counted against the quota (non-whitespace, as AWS counts them). */
  size: number;
  /** The quota, or undefined when the kind has none (resource policies: each service sets its own). */
  limit: number | undefined;
  errorCount: number;
  warningCount: number;
  /** True when saving must be refused: an error diagnostic, the size quota included. */
  hasErrors: boolean;
}

export function checkPolicy(text: string, kind: PolicyKind, limit: number | undefined): PolicyCheck {
  const result = checkPolicyText(text, kind, limit === undefined ? {} : { sizeLimit: limit });
  const errorCount = result.diagnostics.filter((d) => d.severity === 'error').length;
  const warningCount = result.diagnostics.filter((d) => d.severity === 'warning').length;
  return {
    diagnostics: result.diagnostics,
    size: policySize(text, kind),
    limit,
    errorCount,
    warningCount,
    hasErrors: !result.ok,
  };
}
