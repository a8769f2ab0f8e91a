// The mutable state evaluate() works in: the prepared request (with its memos and the
// matchers' scratch space) and the facts handed to decide(). Each compiled policy set owns
// one (compilePolicySet makes it), so evaluating one set never disturbs another — not even
// when a context value computed on demand evaluates a second set in the middle of the first.
// Reusing it from one request to the next is what keeps evaluate() from allocating.

import { Grant } from '../match/principal.js';
import type { DecisionFacts } from './decide.js';
import { newRequestState, type RequestState } from './request-state.js';

export interface EvaluatorState {
  readonly request: RequestState;
  readonly facts: DecisionFacts;
}

export function newDecisionFacts(): DecisionFacts {
  return {
    noPermissionNeeded: false,
    explicitDeny: false,
    iam: true,
    rcpBlockedLevel: -1,
    scpBlockedLevel: -1,
    grant: Grant.None,
    identityAllows: false,
    boundaryAllows: true,
    sessionAllows: true,
    crossAccount: false,
    trustRequired: false,
  };
}

export function newEvaluatorState(): EvaluatorState {
  return { request: newRequestState(), facts: newDecisionFacts() };
}
