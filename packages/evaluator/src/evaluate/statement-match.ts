// Whether each element of a statement matches a prepared request. evaluate() and explain()
// both call these, so the explanation always describes the decision actually taken.

import type { CompiledStatement } from '../compile/compiled-types.js';
import { conditionHolds } from '../condition/evaluate-condition.js';
import { matchArnPattern, type ArnPattern } from '../match/arn-pattern.js';
import { matchWhole, MATCH, type Glob } from '../match/glob.js';
import { Grant, matchPrincipal, notPrincipalExempts, type PrincipalHit } from '../match/principal.js';
import { resourceLayout, type RequestState } from './request-state.js';

/** Action / NotAction: does `action` fall under the statement (given these patterns)? */
export function actionMatches(patterns: readonly Glob[], notAction: boolean, action: string): boolean {
  for (let i = 0; i < patterns.length; i++) {
    if (matchWhole(patterns[i] as Glob, action, undefined) === MATCH) return !notAction;
  }
  return notAction;
}

/**
 * Resource / NotResource. A pattern whose policy variable has no value "will not match any
 * resource" (variables reference, "policy variables with no value") — under Resource and
 * NotResource alike.
 */
export function resourceMatches(s: CompiledStatement, st: RequestState): boolean {
  if (s.noResource) return false;
  if (s.anyResource) return true;
  const patterns = s.resources;
  for (let i = 0; i < patterns.length; i++) {
    const p = patterns[i] as ArnPattern;
    const isArn = p.needsLayout && resourceLayout(st);
    const r = matchArnPattern(p, st.resource, isArn, st.colons, st.ctx);
    if (r === MATCH) return !s.notResource;
  }
  return s.notResource;
}

/**
 * Principal / NotPrincipal: how the statement names the caller. Statements in identity-based
 * policies (no Principal element) implicitly name their own principal; a NotPrincipal
 * statement names, indirectly, every caller it does not exempt.
 */
export function principalGrant(s: CompiledStatement, st: RequestState, hit?: PrincipalHit): Grant {
  const cp = s.principal;
  if (cp === undefined) return s.principalRequired ? Grant.None : Grant.Indirect;
  if (!s.notPrincipal) return matchPrincipal(cp, st.principal, st.ctx, hit);
  if (s.notPrincipalHitsBoundary && st.principal.isIam) return Grant.Indirect;
  return notPrincipalExempts(cp, st.principal, st.ctx) ? Grant.None : Grant.Indirect;
}

/** Every condition clause holds (clauses are ANDed). */
export function conditionsHold(s: CompiledStatement, st: RequestState): boolean {
  const conditions = s.conditions;
  for (let i = 0; i < conditions.length; i++) {
    if (!conditionHolds(conditions[i]!, st.ctx)) return false;
  }
  return true;
}
