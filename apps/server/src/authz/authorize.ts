import { evaluate, explain, type EvaluationRequest } from '@gatehouse/evaluator';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { ServiceContext } from '../services/service-context.js';
import { doorMetrics } from '../aws/door-metrics.js';
import { noteAccess } from '../services/last-accessed/access-recorder.js';
import { accessDenied, denialReason, denyingScp } from './access-denied.js';
import { callerPolicySet, rootMay, rootPolicySet } from './caller-policy-set.js';
import type { CachedPrincipal } from './policy-cache.js';
import { buildRequestContext, type ExtraContext } from './request-context.js';
import { requestOrgKeys } from './scp-levels.js';

/**
 * Decides whether the signed-in principal may perform `action` on `resource`; returns when
 * allowed, records the denial in the audit log and throws AccessDenied when not.
 *
 * The root user may do anything within its own account (and read AWS managed policies).
 * IAM users are judged by their effective policy set, compiled and cached per user; role
 * sessions by the role's policies and boundary, narrowed by their session policies. In a member
 * account of an organization every principal, the root user included, is also bounded by the
 * SCPs on its path (compiled into the same cached set); the management account never is.
 */
export async function authorize(
  ctx: ServiceContext,
  action: string,
  resource: string,
  extraContext: ExtraContext = {},
): Promise<void> {
  const { principal } = ctx;
  if (principal.type === 'root') {
    if (!rootMay(principal.accountId, resource)) {
      return deny(ctx, action, resource, accessDenied(principal.arn, action, resource, 'no-identity-allow'));
    }
    // The root user of a member account is bounded by its organization's SCPs.
    const root = await rootPolicySet(ctx, principal);
    if (root.compiled.scp.length === 0 && !root.broken) return;
    return checkRootScps(ctx, root, action, resource, extraContext);
  }

  const { entry, tags } = await callerPolicySet(ctx, principal);
  const orgKeys = await requestOrgKeys(ctx, entry.org, principal.accountId, resource);
  // The CPU of deciding (not the database wait): for the AWS door's benchmark.
  const started = process.hrtime.bigint();
  const now = ctx.clock();
  const request: EvaluationRequest = {
    principal: principal.arn,
    action,
    resource,
    context: buildRequestContext(principal, ctx.request, now, tags, { ...orgKeys, ...extraContext }),
  };
  const allowed = !entry.broken && evaluate(entry.compiled, request) === 'Allow';
  doorMetrics.recordEvaluation(process.hrtime.bigint() - started);
  if (allowed) return noteAccess(ctx, action); // Access Advisor: an in-memory note, no I/O
  return deny(ctx, action, resource, refusal(principal.arn, entry, request));
}

/** AccessDenied in AWS's words, naming the SCP that denied when one did. */
function refusal(principalArn: string, entry: CachedPrincipal, request: EvaluationRequest): Error {
  const { action, resource } = request;
  if (entry.broken) return accessDenied(principalArn, action, resource, 'no-identity-allow');
  const explanation = explain(entry.compiled, request);
  return accessDenied(principalArn, action, resource, denialReason(explanation), denyingScp(explanation));
}

async function checkRootScps(
  ctx: ServiceContext,
  root: CachedPrincipal,
  action: string,
  resource: string,
  extraContext: ExtraContext,
): Promise<void> {
  const { principal } = ctx;
  const orgKeys = await requestOrgKeys(ctx, root.org, principal.accountId, resource);
  const request: EvaluationRequest = {
    principal: principal.arn,
    action,
    resource,
    context: buildRequestContext(principal, ctx.request, ctx.clock(), {}, { ...orgKeys, ...extraContext }),
  };
  if (!root.broken && evaluate(root.compiled, request) === 'Allow') return;
  return deny(ctx, action, resource, refusal(principal.arn, root, request));
}

async function deny(ctx: ServiceContext, action: string, resource: string, error: Error): Promise<never> {
  await recordAuditEvent(ctx.db, ctx, { action, resource, result: 'Denied', errorCode: 'AccessDenied' });
  throw error;
}
