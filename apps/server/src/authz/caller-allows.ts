import { evaluate } from '@gatehouse/evaluator';
import type { ServiceContext } from '../services/service-context.js';
import { callerPolicySet, rootMay, rootPolicySet } from './caller-policy-set.js';
import { buildRequestContext } from './request-context.js';
import { orgContextKeys } from './scp-levels.js';

/** Whether the caller may perform `action` on `resource`. */
export type CallerAllows = (action: string, resource: string) => boolean;

/**
 * The caller's permissions as a predicate that neither throws nor audits, for what a list may
 * show beside its rows: AWS's console fills the users list's credential columns by calling
 * ListAccessKeys, ListMFADevices and the like per user, so a caller sees those facts only for
 * the users it may read them of. Decides as authorize() does (same compiled set, same request
 * context); a refusal here hides a fact, it is not a denied call.
 */
export async function callerAllows(ctx: ServiceContext): Promise<CallerAllows> {
  const { principal } = ctx;
  if (principal.type === 'root') {
    const root = await rootPolicySet(ctx, principal);
    if (root.compiled.scp.length === 0 && !root.broken) {
      return (_action, resource) => rootMay(principal.accountId, resource);
    }
    if (root.broken) return () => false;
    // A member account's root user, bounded by its SCPs.
    const context = buildRequestContext(principal, ctx.request, ctx.clock(), {}, orgContextKeys(root.org));
    return (action, resource) =>
      rootMay(principal.accountId, resource) &&
      evaluate(root.compiled, { principal: principal.arn, action, resource, context }) === 'Allow';
  }
  const { entry, tags } = await callerPolicySet(ctx, principal);
  if (entry.broken) return () => false;
  const context = buildRequestContext(principal, ctx.request, ctx.clock(), tags, orgContextKeys(entry.org));
  return (action, resource) =>
    evaluate(entry.compiled, { principal: principal.arn, action, resource, context }) === 'Allow';
}
