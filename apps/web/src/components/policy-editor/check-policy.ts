// The editor's live check: the shared evaluator's diagnostics plus the size quota, summarised
// into what the page needs to decide whether "Save" is allowed.
import { checkPolicyText, policySize, type Diagnostic, type PolicyKind } from '@gatehouse/evaluator';

export interface PolicyCheck {
  diagnostics: Diagnostic[];
  /** Non-whitespace characters, as AWS counts against the quota. */
  size: number;
  limit: number;
  errorCount: number;
  warningCount: number;
  /** True when saving must be refused: an error diagnostic, or the size over the quota. */
  hasErrors: boolean;
}

export function checkPolicy(text: string, kind: PolicyKind, limit: number): PolicyCheck {
  const { diagnostics } = checkPolicyText(text, kind);
  const size = policySize(text);
  const errorCount = diagnostics.filter((d) => d.severity === 'error').length;
  const warningCount = diagnostics.filter((d) => d.severity === 'warning').length;
  return {
    diagnostics,
    size,
    limit,
    errorCount,
    warningCount,
    hasErrors: errorCount > 0 || size > limit,
  };
}
