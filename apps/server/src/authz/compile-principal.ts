import { compilePolicySet, hasErrors, parsePolicy, type PolicyInput } from '@gatehouse/evaluator';
import type { UserPrincipal } from '../auth/principal.js';
import type { AppDeps } from '../services/service-context.js';
import { currentAuthzVersion } from './bump-authz-version.js';
import { loadEffectivePolicies, type EffectivePolicy } from './effective-policies.js';
import type { CachedPrincipal } from './policy-cache.js';

/** Stored policies were validated when written; one that no longer parses cleanly is corrupt. */
function toInput(policy: EffectivePolicy): PolicyInput | undefined {
  const { document, diagnostics } = parsePolicy(policy.document, { sourceMap: false });
  return document && !hasErrors(diagnostics) ? { id: policy.id, name: policy.label, document } : undefined;
}

/**
 * The user's compiled policy set, from the cache when the account's authzVersion has not
 * moved. The version is read before the policies, so a change committed in between can only
 * make the entry look older than it is (and be rebuilt), never newer.
 */
export async function compiledPolicySetFor(
  deps: AppDeps,
  principal: UserPrincipal,
): Promise<CachedPrincipal> {
  const version = await currentAuthzVersion(deps.db, principal.accountId);
  const cached = deps.policyCache.get(principal.userId, version);
  if (cached) return cached;

  const [policies, tags] = await Promise.all([
    loadEffectivePolicies(deps.db, principal.accountId, principal.userId),
    deps.db.tag.findMany({ where: { userId: principal.userId }, select: { key: true, value: true } }),
  ]);
  let broken = false;
  const identity: PolicyInput[] = [];
  const boundary: PolicyInput[] = [];
  for (const policy of policies) {
    const input = toInput(policy);
    if (!input) {
      deps.log.error(
        { policy: policy.id },
        'stored policy does not parse: denying every request of its principal',
      );
      broken = true;
      continue;
    }
    (policy.category === 'boundary' ? boundary : identity).push(input);
  }
  const entry: CachedPrincipal = {
    version,
    compiled: compilePolicySet({ identity, boundary: boundary.length > 0 ? boundary : undefined }),
    tags: Object.fromEntries(tags.map((t) => [t.key, t.value])),
    broken,
  };
  deps.policyCache.set(principal.userId, entry);
  return entry;
}
