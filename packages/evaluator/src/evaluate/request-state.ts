// Everything evaluate() derives from a request before looking at statements: the lower-cased
// action and its service prefix, the resource's ARN layout, the caller's kind and account,
// and whether the request crosses accounts. The last action and principal strings are
// remembered, since batches usually repeat them.

import { findArnColons } from '../match/arn-pattern.js';
import { parseRequestPrincipal, type RequestPrincipal } from '../match/request-principal.js';
import type { EvaluationRequest } from '../types.js';
import type { Context } from '../variables/context-lookup.js';

export interface RequestState {
  request: EvaluationRequest;
  /** Lower-cased `service:Action`. */
  action: string;
  /** Lower-cased service prefix (the whole action when it has no colon). */
  service: string;
  resource: string;
  /** Whether `resource` is an ARN; `colons` then holds its first five colon positions. */
  isArn: boolean;
  colons: Int32Array;
  principal: RequestPrincipal;
  ctx: Context | undefined;
  resourceAccount: string | undefined;
  /** An IAM principal acting on a resource owned by another account. */
  crossAccount: boolean;
}

let lastAction = '';
let lastLower = '';
let lastService = '';
let lastPrincipal: RequestPrincipal | undefined;

function setAction(state: RequestState, action: string): void {
  if (action !== lastAction) {
    lastAction = action;
    lastLower = action.toLowerCase();
    const colon = lastLower.indexOf(':');
    lastService = colon < 0 ? lastLower : lastLower.slice(0, colon);
  }
  state.action = lastLower;
  state.service = lastService;
}

function principalOf(raw: string): RequestPrincipal {
  if (lastPrincipal === undefined || lastPrincipal.raw !== raw) lastPrincipal = parseRequestPrincipal(raw);
  return lastPrincipal;
}

export function newRequestState(): RequestState {
  return {
    request: { principal: '', action: '', resource: '' },
    action: '',
    service: '',
    resource: '',
    isArn: false,
    colons: new Int32Array(5),
    principal: parseRequestPrincipal(''),
    ctx: undefined,
    resourceAccount: undefined,
    crossAccount: false,
  };
}

/** Fills `state` from `request` (reusing the object, so evaluate() allocates nothing here). */
export function prepareRequest(state: RequestState, request: EvaluationRequest): RequestState {
  state.request = request;
  setAction(state, request.action);
  const resource = request.resource;
  state.resource = resource;
  state.isArn = findArnColons(resource, state.colons);
  const principal = principalOf(request.principal);
  state.principal = principal;
  state.ctx = request.context;
  let account = request.resourceAccount;
  if (account === undefined && state.isArn) {
    const start = (state.colons[3] as number) + 1;
    const end = state.colons[4] as number;
    if (end > start) account = resource.slice(start, end);
  }
  state.resourceAccount = account ?? principal.account;
  state.crossAccount =
    principal.isIam && principal.account !== undefined && state.resourceAccount !== principal.account;
  return state;
}
