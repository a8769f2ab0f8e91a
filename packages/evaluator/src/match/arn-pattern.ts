// ARN patterns, as used by Resource/NotResource and the Arn* condition operators.
// AWS matches the six colon-delimited parts of an ARN separately: a wildcard in partition,
// service, region or account never crosses a `:`, while the resource part (everything after
// the fifth colon) is one piece in which `*` spans `/` and `:` alike. A pattern with fewer
// than six parts whose last part ends in `*` lets that `*` run over the remaining parts
// ("arn:aws:s3:*" covers every S3 ARN), as the Resource element documentation describes.
// In the Resource element, policy variables are replaced only in the resource part: "You
// can't use a variable to replace parts of the ARN before the fifth colon, such as the service
// or account" (IAM policy elements: Variables and tags). Before it, `${...}` is literal text.

import {
  compileGlob,
  GlobKind,
  globWithOwnScratch,
  matchGlob,
  MATCH,
  NO_MATCH,
  resolveGlob,
  UNRESOLVED,
  type Glob,
} from './glob.js';
import type { MatchContext } from '../variables/context-lookup.js';
import { startsAt } from './starts-at.js';
import { tokenize, type Token } from '../variables/tokenize.js';
import { splitSegments } from '../arn.js';

export interface ArnPattern {
  source: string;
  tokens: Token[];
  /** The pattern is `*`: every resource, ARN or not. */
  any: boolean;
  /** One matcher per colon-delimited part (at most six; the sixth holds the rest). */
  parts: Glob[];
  /** Fewer than six parts and the last ends in `*`: it covers the remaining parts too. */
  expand: boolean;
  /** The whole pattern as one glob, for subjects that are not ARNs. */
  whole: Glob;
  /**
   * When partition, service, region and account are plain text (the usual case), the literal
   * `arn:…:` up to the resource part. A subject starting with it has its first five colons in
   * the same places, so the segment-wise match reduces to one prefix test plus the resource
   * part — or, without variables, to the single whole-pattern glob.
   */
  head: string | undefined;
  headVars: boolean;
  /** Whether any part holds a policy variable. */
  hasVars: boolean;
  /** A `${...}` before the fifth colon was kept as literal text (Resource patterns only). */
  literalHeadVariable: boolean;
  /** Matching reads the subject's colon positions (no literal head, and not `*`). */
  needsLayout: boolean;
}

/** Splits tokens at the first five colons of their text (never inside a `${...}` variable). */
function splitParts(tokens: readonly Token[]): Token[][] {
  const parts: Token[][] = [[]];
  for (const token of tokens) {
    if (token.kind !== 'text') {
      (parts[parts.length - 1] as Token[]).push(token);
      continue;
    }
    let rest = token.text;
    let colon = rest.indexOf(':');
    while (colon >= 0 && parts.length < 6) {
      if (colon > 0) (parts[parts.length - 1] as Token[]).push({ kind: 'text', text: rest.slice(0, colon) });
      parts.push([]);
      rest = rest.slice(colon + 1);
      colon = rest.indexOf(':');
    }
    if (rest) (parts[parts.length - 1] as Token[]).push({ kind: 'text', text: rest });
  }
  return parts;
}

/** A variable token as the literal text it was written as; other tokens as they are. */
function literal(token: Token): Token {
  return token.kind === 'var' ? { kind: 'char', text: token.ref.source } : token;
}

/**
 * The pattern's tokens. With `resourcePartOnly` (Resource / NotResource), variables before the
 * fifth colon (outside `${...}`) stay literal text; `${*}`-style escapes still apply.
 */
function arnTokens(source: string, variables: boolean, resourcePartOnly: boolean): Token[] {
  if (!variables || !resourcePartOnly || !source.startsWith('arn:') || !source.includes('${')) {
    return tokenize(source, variables);
  }
  const parts = splitSegments(source, 5);
  const head = parts.length === 6 ? `${parts.slice(0, 5).join(':')}:` : source;
  const tokens = tokenize(head, true).map(literal);
  return parts.length === 6 ? [...tokens, ...tokenize(parts[5] as string, true)] : tokens;
}

/**
 * Compiles an ARN pattern. `variables`: the policy is 2012-10-17; `resourcePartOnly`: the
 * pattern is a Resource / NotResource value, where variables count only after the fifth colon
 * (ARN condition operators take them anywhere).
 */
export function compileArnPattern(source: string, variables: boolean, resourcePartOnly = false): ArnPattern {
  const tokens = arnTokens(source, variables, resourcePartOnly);
  const split = splitParts(tokens);
  const last = split[split.length - 1] as Token[];
  const lastToken = last[last.length - 1];
  const parts = split.map((part) => compileGlob(part, true));
  const plainHead = parts.length === 6 && parts.slice(0, 5).every((g) => g.kind === GlobKind.Exact);
  const any = source === '*';
  return {
    source,
    tokens,
    any,
    parts,
    expand: split.length < 6 && lastToken?.kind === 'text' && lastToken.text.endsWith('*'),
    whole: compileGlob(tokens, true),
    head: plainHead
      ? `${parts
          .slice(0, 5)
          .map((g) => g.text)
          .join(':')}:`
      : undefined,
    headVars: (parts[5]?.vars.length ?? 0) > 0,
    hasVars: parts.some((g) => g.vars.length > 0),
    literalHeadVariable: tokens.some((t) => t.kind === 'char' && t.text.startsWith('${')),
    needsLayout: !any && !plainHead,
  };
}

/**
 * Finds the first five colons of `s` into `out`; false when `s` has fewer (it is not an ARN).
 * Callers keep `out` around so that nothing is allocated per request.
 */
export function findArnColons(s: string, out: Int32Array): boolean {
  if (!startsAt(s, 'arn:', 0)) return false;
  let at = 3;
  out[0] = 3;
  for (let i = 1; i < 5; i++) {
    at = s.indexOf(':', at + 1);
    if (at < 0) return false;
    out[i] = at;
  }
  return true;
}

/**
 * Matches subject `s` (whose colon positions `findArnColons` put in `colons`, or `isArn` false)
 * against `p`: MATCH, NO_MATCH, or UNRESOLVED when a policy variable has no value.
 */
export function matchArnPattern(
  p: ArnPattern,
  s: string,
  isArn: boolean,
  colons: Int32Array,
  ctx: MatchContext | undefined,
): number {
  if (p.any) return MATCH;
  // A variable without a value leaves the pattern unresolved whatever the subject: AWS may
  // treat the whole statement as invalid, so callers must not read it as a plain mismatch.
  if (p.hasVars && !resolveParts(p, ctx)) return UNRESOLVED;
  // With a literal head, "starts with the head, then the resource part matches" is the same
  // test as the whole pattern, ARN or not: `isArn` and `colons` are not read.
  const head = p.head;
  if (head !== undefined) {
    if (!p.headVars) return matchGlob(p.whole, s, 0, s.length, ctx);
    return startsAt(s, head, 0)
      ? matchGlob(p.parts[5] as Glob, s, head.length, s.length, ctx, true)
      : NO_MATCH;
  }
  if (!isArn) return matchGlob(p.whole, s, 0, s.length, ctx, true);
  const n = p.parts.length;
  if (n < 6 && !p.expand) return NO_MATCH;
  for (let i = 0; i < n; i++) {
    const start = i === 0 ? 0 : (colons[i - 1] as number) + 1;
    const end = i === n - 1 && n < 6 ? s.length : i < 5 ? (colons[i] as number) : s.length;
    if (matchGlob(p.parts[i] as Glob, s, start, end, ctx, true) === NO_MATCH) return NO_MATCH;
  }
  return MATCH;
}

function resolveParts(p: ArnPattern, ctx: MatchContext | undefined): boolean {
  for (let i = 0; i < p.parts.length; i++) {
    const g = p.parts[i] as Glob;
    if (g.vars.length > 0 && !resolveGlob(g, ctx)) return false;
  }
  return p.whole.vars.length === 0 || resolveGlob(p.whole, ctx);
}

/** The pattern itself when it holds no variables, else a copy whose globs have scratch of their own. */
export function arnPatternWithOwnScratch(p: ArnPattern): ArnPattern {
  if (!p.hasVars && p.whole.vars.length === 0) return p;
  return { ...p, parts: p.parts.map(globWithOwnScratch), whole: globWithOwnScratch(p.whole) };
}
