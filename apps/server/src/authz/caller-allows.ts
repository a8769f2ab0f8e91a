import { evaluate, parseArn } from '@gatehouse/evaluator';
import type { ServiceContext } from '../services/service-context.js';
import { compiledPolicySetFor, compiledRoleSessionSetFor } from './compile-principal.js';
import { buildRequestContext } from './request-context.js';

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
    return (_action, resource) => {
      const owner = resource === '*' ? undefined : parseArn(resource)?.account;
      return owner === undefined || owner === '' || owner === principal.accountId || owner === 'aws';
    };
  }
  const hint = ctx.request.authzVersion;
  const known = hint?.accountId === principal.accountId ? hint.version : undefined;
  const entry =
    principal.type === 'user'
      ? await compiledPolicySetFor(ctx, principal, known)
      : await compiledRoleSessionSetFor(ctx, principal, known);
  if (entry.broken) return () => false;
  const tags = principal.type === 'role-session' ? { ...entry.tags, ...principal.sessionTags } : entry.tags;
  const context = buildRequestContext(principal, ctx.request, ctx.clock(), tags);
  return (action, resource) =>
    evaluate(entry.compiled, { principal: principal.arn, action, resource, context }) === 'Allow';
}
