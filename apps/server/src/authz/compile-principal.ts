import { compilePolicySet, hasErrors, parsePolicy, type PolicyInput } from '@gatehouse/evaluator';
import type { RootPrincipal, RoleSessionPrincipal, UserPrincipal } from '../auth/principal.js';
import { plainRows } from '../db/plain-sql.js';
import type { DbOrTx } from '../db/client.js';
import { Prisma } from '../db/generated/client.js';
import type { AppDeps } from '../services/service-context.js';
import { currentAuthzVersion } from './bump-authz-version.js';
import {
  defaultDocuments,
  loadEffectivePolicies,
  loadRoleEffectivePolicies,
  type EffectivePolicy,
} from './effective-policies.js';
import type { CachedPrincipal } from './policy-cache.js';
import { cachedOrgFacts } from './scp-levels.js';
import { doorMetrics } from '../aws/door-metrics.js';

/** A principal's tag, for `aws:PrincipalTag/*`. */
interface TagRow {
  key: string;
  value: string;
}

/** Stored policies were validated when written; one that no longer parses cleanly is corrupt. */
function toInput(id: string, label: string, text: string): PolicyInput | undefined {
  const { document, diagnostics } = parsePolicy(text, { sourceMap: false });
  return document && !hasErrors(diagnostics) ? { id, name: label, document } : undefined;
}

interface Split {
  identity: PolicyInput[];
  boundary: PolicyInput[];
  broken: boolean;
}

function split(deps: AppDeps, policies: EffectivePolicy[]): Split {
  const out: Split = { identity: [], boundary: [], broken: false };
  for (const policy of policies) {
    const input = toInput(policy.id, policy.label, policy.document);
    if (!input) {
      deps.log.error(
        { policy: policy.id },
        'stored policy does not parse: denying every request of its principal',
      );
      out.broken = true;
      continue;
    }
    (policy.category === 'boundary' ? out.boundary : out.identity).push(input);
  }
  return out;
}

/**
 * The user's compiled policy set, from the cache when the account's authzVersion has not
 * moved. The version is read before the policies, so a change committed in between can only
 * make the entry look older than it is (and be rebuilt), never newer.
 */
export async function compiledPolicySetFor(
  deps: AppDeps,
  principal: UserPrincipal,
  knownVersion?: bigint,
): Promise<CachedPrincipal> {
  const version = knownVersion ?? (await currentAuthzVersion(deps.db, principal.accountId));
  const cached = deps.policyCache.get(principal.userId, version);
  if (cached) return cached;

  const [policies, tags, org] = await Promise.all([
    loadEffectivePolicies(deps.db, principal.accountId, principal.userId),
    plainRows<TagRow>(
      deps.db,
      Prisma.sql`SELECT "key", "value" FROM "Tag" WHERE "userId" = ${principal.userId}`,
    ),
    cachedOrgFacts(deps, principal.accountId, version),
  ]);
  const started = process.hrtime.bigint();
  const { identity, boundary, broken } = split(deps, policies);
  const entry: CachedPrincipal = {
    version,
    compiled: compilePolicySet({
      identity,
      boundary: boundary.length > 0 ? boundary : undefined,
      scp: org?.scpLevels,
    }),
    tags: Object.fromEntries(tags.map((t) => [t.key, t.value])),
    broken: broken || org?.broken === true,
    org,
  };
  doorMetrics.recordCompile(process.hrtime.bigint() - started);
  deps.policyCache.set(principal.userId, entry);
  return entry;
}

/** The session policies of a role session: its inline policy and the managed policies it names. */
async function sessionPolicies(
  db: DbOrTx,
  principal: RoleSessionPrincipal,
): Promise<(PolicyInput | undefined)[]> {
  const out: (PolicyInput | undefined)[] = [];
  if (principal.sessionPolicy !== undefined)
    out.push(toInput(`${principal.arn}:session-policy`, 'session policy', principal.sessionPolicy));
  if (principal.sessionPolicyArns.length > 0) {
    const rows = await db.managedPolicy.findMany({ where: { arn: { in: principal.sessionPolicyArns } } });
    const docs = await defaultDocuments(db, rows);
    for (const row of rows) {
      const text = docs.get(row.id);
      out.push(text === undefined ? undefined : toInput(row.arn, `${row.name} (session policy)`, text));
    }
  }
  return out;
}

/**
 * A role session's compiled set: the role's identity policies, its boundary, and the session
 * policies, which must also allow. Sessions without session policies share the role's entry.
 * Tags are the role's; the session's own tags are laid over them per request.
 */
export async function compiledRoleSessionSetFor(
  deps: AppDeps,
  principal: RoleSessionPrincipal,
  knownVersion?: bigint,
): Promise<CachedPrincipal> {
  const hasSessionPolicies = principal.sessionPolicy !== undefined || principal.sessionPolicyArns.length > 0;
  const key = hasSessionPolicies ? `session:${principal.credentialId}` : `role:${principal.roleId}`;
  const version = knownVersion ?? (await currentAuthzVersion(deps.db, principal.accountId));
  const cached = deps.policyCache.get(key, version);
  if (cached) return cached;

  const [policies, tags, session, org] = await Promise.all([
    loadRoleEffectivePolicies(deps.db, principal.accountId, principal.roleId),
    plainRows<TagRow>(
      deps.db,
      Prisma.sql`SELECT "key", "value" FROM "Tag" WHERE "roleId" = ${principal.roleId}`,
    ),
    hasSessionPolicies ? sessionPolicies(deps.db, principal) : Promise.resolve([]),
    cachedOrgFacts(deps, principal.accountId, version),
  ]);
  const { identity, boundary, broken } = split(deps, policies);
  const sessionInputs = session.filter((p): p is PolicyInput => p !== undefined);
  const entry: CachedPrincipal = {
    version,
    compiled: compilePolicySet({
      identity,
      boundary: boundary.length > 0 ? boundary : undefined,
      session: hasSessionPolicies ? sessionInputs : undefined,
      scp: org?.scpLevels,
    }),
    tags: Object.fromEntries(tags.map((t) => [t.key, t.value])),
    // A role deleted under a live session leaves it nothing; a corrupt policy denies all.
    broken:
      broken || org?.broken === true || (policies.length === 0 && !(await roleExists(deps.db, principal))),
    org,
  };
  deps.policyCache.set(key, entry);
  return entry;
}

async function roleExists(db: DbOrTx, principal: RoleSessionPrincipal): Promise<boolean> {
  return (await db.role.count({ where: { id: principal.roleId, accountId: principal.accountId } })) > 0;
}

/**
 * The root user's set: no identity policies (the root user may do anything in its account) but
 * the SCPs of its organization, which bound the root user of a member account as every other
 * principal; empty for a standalone or management account. Cached per account.
 */
export async function compiledRootSetFor(
  deps: AppDeps,
  principal: RootPrincipal,
  knownVersion?: bigint,
): Promise<CachedPrincipal> {
  const key = `root:${principal.accountId}`;
  const version = knownVersion ?? (await currentAuthzVersion(deps.db, principal.accountId));
  const cached = deps.policyCache.get(key, version);
  if (cached) return cached;
  const org = await cachedOrgFacts(deps, principal.accountId, version);
  const entry: CachedPrincipal = {
    version,
    compiled: compilePolicySet({ identity: [], scp: org?.scpLevels }),
    tags: {},
    broken: org?.broken === true,
    org,
  };
  deps.policyCache.set(key, entry);
  return entry;
}
