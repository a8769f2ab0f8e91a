// Explaining Action / Resource / Principal and their Not- forms. The matched flags come from
// the same functions evaluate() uses (statement-match.ts); this file only adds the words.

import type { CompiledStatement } from '../compile/compiled-types.js';
import { actionMatches, principalGrant, resourceMatches } from '../evaluate/statement-match.js';
import { resourceLayout, type RequestState } from '../evaluate/request-state.js';
import { matchArnPattern, type ArnPattern } from '../match/arn-pattern.js';
import { matchWhole, MATCH, resolvedText, UNRESOLVED } from '../match/glob.js';
import { Grant, type CompiledPrincipal, type PrincipalHit } from '../match/principal.js';
import type { ElementMatch, PrincipalBlock } from '../types.js';
import { code, codeList } from './words.js';

export function explainAction(s: CompiledStatement, st: RequestState): ElementMatch {
  const element = s.notAction ? 'NotAction' : 'Action';
  const action = st.request.action;
  if (!s.hasAction)
    return { element: 'Action', matched: false, reason: 'the statement has no Action or NotAction' };
  const hitIndex = s.actions.findIndex((g) => matchWhole(g, st.action, undefined) === MATCH);
  const pattern = hitIndex >= 0 ? s.actionSources[hitIndex] : undefined;
  const matched = actionMatches(s.actions, s.notAction, st.action);
  let reason: string;
  if (!s.notAction) {
    reason =
      pattern !== undefined
        ? `${code(action)} matches ${code(pattern)}`
        : `${code(action)} matches none of ${codeList(s.actionSources)}`;
  } else {
    reason =
      pattern !== undefined
        ? `${code(action)} is excluded by NotAction ${code(pattern)}`
        : `${code(action)} is not excluded by NotAction ${codeList(s.actionSources)}`;
  }
  return pattern !== undefined ? { element, matched, pattern, reason } : { element, matched, reason };
}

function resourcePatternReason(
  p: ArnPattern,
  st: RequestState,
  policyVariables: boolean,
): { r: number; detail: string } {
  const r = matchArnPattern(p, st.resource, resourceLayout(st), st.colons, st.ctx);
  const vars = p.tokens.filter((t) => t.kind === 'var');
  if (r === UNRESOLVED) {
    const names = vars.map((t) => (t.kind === 'var' ? t.ref.source : ''));
    return {
      r,
      detail: `${codeList(names)} has no value in the request, so ${code(p.source)} matches nothing`,
    };
  }
  const resolved = vars.length > 0 ? resolvedText(p.tokens, st.ctx) : undefined;
  const head = p.literalHeadVariable ? '; policy variables before the fifth colon are not replaced' : '';
  if (resolved !== undefined) return { r, detail: ` (resolved as ${code(resolved)}${head})` };
  if (head !== '') return { r, detail: ` (${head.slice(2)})` };
  const literal = !policyVariables && p.source.includes('${');
  return { r, detail: literal ? ' (policy variables are plain text without Version 2012-10-17)' : '' };
}

export function explainResource(s: CompiledStatement, st: RequestState): ElementMatch {
  const element = s.notResource ? 'NotResource' : 'Resource';
  const resource = code(st.resource);
  const matched = resourceMatches(s, st);
  if (s.noResource) return { element, matched, reason: 'the statement has no Resource or NotResource' };
  if (s.anyResource && s.resources.length === 0) {
    return {
      element,
      matched,
      reason: 'a resource-based policy without Resource covers the resource it is attached to',
    };
  }
  const results = s.resources.map((p) => ({ p, ...resourcePatternReason(p, st, s.policy.variables) }));
  const hit = results.find((x) => x.r === MATCH);
  const sources = s.resources.map((p) => p.source);
  const details = results.map((x) => x.detail).join('');
  let reason: string;
  if (hit) {
    reason = s.notResource
      ? `${resource} is excluded by NotResource ${code(hit.p.source)}${hit.detail}`
      : `${resource} matches ${code(hit.p.source)}${hit.detail}`;
  } else {
    reason = s.notResource
      ? `${resource} is not excluded by NotResource ${codeList(sources)}${details}`
      : `${resource} matches none of ${codeList(sources)}${details}`;
  }
  return hit ? { element, matched, pattern: hit.p.source, reason } : { element, matched, reason };
}

function blockText(block: PrincipalBlock): string[] {
  if (block.kind === 'any') return ['*'];
  return [
    ...(block.AWS ?? []),
    ...(block.Service ?? []),
    ...(block.Federated ?? []),
    ...(block.CanonicalUser ?? []),
  ];
}

function notPrincipalReason(cp: CompiledPrincipal, st: RequestState, applies: boolean): string {
  const p = st.principal;
  const caller = code(p.raw);
  if (!applies) {
    if (cp.anyone !== undefined) return `NotPrincipal ${code('*')} exempts every principal`;
    if (p.kind === 'root') return `account ${code(p.account ?? '')} is listed in NotPrincipal`;
    if (p.kind === 'assumed-role')
      return `${caller}, its role and its account are all listed in NotPrincipal`;
    return p.isIam
      ? `${caller} and its account are listed in NotPrincipal`
      : `${caller} is listed in NotPrincipal`;
  }
  if (p.isIam && !cp.accounts.some((a) => a.account === p.account)) {
    return `NotPrincipal does not list account ${code(p.account ?? '')}, so every principal in it is denied`;
  }
  if (p.kind === 'assumed-role' && !cp.roles.some((r) => r.account === p.account && r.name === p.roleName)) {
    return `NotPrincipal does not list the role of session ${caller}, so the role's sessions are denied`;
  }
  return `${caller} is not listed in NotPrincipal`;
}

function namedReason(grant: Grant, caller: string, pattern: string, st: RequestState): string {
  if (pattern === '*') return `${code('*')} names every principal, including ${code(caller)}`;
  if (grant === Grant.Account) {
    return `${code(caller)} is in account ${code(st.principal.account ?? '')}, named by ${code(pattern)} (a delegation to that account)`;
  }
  if (pattern !== caller) return `${code(caller)} is a session of role ${code(pattern)}`;
  return `${code(caller)} is named directly`;
}

/** The Principal element's explanation (undefined for identity-based statements) and the grant level. */
export function explainPrincipal(
  s: CompiledStatement,
  st: RequestState,
): { element: ElementMatch | undefined; grant: Grant } {
  const hit: PrincipalHit = {};
  const grant = principalGrant(s, st, hit);
  const caller = st.principal.raw;
  if (s.principal === undefined) {
    const element: ElementMatch | undefined = s.principalRequired
      ? { element: 'Principal', matched: false, reason: 'a resource-based statement must name a Principal' }
      : undefined;
    return { element, grant };
  }
  const matched = grant !== Grant.None;
  const listed = codeList(blockText(s.principal.source));
  if (s.notPrincipal) {
    const reason =
      s.notPrincipalHitsBoundary && st.principal.isIam
        ? 'a Deny with NotPrincipal applies to every IAM principal that has a permissions boundary, whatever NotPrincipal lists'
        : notPrincipalReason(s.principal, st, matched);
    return { element: { element: 'NotPrincipal', matched, reason }, grant };
  }
  if (!matched)
    return {
      element: { element: 'Principal', matched, reason: `${code(caller)} is not among ${listed}` },
      grant,
    };
  const pattern = hit.pattern ?? '';
  return {
    element: { element: 'Principal', matched, pattern, reason: namedReason(grant, caller, pattern, st) },
    grant,
  };
}
