// One differential case: a request and every policy that bears on it, from a per-case seed.
import { buildContext, conditionKeys, type RequestContext } from './context-keys.js';
import { fullAccessScp, generatePolicy, type GeneratedPolicy, type Target } from './policies.js';
import { caseSeed, createRandom, type Random } from './random.js';
import { ACTIONS, HOME, OTHER, pickPrincipal, type PrincipalKind } from './vocabulary.js';

export interface DiffRequest {
  principal: string;
  action: string;
  resource: string;
  /** The account that owns the resource (given to both engines explicitly). */
  resourceAccount: string;
  context: RequestContext;
}

export interface DiffCase {
  index: number;
  seed: number;
  principalKind: PrincipalKind;
  request: DiffRequest;
  /**
   * Give our evaluator numbers and booleans for numeric and boolean keys, as the server does
   * (the oracle takes strings only).
   */
  typedContext?: boolean;
  identity: GeneratedPolicy[];
  resource?: GeneratedPolicy;
  boundary?: GeneratedPolicy;
  session?: GeneratedPolicy;
  scp?: GeneratedPolicy[][];
}

function varyCase(r: Random, action: string): string {
  if (!r.chance(0.1)) return action;
  return r.chance(0.5) ? action.toLowerCase() : action.toUpperCase();
}

function resourceAccountFor(r: Random, principalAccount: string | undefined): string {
  if (principalAccount === undefined) return HOME;
  const crossAccount = r.chance(principalAccount === HOME ? 0.15 : 0.7);
  return crossAccount ? (principalAccount === HOME ? OTHER : HOME) : principalAccount;
}

function scpLevels(r: Random, t: Target): GeneratedPolicy[][] {
  const levels = r.int(1, 3);
  return Array.from({ length: levels }, (_, level) => {
    const policies: GeneratedPolicy[] = [];
    if (r.chance(0.6)) policies.push(fullAccessScp());
    if (policies.length === 0 || r.chance(0.6)) policies.push(generatePolicy(r, 'scp', t, `scp-${level}`));
    return policies;
  });
}

export function generateCase(seed: number, index: number): DiffCase {
  const r = createRandom(caseSeed(seed, index));
  const principal = pickPrincipal(r);
  const isService = principal.kind === 'service';
  // Service principals only reach resources through resource-based policies.
  const actionPool = isService ? ACTIONS.filter((a) => !a.noResource) : ACTIONS;
  const action = r.pick(actionPool);
  const resourceAccount = resourceAccountFor(r, principal.account);
  const resource = action.resource(r, resourceAccount, principal);
  const context = buildContext(r, action, principal);
  const request: DiffRequest = {
    principal: principal.arn,
    action: varyCase(r, action.action),
    resource,
    resourceAccount: resource === '*' ? (principal.account ?? HOME) : resourceAccount,
    context,
  };
  const t: Target = {
    action,
    requestAction: action.action,
    resource,
    principal,
    keys: conditionKeys(action, principal),
    context,
  };

  const identityCount = isService
    ? 0
    : r.weighted([
        [5, 0],
        [55, 1],
        [30, 2],
        [10, 3],
      ]);
  const diffCase: DiffCase = {
    index,
    seed,
    principalKind: principal.kind,
    request,
    typedContext: r.chance(0.3),
    identity: Array.from({ length: identityCount }, (_, i) =>
      generatePolicy(r, 'identity', t, `identity-${i}`),
    ),
  };
  const crossAccount = principal.account !== undefined && principal.account !== request.resourceAccount;
  // Every role has a trust policy; service principals reach resources only through one.
  const resourcePolicyChance =
    isService || action.trust || action.alwaysResourcePolicy ? 1 : crossAccount ? 0.75 : 0.3;
  if (resource !== '*' && r.chance(resourcePolicyChance))
    diffCase.resource = generatePolicy(r, 'resource', t, 'resource');
  if (!isService && r.chance(0.2)) diffCase.boundary = generatePolicy(r, 'boundary', t, 'boundary');
  if (principal.kind === 'assumed-role' && r.chance(0.3))
    diffCase.session = generatePolicy(r, 'session', t, 'session');
  if (!isService && r.chance(0.15)) diffCase.scp = scpLevels(r, t);
  return diffCase;
}
