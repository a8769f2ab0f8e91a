import {
  checkPolicyText,
  JSON_SYNTAX_CODES,
  policySize,
  type Diagnostic,
  type PolicyKind,
} from '@gatehouse/evaluator';
import { AppError } from '../../../errors/app-error.js';

/**
 * Text that is not JSON, or nested past what the parser reads. Such text also draws structure
 * findings the parser made of what it could read (`policy has no Statement` for `{"Statement`
 * cut short), and those sort first at column 1: the one-line summary names the syntax error, the
 * real cause.
 */
const JSON_SYNTAX: ReadonlySet<string> = new Set([...JSON_SYNTAX_CODES, 'nesting-too-deep']);

/** The error a one-line message names: the first JSON syntax error, else the first error. */
export function firstProblem(diagnostics: readonly Diagnostic[]): Diagnostic | undefined {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  return errors.find((d) => JSON_SYNTAX.has(d.code)) ?? errors[0];
}

export interface CheckedPolicy {
  /** Non-white-space characters, as AWS counts them against its quotas. */
  size: number;
  /** Findings that do not stop the policy (Access Analyzer-style), for the caller to show. */
  warnings: Diagnostic[];
}

/**
 * Accepts `text` as a policy of `kind` or throws: `MalformedPolicyDocument` with the
 * evaluator's diagnostics (line and column) for a policy AWS would refuse, `LimitExceeded`
 * (also with the diagnostic) when the only problem is its size over `sizeLimit`, as AWS
 * answers an oversized policy.
 */
export function checkPolicyDocument(
  text: string,
  kind: PolicyKind,
  sizeLimit: number,
  what: string,
): CheckedPolicy {
  const result = checkPolicyText(text, kind, { sizeLimit });
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length === 0) {
    return { size: policySize(text, kind), warnings: result.diagnostics };
  }
  if (errors.every((d) => d.code === 'policy-too-large')) {
    throw new AppError(
      'LimitExceeded',
      `${what} is ${policySize(text, kind)} characters (not counting white space), over its quota of ${sizeLimit}`,
      { diagnostics: result.diagnostics },
    );
  }
  const first = firstProblem(errors)!;
  const where = first.range ? ` at line ${first.range.start.line}, column ${first.range.start.column}` : '';
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
  throw new AppError('MalformedPolicyDocument', `${what} is not valid${where}: ${first.message}${more}`, {
    diagnostics: result.diagnostics,
  });
}
