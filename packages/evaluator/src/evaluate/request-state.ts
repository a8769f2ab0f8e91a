// Everything evaluate() derives from a request before looking at statements: the lower-cased
// action and its service prefix, the caller's kind and account, and whether the request
// crosses accounts. The last action and principal strings are remembered, since batches
// usually repeat them. The resource's ARN layout (where its colons are) is found only when
// something asks for it: a Resource pattern with a literal `arn:…:` head, the usual kind,
// is matched without it.
//
// A RequestState, with those memos, belongs to one compiled policy set (evaluate) or to one
// explain() call; nothing here is kept at module level, so policy sets never share state.

import { findArnColons } from '../match/arn-pattern.js';
import { startsAt } from '../match/starts-at.js';
import { parseRequestPrincipal, type RequestPrincipal } from '../match/request-principal.js';
import type { EvaluationRequest } from '../types.js';
import { MatchContext } from '../variables/context-lookup.js';

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
  /** The request's context, with the matchers' scratch space. */
  ctx: MatchContext;
  /** `request.resourceAccount` (see resourceAccountOf for the account actually in effect). */
  resourceAccount: string | undefined;
  /** An IAM principal acting on a resource owned by another account. */
  crossAccount: boolean;
  /** Distinct actions seen, and the last action and principal: requests repeat them. */
  memo: RequestMemo;
}

interface RequestMemo {
  actions: Map<string, ActionKey>;
  lastAction: string | undefined;
  lastKey: ActionKey | undefined;
  lastPrincipal: RequestPrincipal | undefined;
}

export interface ActionKey {
  lower: string;
  service: string;
  /** sts:GetCallerIdentity, which needs no permission. */
  free: boolean;
}

/** Distinct action names remembered (bounded, so made-up names cannot grow the memo without limit). */
const MAX_ACTIONS = 4096;

function actionKey(memo: RequestMemo, action: string): ActionKey {
  let key = memo.actions.get(action);
  if (key === undefined) {
    const lower = action.toLowerCase();
    const colon = lower.indexOf(':');
    key = {
      lower,
      service: colon < 0 ? lower : lower.slice(0, colon),
      free: lower === 'sts:getcalleridentity',
    };
    if (memo.actions.size >= MAX_ACTIONS) memo.actions.clear();
    memo.actions.set(action, key);
  }
  return key;
}

function setAction(state: RequestState, action: string): void {
  const memo = state.memo;
  if (memo.lastKey === undefined || memo.lastAction !== action) {
    memo.lastKey = actionKey(memo, action);
    memo.lastAction = action;
  }
  state.actionKey = memo.lastKey;
  state.action = memo.lastKey.lower;
  state.service = memo.lastKey.service;
}

function principalOf(memo: RequestMemo, raw: string): RequestPrincipal {
  if (memo.lastPrincipal === undefined || memo.lastPrincipal.raw !== raw) {
    memo.lastPrincipal = parseRequestPrincipal(raw);
  }
  return memo.lastPrincipal;
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
    ctx: new MatchContext(),
    resourceAccount: undefined,
    crossAccount: false,
    memo: { actions: new Map(), lastAction: undefined, lastKey: undefined, lastPrincipal: undefined },
  };
}

/** Fills `state` from `request` (reusing the object, so evaluate() allocates nothing here). */
export function prepareRequest(state: RequestState, request: EvaluationRequest): RequestState {
  state.request = request;
  setAction(state, request.action);
  const resource = request.resource;
  state.resource = resource;
  state.layoutKnown = false;
  const principal = principalOf(state.memo, request.principal);
  state.principal = principal;
  state.ctx.values = request.context;
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
