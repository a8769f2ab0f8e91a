// evaluate(): the fast path. Denies are looked for first (any one decides), then the allows
// each category contributes; decide.ts combines them. Only the statements whose Action covers
// the request's action are examined (statements-for.ts), and nothing is allocated per request:
// the state it works in belongs to the compiled set (evaluator-state.ts).

import type { CompiledPolicySet } from '../compile/compile-policy-set.js';
import type { ActionIndex, CompiledCategory, CompiledStatement } from '../compile/compiled-types.js';
import { Grant } from '../match/principal.js';
import type { Decision, EvaluationRequest } from '../types.js';
import { decide, DECISION_OF } from './decide.js';
import {
  resourcePolicyMustAllow,
  needsNoPermission,
  prepareRequest,
  type RequestState,
} from './request-state.js';
import { conditionsHold, principalGrant, resourceMatches } from './statement-match.js';
import { statementsFor } from './statements-for.js';

/** Whether any statement in `index` applies to the request. */
export function anyApplies(index: ActionIndex, st: RequestState): boolean {
  if (index.size === 0) return false;
  const list = statementsFor(index, st.action, st.service);
  for (let i = 0; i < list.length; i++) {
    const s = list[i] as CompiledStatement;
    if (resourceMatches(s, st) && principalGrant(s, st) !== Grant.None && conditionsHold(s, st)) return true;
  }
  return false;
}

/** The strongest grant among the applicable Allow statements of a resource-based policy. */
export function bestGrant(index: ActionIndex, st: RequestState): Grant {
  let best: Grant = Grant.None;
  if (index.size === 0) return best;
  const list = statementsFor(index, st.action, st.service);
  for (let i = 0; i < list.length && best < Grant.Session; i++) {
    const s = list[i] as CompiledStatement;
    if (!resourceMatches(s, st)) continue;
    const g = principalGrant(s, st);
    if (g > best && conditionsHold(s, st)) best = g;
  }
  return best;
}

function denies(category: CompiledCategory | undefined, st: RequestState): boolean {
  return category !== undefined && anyApplies(category.deny, st);
}

function allows(category: CompiledCategory | undefined, st: RequestState): boolean {
  return category === undefined || anyApplies(category.allow, st);
}

/** Index of the first level none of whose Allow statements applies, or -1. */
function blockedLevel(levels: readonly CompiledCategory[], st: RequestState): number {
  for (let i = 0; i < levels.length; i++) if (!allows(levels[i], st)) return i;
  return -1;
}

function anyDenies(levels: readonly CompiledCategory[], st: RequestState): boolean {
  for (let i = 0; i < levels.length; i++) if (denies(levels[i], st)) return true;
  return false;
}

/**
 * Decides one request against a compiled policy set. Never throws for valid input. A
 * resource ARN without an account (S3 buckets and objects) is taken to be in the account the
 * request's `resourceAccount` names, else the caller's: pass `resourceAccount` for those, or
 * use evaluateRequest(), which refuses to guess.
 */
export function evaluate(compiled: CompiledPolicySet, request: EvaluationRequest): Decision {
  const { request: state, facts } = compiled.scratch;
  const st = prepareRequest(state, request);
  if (st.principal.isIam && needsNoPermission(st)) return 'Allow';
  const resource = compiled.resource;
  const rcp = compiled.rcp;
  if (denies(resource, st) || anyDenies(rcp, st)) return 'ExplicitDeny';
  if (!st.principal.isIam) {
    if (blockedLevel(rcp, st) >= 0) return 'ImplicitDeny';
    return resource && bestGrant(resource.allow, st) > Grant.None ? 'Allow' : 'ImplicitDeny';
  }
  const scp = compiled.scp;
  if (anyDenies(scp, st)) return 'ExplicitDeny';
  if (denies(compiled.identity, st) || denies(compiled.boundary, st) || denies(compiled.session, st)) {
    return 'ExplicitDeny';
  }
  if (blockedLevel(rcp, st) >= 0 || blockedLevel(scp, st) >= 0) return 'ImplicitDeny';
  const root = st.principal.kind === 'root';
  const identityAllows = root || anyApplies(compiled.identity.allow, st);
  const boundaryAllows = root || allows(compiled.boundary, st);
  const sessionAllows = root || allows(compiled.session, st);
  const trustRequired = resource !== undefined && resourcePolicyMustAllow(st);
  if (!st.crossAccount && !trustRequired && identityAllows && boundaryAllows && sessionAllows) return 'Allow';
  facts.explicitDeny = false;
  facts.iam = true;
  facts.rcpBlockedLevel = -1;
  facts.scpBlockedLevel = -1;
  facts.grant = resource ? bestGrant(resource.allow, st) : Grant.None;
  facts.identityAllows = identityAllows;
  facts.boundaryAllows = boundaryAllows;
  facts.sessionAllows = sessionAllows;
  facts.crossAccount = st.crossAccount;
  facts.trustRequired = trustRequired;
  return DECISION_OF[decide(facts)];
}
