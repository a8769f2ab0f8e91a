// Everything evaluate() derives from a request before looking at statements: the lower-cased
// action and its service prefix, the caller's kind and account, and whether the request
// crosses accounts. The last action and principal strings are remembered, since batches
// usually repeat them. The resource's ARN layout (where its colons are) is found only when
// something asks for it: a Resource pattern with a literal `arn:…:` head, the usual kind,
// is matched without it.

import { findArnColons } from '../match/arn-pattern.js';
import { startsAt } from '../match/starts-at.js';
import { parseRequestPrincipal, type RequestPrincipal } from '../match/request-principal.js';
import type { EvaluationRequest } from '../types.js';
import type { Context } from '../variables/context-lookup.js';

export interface RequestState {
  request: EvaluationRequest;
  /** Lower-cased `service:Action`. */
  action: string;
  /** Lower-cased service prefix (the whole action when it has no colon). */
  service: string;
  /** The interned form of `action` (compiled indexes remember statements per action). */
  actionKey: ActionKey;
  resource: string;
  /** Whether `isArn` and `colons` describe `resource` yet: read them through resourceLayout(). */
  layoutKnown: boolean;
  /** Whether `resource` is an ARN; `colons` then holds its first five colon positions. */
  isArn: boolean;
  colons: Int32Array;
  principal: RequestPrincipal;
  ctx: Context | undefined;
  /** `request.resourceAccount` (see resourceAccountOf for the account actually in effect). */
  resourceAccount: string | undefined;
  /** An IAM principal acting on a resource owned by another account. */
  crossAccount: boolean;
}

export interface ActionKey {
  lower: string;
  service: string;
  /** sts:GetCallerIdentity, which needs no permission. */
  free: boolean;
}

// Requests name few distinct actions: remember their lower-cased forms (bounded, so a stream
// of made-up action names cannot grow it without limit).
const actions = new Map<string, ActionKey>();
const MAX_ACTIONS = 4096;
let lastPrincipal: RequestPrincipal | undefined;

let lastAction: string | undefined;
let lastKey: ActionKey | undefined;

function actionKey(action: string): ActionKey {
  let key = actions.get(action);
  if (key === undefined) {
    const lower = action.toLowerCase();
    const colon = lower.indexOf(':');
    key = {
      lower,
      service: colon < 0 ? lower : lower.slice(0, colon),
      free: lower === 'sts:getcalleridentity',
    };
    if (actions.size >= MAX_ACTIONS) actions.clear();
    actions.set(action, key);
  }
  return key;
}

function setAction(state: RequestState, action: string): void {
  if (lastKey === undefined || lastAction !== action) {
    lastKey = actionKey(action);
    lastAction = action;
  }
  state.actionKey = lastKey;
  state.action = lastKey.lower;
  state.service = lastKey.service;
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
    actionKey: { lower: '', service: '', free: false },
    resource: '',
    layoutKnown: false,
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
  state.layoutKnown = false;
  const principal = principalOf(request.principal);
  state.principal = principal;
  state.ctx = request.context;
  state.resourceAccount = request.resourceAccount;
  state.crossAccount =
    principal.isIam && principal.account !== undefined && !inAccount(state, principal.account);
  return state;
}

/** Whether the resource is an ARN, finding its colons into `state.colons` on first call. */
export function resourceLayout(state: RequestState): boolean {
  if (!state.layoutKnown) {
    state.isArn = findArnColons(state.resource, state.colons);
    state.layoutKnown = true;
  }
  return state.isArn;
}

/**
 * Whether the resource belongs to `account`, without slicing the account out of the ARN.
 * Resources AWS itself owns (`arn:aws:iam::aws:policy/...`, the AWS managed policies) belong
 * to no customer account: identity-based policies alone govern them, as within an account.
 */
function inAccount(state: RequestState, account: string): boolean {
  const given = state.resourceAccount;
  if (given !== undefined) return given === account || given === 'aws';
  if (!resourceLayout(state)) return true;
  const start = (state.colons[3] as number) + 1;
  const end = state.colons[4] as number;
  const length = end - start;
  if (length === 0 || (length === 3 && startsAt(state.resource, 'aws', start))) return true;
  return length === account.length && startsAt(state.resource, account, start);
}

/**
 * sts:GetCallerIdentity needs no permission: the STS API reference says an IAM principal can
 * call it even when a policy explicitly denies it.
 */
export function needsNoPermission(state: RequestState): boolean {
  return state.actionKey.free;
}

/**
 * Whether the resource's own policy must allow the request even within one account: an STS
 * action on an IAM role (its trust policy) or a KMS action on a key (its key policy). "IAM
 * role trust policies and KMS key policies are exceptions to this logic, because they must
 * explicitly allow access for principals" (policy evaluation logic, within an account).
 */
export function resourcePolicyMustAllow(state: RequestState): boolean {
  if ((state.service !== 'sts' && state.service !== 'kms') || !resourceLayout(state)) return false;
  const r = state.resource;
  const c = state.colons;
  const typeAt = (c[4] as number) + 1;
  if (state.service === 'sts') return startsAt(r, ':iam:', c[1] as number) && startsAt(r, 'role/', typeAt);
  return startsAt(r, ':kms:', c[1] as number) && startsAt(r, 'key/', typeAt);
}

/** The account owning the resource: as given, else from the ARN, else the caller's. */
export function resourceAccountOf(state: RequestState): string | undefined {
  if (state.resourceAccount !== undefined) return state.resourceAccount;
  if (resourceLayout(state)) {
    const start = (state.colons[3] as number) + 1;
    const end = state.colons[4] as number;
    if (end > start) return state.resource.slice(start, end);
  }
  return state.principal.account;
}
