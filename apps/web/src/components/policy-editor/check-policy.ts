// The editor's live check: the shared evaluator's diagnostics (size quota included), summarised
// into what the page needs to decide whether "Save" is allowed, plus the catalog's findings
// (warnings that never block saving) once they are known.
import {
  checkPolicyText,
  policySize,
  sortDiagnostics,
  type Diagnostic,
  type PolicyDocument,
  type PolicyKind,
} from '@gatehouse/evaluator';

export interface PolicyCheck {
  /** The evaluator's diagnostics and the catalog's findings, sorted by position. */
  diagnostics: Diagnostic[];
  /** Characters counted against the quota (non-whitespace, as AWS counts them). */
  size: number;
  /** The quota, or undefined when the kind has none (resource policies: each service sets its own). */
  limit: number | undefined;
  errorCount: number;
  warningCount: number;
  /** True when saving must be refused: an error diagnostic, the size quota included. */
  hasErrors: boolean;
  /** The parsed document (partial when the text has errors), for the checks that build on it. */
  document?: PolicyDocument;
}

export function checkPolicy(text: string, kind: PolicyKind, limit: number | undefined): PolicyCheck {
  const result = checkPolicyText(text, kind, limit === undefined ? {} : { sizeLimit: limit });
  const check: PolicyCheck = {
    diagnostics: result.diagnostics,
    size: policySize(text, kind),
    limit,
    errorCount: count(result.diagnostics, 'error'),
    warningCount: count(result.diagnostics, 'warning'),
    hasErrors: !result.ok,
  };
  if (result.document) check.document = result.document;
  return check;
}

/**
 * The check with the catalog's findings merged in. They count as warnings and never make
 * `hasErrors` true: IAM accepts actions newer than any catalog, and so must Gatehouse.
 */
export function withCatalogFindings(check: PolicyCheck, findings: readonly Diagnostic[]): PolicyCheck {
  if (findings.length === 0) return check;
  const warnings = findings.map((finding) => ({ ...finding, severity: 'warning' as const }));
  const diagnostics = sortDiagnostics([...check.diagnostics, ...warnings]);
  return { ...check, diagnostics, warningCount: count(diagnostics, 'warning') };
}

function count(diagnostics: readonly Diagnostic[], severity: Diagnostic['severity']): number {
  return diagnostics.filter((d) => d.severity === severity).length;
}
