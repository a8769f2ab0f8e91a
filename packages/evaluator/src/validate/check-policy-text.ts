// checkPolicyText: everything Gatehouse checks before it accepts a policy, from the text.
import type { Diagnostic, PolicyDocument, PolicyKind } from '../types.js';
import { hasErrors, sortDiagnostics } from '../diagnostics.js';
import { LineIndex } from '../parse/line-index.js';
import { parsePolicy } from '../parse/parse-policy.js';
import { checkCharacters, checkSize } from './check-text.js';
import { validatePolicy } from './validate-policy.js';

export interface CheckOptions {
  /**
   * Size quota in characters, e.g. `POLICY_SIZE_LIMITS.inlineUser`. Defaults by kind: managed
   * (6,144) for identity and boundary, 2,048 for trust, 5,120 for SCPs, none for resource policies.
   */
  sizeLimit?: number;
}

export interface CheckResult {
  /** The parsed document, possibly partial; use it only when `ok`. */
  document?: PolicyDocument;
  /** All findings, sorted by position. */
  diagnostics: Diagnostic[];
  /** True when no finding is an error: AWS would accept the policy. */
  ok: boolean;
}

/** Parses and validates `text` as a policy of `kind`, collecting every finding in one pass. Never throws. */
export function checkPolicyText(text: string, kind: PolicyKind, options: CheckOptions = {}): CheckResult {
  const source = typeof text === 'string' ? text : '';
  const parsed = parsePolicy(source);
  const lines = new LineIndex(source);
  const diagnostics = [
    ...parsed.diagnostics,
    ...(parsed.document ? validatePolicy(parsed.document, kind) : []),
    ...checkCharacters(source, lines),
    ...checkSize(source, kind, lines, options.sizeLimit),
  ];
  const sorted = sortDiagnostics(diagnostics);
  const result: CheckResult = { diagnostics: sorted, ok: !hasErrors(sorted) };
  if (parsed.document) result.document = parsed.document;
  return result;
}
