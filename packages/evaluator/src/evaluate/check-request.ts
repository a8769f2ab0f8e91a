// What a request must say for the evaluator to decide it without guessing. The one gap today:
// S3 bucket and object ARNs (`arn:aws:s3:::reports/q1.csv`) name no account, so whether the
// request crosses accounts — and so whether the bucket policy must allow too — depends on an
// account only the caller knows. evaluate() and explain() keep their old default (the
// caller's account) and explain() says so; evaluateRequest() refuses to guess.

import { diagnostic, quote } from '../diagnostics.js';
import { findArnColons } from '../match/arn-pattern.js';
import { parseRequestPrincipal } from '../match/request-principal.js';
import type { Decision, Diagnostic, EvaluationRequest, EvaluationResult } from '../types.js';
import type { CompiledPolicySet } from '../compile/compile-policy-set.js';
import { evaluate } from './evaluate.js';

/** Whether `resource` is an ARN whose account field is empty. */
function namesNoAccount(resource: string): boolean {
  const colons = new Int32Array(5);
  return findArnColons(resource, colons) && colons[4] === (colons[3] as number) + 1;
}

/**
 * The request's own problems, as diagnostics on its fields (`path: ['resourceAccount']`):
 * `resource-account-unknown` when an IAM principal's request names a resource ARN without an
 * account and gives no `resourceAccount`.
 */
export function checkRequest(request: EvaluationRequest): Diagnostic[] {
  return requestDiagnostics(request, false);
}

/** checkRequest's findings; `assumed` words the help for a decision that went ahead anyway (explain). */
export function requestDiagnostics(request: EvaluationRequest, assumed: boolean): Diagnostic[] {
  if (request.resourceAccount !== undefined || !namesNoAccount(request.resource)) return [];
  const principal = parseRequestPrincipal(request.principal);
  if (!principal.isIam) return [];
  const account = quote(principal.account ?? '');
  const fallback = assumed
    ? `this decision assumed the caller’s account ${account}`
    : `without it, evaluate() and explain() assume the caller’s account ${account}`;
  return [
    diagnostic(
      'resource-account-unknown',
      `${quote(request.resource, 200)} names no account and the request gives no \`resourceAccount\``,
      ['resourceAccount'],
      undefined,
      {
        help: `pass \`resourceAccount\`, the account that owns the resource (S3 bucket and object ARNs name none); ${fallback}`,
      },
    ),
  ];
}

/**
 * Decides a request the way evaluate() does, after checking it says everything a decision
 * needs: `{ ok: false, diagnostics }` rather than a guess when it does not (checkRequest).
 */
export function evaluateRequest(compiled: CompiledPolicySet, request: EvaluationRequest): EvaluationResult {
  const diagnostics = checkRequest(request);
  if (diagnostics.length > 0) return { ok: false, diagnostics };
  const decision: Decision = evaluate(compiled, request);
  return { ok: true, decision };
}
