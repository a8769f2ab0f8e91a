// The Principal / NotPrincipal element. AWS principals are never wildcard-matched (only the
// whole value `*` is special). Naming an account (`123456789012` or `arn:aws:iam::…:root`)
// delegates to that account rather than naming a caller, and the decision logic needs to know
// *how* a caller was named: a grant to a user ARN or to a role-session ARN directly is not
// limited by permissions boundaries, while a grant to the role, to `*` or to the account is.
// So matching returns a grant level, not a boolean.

import type { PrincipalBlock } from '../types.js';
import { lookupContext, type MatchContext } from '../variables/context-lookup.js';
import type { RequestPrincipal } from './request-principal.js';

/** How a statement's Principal names the caller, weakest first. */
export const Grant = {
  /** Not named. */
  None: 0,
  /** Named through its account: a delegation to that account's own policies. */
  Account: 1,
  /** Named as its role, or as a service/federated/canonical principal. */
  Indirect: 2,
  /** Named by its IAM user ARN, or by `*` when the caller is an IAM user. */
  User: 3,
  /** Named by its exact session ARN (assumed-role or federated-user), or by `*` when a session calls. */
  Session: 4,
} as const;
export type Grant = (typeof Grant)[keyof typeof Grant];

interface RoleRef {
  account: string;
  name: string;
  arn: string;
}

export interface CompiledPrincipal {
  source: PrincipalBlock;
  /** `"*"` or `{"AWS": "*"}`: everyone. */
  anyone: string | undefined;
  accounts: { account: string; pattern: string }[];
  /** Exact user, role, session and federated-user ARNs. */
  arns: string[];
  roles: RoleRef[];
  services: string[];
  federated: string[];
  canonical: string[];
}

const ACCOUNT_ID = /^\d{12}$/;

function addAws(cp: CompiledPrincipal, value: string): void {
  if (value === '*') {
    cp.anyone = '*';
    return;
  }
  if (ACCOUNT_ID.test(value)) {
    cp.accounts.push({ account: value, pattern: value });
    return;
  }
  const parts = value.split(':');
  const resource = parts.slice(5).join(':');
  if (parts[0] === 'arn' && parts[2] === 'iam' && resource === 'root') {
    cp.accounts.push({ account: parts[4] ?? '', pattern: value });
    return;
  }
  cp.arns.push(value);
  if (parts[0] === 'arn' && parts[2] === 'iam' && resource.startsWith('role/')) {
    cp.roles.push({
      account: parts[4] ?? '',
      name: resource.slice(resource.lastIndexOf('/') + 1),
      arn: value,
    });
  }
}

export function compilePrincipal(block: PrincipalBlock): CompiledPrincipal {
  const cp: CompiledPrincipal = {
    source: block,
    anyone: undefined,
    accounts: [],
    arns: [],
    roles: [],
    services: [],
    federated: [],
    canonical: [],
  };
  if (block.kind === 'any') {
    cp.anyone = '*';
    return cp;
  }
  for (const value of block.AWS ?? []) addAws(cp, value);
  cp.services = (block.Service ?? []).map((s) => s.toLowerCase());
  cp.federated = [...(block.Federated ?? [])];
  cp.canonical = [...(block.CanonicalUser ?? [])];
  return cp;
}

/** Receives the value that named the caller, for explanations. */
export interface PrincipalHit {
  pattern?: string;
}

function grantForExact(p: RequestPrincipal): Grant {
  if (p.kind === 'user') return Grant.User;
  if (p.kind === 'assumed-role' || p.kind === 'federated-user') return Grant.Session;
  return Grant.Indirect;
}

/**
 * A session is named by its role's ARN. The session ARN drops the role's path, so the role
 * name and account are compared, and the full ARN too when the request carries
 * `aws:PrincipalArn` (which, for a session, is the role's ARN with its path).
 */
function sessionOfRole(p: RequestPrincipal, role: RoleRef, ctx: MatchContext): boolean {
  if (p.kind !== 'assumed-role' || role.account !== p.account || role.name !== p.roleName) return false;
  const principalArn = lookupContext(ctx, 'aws:PrincipalArn', 'aws:principalarn');
  return typeof principalArn !== 'string' || !principalArn.includes(':role/') || principalArn === role.arn;
}

/** How strongly `cp` names the caller `p` (Grant.None when it does not). Allocates nothing. */
export function matchPrincipal(
  cp: CompiledPrincipal,
  p: RequestPrincipal,
  ctx: MatchContext,
  hit?: PrincipalHit,
): Grant {
  let best: Grant = Grant.None;
  let pattern: string | undefined;
  if (cp.anyone !== undefined) {
    // `*` names whoever calls, directly: AWS documents that boundaries and session policies do
    // not limit a grant made with a wildcard Principal (narrowed by aws:PrincipalArn).
    best = grantForExact(p);
    pattern = cp.anyone;
  }
  if (p.isIam) {
    for (let i = 0; i < cp.arns.length; i++) {
      const g = cp.arns[i] === p.raw ? grantForExact(p) : Grant.None;
      if (g > best) {
        best = g;
        pattern = p.raw;
      }
    }
    for (let i = 0; i < cp.roles.length && best < Grant.Indirect; i++) {
      const role = cp.roles[i] as RoleRef;
      if (sessionOfRole(p, role, ctx)) {
        best = Grant.Indirect;
        pattern = role.arn;
      }
    }
    for (let i = 0; i < cp.accounts.length && best < Grant.Account; i++) {
      const a = cp.accounts[i] as { account: string; pattern: string };
      if (a.account === p.account) {
        best = Grant.Account;
        pattern = a.pattern;
      }
    }
  } else if (best === Grant.None && namesOther(cp, p.raw)) {
    best = Grant.Indirect;
    pattern = p.raw;
  }
  if (hit && pattern !== undefined) hit.pattern = pattern;
  return best;
}

/**
 * Whether a NotPrincipal list exempts the caller. AWS checks a caller layer by layer — the
 * account, then the user; or the account, the role, then the session — and a layer missing
 * from the list is denied, taking everything under it along (the NotPrincipal reference
 * lists the account ARN, the role ARN and the session ARN to exempt one session). So every
 * layer must be listed; `*` exempts everyone.
 */
export function notPrincipalExempts(cp: CompiledPrincipal, p: RequestPrincipal, ctx: MatchContext): boolean {
  if (cp.anyone !== undefined) return true;
  if (!p.isIam) return namesOther(cp, p.raw);
  if (!cp.accounts.some((a) => a.account === p.account)) return false;
  if (p.kind === 'root') return true;
  if (p.kind === 'assumed-role' && !cp.roles.some((role) => sessionOfRole(p, role, ctx))) return false;
  return cp.arns.includes(p.raw);
}

/** Service, federated and canonical-user principals are named by their exact value. */
function namesOther(cp: CompiledPrincipal, raw: string): boolean {
  if (cp.services.length > 0 && cp.services.includes(raw.toLowerCase())) return true;
  return cp.federated.includes(raw) || cp.canonical.includes(raw);
}
