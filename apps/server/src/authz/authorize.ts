import { evaluate, explain, type EvaluationRequest } from '@gatehouse/evaluator';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { ServiceContext } from '../services/service-context.js';
import { doorMetrics } from '../aws/door-metrics.js';
import { noteAccess } from '../services/last-accessed/access-recorder.js';
import { accessDenied, denialReason } from './access-denied.js';
import { callerPolicySet, rootMay } from './caller-policy-set.js';
import { buildRequestContext, type ExtraContext } from './request-context.js';

/**
 * Decides whether the signed-in principal may perform `action` on `resource`; returns when
 * allowed, records the denial in the audit log and throws AccessDenied when not.
 *
 * The root user may do anything within its own account (and read AWS managed policies).
 * IAM users are judged by their effective policy set, compiled and cached per user; role
 * sessions by the role's policies and boundary, narrowed by their session policies.
 */
export async function authorize(
  ctx: ServiceContext,
  action: string,
  resource: string,
  extraContext: ExtraContext = {},
): Promise<void> {
  const { principal } = ctx;
  if (principal.type === 'root') {
    if (rootMay(principal.accountId, resource)) return;
    return deny(ctx, action, resource, accessDenied(principal.arn, action, resource, 'no-identity-allow'));
  }

  const { entry, tags } = await callerPolicySet(ctx, principal);
  // The CPU of deciding (not the database wait): for the AWS door's benchmark.
  const started = process.hrtime.bigint();
  const now = ctx.clock();
  const request: EvaluationRequest = {
    principal: principal.arn,
    action,
    resource,
    context: buildRequestContext(principal, ctx.request, now, tags, extraContext),
  };
  const allowed = !entry.broken && evaluate(entry.compiled, request) === 'Allow';
  doorMetrics.authorizeNs += process.hrtime.bigint() - started;
  if (allowed) return noteAccess(ctx, action); // Access Advisor: an in-memory note, no I/O
  const reason = entry.broken ? 'no-identity-allow' : denialReason(explain(entry.compiled, request));
  return deny(ctx, action, resource, accessDenied(principal.arn, action, resource, reason));
}

async function deny(ctx: ServiceContext, action: string, resource: string, error: Error): Promise<never> {
  await recordAuditEvent(ctx.db, ctx, { action, resource, result: 'Denied', errorCode: 'AccessDenied' });
  throw error;
}
