import { parseArn } from '@gatehouse/evaluator';
import type { RootPrincipal, RoleSessionPrincipal, UserPrincipal } from '../auth/principal.js';
import type { ServiceContext } from '../services/service-context.js';
import { compiledPolicySetFor, compiledRoleSessionSetFor, compiledRootSetFor } from './compile-principal.js';
import type { CachedPrincipal } from './policy-cache.js';

/** The one look-up authorisation, listing filters and AssumeRole share for an IAM caller. */
export interface CallerPolicySet {
  entry: CachedPrincipal;
  /** `aws:PrincipalTag/*`: the user's or role's tags, a role session's own laid over them. */
  tags: Record<string, string>;
}

/**
 * The caller's compiled policy set (cached per principal), read at the authzVersion the request
 * started with when the AWS door read it with the key, so it is not read again.
 */
export async function callerPolicySet(
  ctx: ServiceContext,
  principal: UserPrincipal | RoleSessionPrincipal,
): Promise<CallerPolicySet> {
  const hint = ctx.request.authzVersion;
  const known = hint?.accountId === principal.accountId ? hint.version : undefined;
  const entry =
    principal.type === 'user'
      ? await compiledPolicySetFor(ctx, principal, known)
      : await compiledRoleSessionSetFor(ctx, principal, known);
  const tags = principal.type === 'role-session' ? { ...entry.tags, ...principal.sessionTags } : entry.tags;
  return { entry, tags };
}

/** The root user's set: its organization's SCPs (none for a standalone or management account). */
export async function rootPolicySet(ctx: ServiceContext, principal: RootPrincipal): Promise<CachedPrincipal> {
  const hint = ctx.request.authzVersion;
  return compiledRootSetFor(
    ctx,
    principal,
    hint?.accountId === principal.accountId ? hint.version : undefined,
  );
}

/** The root user may do anything within its own account, and read AWS managed policies. */
export function rootMay(accountId: string, resource: string): boolean {
  const owner = resource === '*' ? undefined : parseArn(resource)?.account;
  return owner === undefined || owner === '' || owner === accountId || owner === 'aws';
}
