// Service control policies and organization facts per account, for authorisation: which SCPs
// bound an account's principals (one level per node from the root down, then the account) and
// the values of aws:PrincipalOrgID / aws:PrincipalOrgPaths / aws:ResourceOrgID. Cached per
// account at its authzVersion, which every change to SCPs, attachments, the policy type or the
// account's place in the tree bumps (services/organizations/common/org-context.ts).
import { hasErrors, parseArn, parsePolicy, type ContextValue, type PolicyInput } from '@gatehouse/evaluator';
import type { DbOrTx } from '../db/client.js';
import { currentAuthzVersion } from './bump-authz-version.js';
import type { PolicyCache } from './policy-cache.js';

export interface OrgFacts {
  organizationId: string;
  managementAccountId: string;
  /** aws:PrincipalOrgPaths of the account: `o-…/r-…/ou-…/…/`, down to its parent. */
  orgPath: string;
  /**
   * One array of SCPs per level (the root, each OU down the path, the account); undefined for
   * the management account or while SCPs are not enabled.
   */
  scpLevels?: PolicyInput[][];
  /** A stored SCP no longer parses: refuse every request rather than guess. */
  broken: boolean;
}

function scpArn(
  org: { id: string; managementAccountId: string },
  policy: { id: string; awsManaged: boolean },
) {
  return policy.awsManaged
    ? `arn:aws:organizations::aws:policy/service_control_policy/${policy.id}`
    : `arn:aws:organizations::${org.managementAccountId}:policy/${org.id}/service_control_policy/${policy.id}`;
}

/** The account's organization facts and SCP levels, read from the database (four queries at most). */
export async function loadOrgFacts(db: DbOrTx, accountId: string): Promise<OrgFacts | undefined> {
  const account = await db.account.findUnique({
    where: { id: accountId },
    select: {
      orgParentId: true,
      organization: { select: { id: true, managementAccountId: true, rootId: true, scpEnabled: true } },
    },
  });
  const org = account?.organization;
  if (!org || !account.orgParentId) return undefined;
  const nodes = await db.organizationalUnit.findMany({
    where: { organizationId: org.id },
    select: { id: true, parentId: true },
  });
  const parents = new Map(nodes.map((n) => [n.id, n.parentId]));
  const path: string[] = [];
  for (
    let id: string | null | undefined = account.orgParentId;
    id && path.length <= 32;
    id = parents.get(id)
  ) {
    path.unshift(id);
  }
  const facts: OrgFacts = {
    organizationId: org.id,
    managementAccountId: org.managementAccountId,
    orgPath: `${org.id}/${path.join('/')}/`,
    broken: false,
  };
  // SCPs never apply to the management account, and only while the policy type is enabled.
  if (!org.scpEnabled || accountId === org.managementAccountId) return facts;
  const attachments = await db.orgPolicyAttachment.findMany({
    where: { organizationId: org.id, OR: [{ accountId }, { nodeId: { in: path } }] },
    select: {
      nodeId: true,
      accountId: true,
      policy: { select: { id: true, name: true, content: true, awsManaged: true } },
    },
    orderBy: { createdAt: 'asc' },
  });
  const levels = [...path.map((nodeId) => ({ nodeId })), { accountId }].map((level) =>
    attachments
      .filter((a) => ('nodeId' in level ? a.nodeId === level.nodeId : a.accountId === level.accountId))
      .map((a): PolicyInput | undefined => {
        const { document, diagnostics } = parsePolicy(a.policy.content, { sourceMap: false });
        if (!document || hasErrors(diagnostics)) {
          facts.broken = true;
          return undefined;
        }
        return { id: scpArn(org, a.policy), name: a.policy.name, document };
      })
      .filter((p): p is PolicyInput => p !== undefined),
  );
  facts.scpLevels = levels;
  return facts;
}

/**
 * The SCPs that bound the account's principals: one array per level (the organization's root,
 * each OU down to the account, the account itself), each SCP with its ARN as id and its name.
 * Undefined when the account is standalone, is the management account, or SCPs are not enabled.
 */
export async function loadScpLevels(db: DbOrTx, accountId: string): Promise<PolicyInput[][] | undefined> {
  return (await loadOrgFacts(db, accountId))?.scpLevels;
}

interface CachedFacts {
  version: bigint;
  facts: OrgFacts | undefined;
}

// One cache per server (per PolicyCache), so test servers in one process never share entries.
const caches = new WeakMap<PolicyCache, Map<string, CachedFacts>>();
const MAX_ENTRIES = 10_000;

/** loadOrgFacts, cached per account while its authzVersion is `version`. */
export async function cachedOrgFacts(
  deps: { db: DbOrTx; policyCache: PolicyCache },
  accountId: string,
  version: bigint,
): Promise<OrgFacts | undefined> {
  let cache = caches.get(deps.policyCache);
  if (!cache) caches.set(deps.policyCache, (cache = new Map()));
  const hit = cache.get(accountId);
  if (hit && hit.version === version) return hit.facts;
  const facts = await loadOrgFacts(deps.db, accountId);
  cache.delete(accountId);
  cache.set(accountId, { version, facts });
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  return facts;
}

/**
 * aws:PrincipalOrgID and aws:PrincipalOrgPaths of a principal in an organization, and
 * aws:ResourceOrgID / aws:ResourceOrgPaths when the resource is in an account whose organization
 * is known (`resource`: that account's facts; same account as the principal's when omitted).
 */
export function orgContextKeys(
  principalOrg: OrgFacts | undefined,
  resourceOrg: OrgFacts | undefined = principalOrg,
): Record<string, ContextValue> {
  const out: Record<string, ContextValue> = {};
  if (principalOrg) {
    out['aws:PrincipalOrgID'] = principalOrg.organizationId;
    out['aws:PrincipalOrgPaths'] = [principalOrg.orgPath];
  }
  if (resourceOrg) {
    out['aws:ResourceOrgID'] = resourceOrg.organizationId;
    out['aws:ResourceOrgPaths'] = [resourceOrg.orgPath];
  }
  return out;
}

/**
 * The organization keys of one request: the principal's (from its cached entry) and the
 * resource's account's. A resource in another account (rare: a cross-account call) costs a
 * look-up of that account's facts, cached like the principal's.
 */
export async function requestOrgKeys(
  deps: { db: DbOrTx; policyCache: PolicyCache },
  principalOrg: OrgFacts | undefined,
  principalAccountId: string,
  resource: string,
): Promise<Record<string, ContextValue>> {
  const owner = resource === '*' ? undefined : parseArn(resource)?.account;
  if (owner === 'aws') return orgContextKeys(principalOrg, undefined);
  if (!owner || owner === principalAccountId) return orgContextKeys(principalOrg);
  const version = await currentAuthzVersion(deps.db, owner);
  const resourceOrg = version < 0n ? undefined : await cachedOrgFacts(deps, owner, version);
  return orgContextKeys(principalOrg, resourceOrg);
}
