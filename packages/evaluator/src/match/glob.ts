// A small hand-rolled matcher for IAM's `*` / `?` wildcards, compiled once per pattern.
// Common shapes (exact, `abc*`, `*abc`, `*abc*`, `*`) get a dedicated kind that is a single
// string comparison; everything else, and every pattern holding policy variables, is matched
// segment by segment. Matching never allocates: a pattern's variables are resolved into its
// own scratch array (evaluation is synchronous, so nothing else uses it meanwhile), and
// resolved text is compared literally, so a `*` inside a tag value is never a wildcard.

import { resolveVariable, type MatchContext } from '../variables/context-lookup.js';
import { startsAt } from './starts-at.js';
import type { Token, VariableRef } from '../variables/tokenize.js';

/** How a pattern is matched; the first five are single string comparisons. */
export const GlobKind = { Any: 0, Exact: 1, Prefix: 2, Suffix: 3, Contains: 4, General: 5 } as const;
export type GlobKind = (typeof GlobKind)[keyof typeof GlobKind];

/** One element of a segment: literal text, `QMARK` (any one character) or a variable slot (>= 0). */
type Atom = string | number;
const QMARK = -1;

export interface Glob {
  kind: GlobKind;
  /** The literal for the fast kinds. */
  text: string;
  /** General kind: whether the pattern starts / ends with `*`, and the pieces between stars. */
  lead: boolean;
  trail: boolean;
  segs: Atom[][];
  vars: VariableRef[];
  /** Scratch: the resolved text of each variable for the match in progress. */
  vals: string[];
  /** Lower-case resolved variable text (for IgnoreCase operators, whose patterns are lower-cased). */
  fold: boolean;
}

/** Match results: a definite yes or no, or "a variable could not be resolved". */
export const MATCH = 1;
export const NO_MATCH = 0;
export const UNRESOLVED = -1;

function classify(text: string): { kind: GlobKind; text: string } | undefined {
  if (text === '*') return { kind: GlobKind.Any, text: '' };
  const inner = text.replace(/^\*/, '').replace(/\*$/, '');
  if (/[*?]/.test(inner)) return undefined;
  const lead = text.startsWith('*');
  const trail = text.length > 1 && text.endsWith('*');
  if (lead && trail) return { kind: GlobKind.Contains, text: inner };
  if (lead) return { kind: GlobKind.Suffix, text: inner };
  if (trail) return { kind: GlobKind.Prefix, text: inner };
  return { kind: GlobKind.Exact, text };
}

/**
 * Compiles tokens into a matcher. With `wildcards` false (StringEquals, Bool...) `*` and `?`
 * are ordinary characters.
 */
export function compileGlob(tokens: readonly Token[], wildcards: boolean, fold = false): Glob {
  const glob: Glob = {
    kind: GlobKind.General,
    text: '',
    lead: false,
    trail: false,
    segs: [],
    vars: [],
    vals: [],
    fold,
  };
  const onlyText = tokens.every((t) => t.kind !== 'var');
  if (onlyText) {
    const text = tokens.map((t) => t.text).join('');
    const escaped = tokens.some((t) => t.kind === 'char');
    if (!wildcards) return { ...glob, kind: GlobKind.Exact, text };
    const fast = escaped ? undefined : classify(text);
    if (fast) return { ...glob, ...fast };
  }
  let seg: Atom[] = [];
  const segs: Atom[][] = [];
  const pushText = (s: string) => {
    const last = seg[seg.length - 1];
    if (typeof last === 'string') seg[seg.length - 1] = last + s;
    else seg.push(s);
  };
  tokens.forEach((token, t) => {
    if (token.kind === 'var') {
      glob.vars.push(token.ref);
      seg.push(glob.vars.length - 1);
      return;
    }
    if (token.kind === 'char' || !wildcards) return pushText(token.text);
    for (let i = 0; i < token.text.length; i++) {
      const c = token.text[i] as string;
      if (c === '*') {
        if (t === 0 && i === 0) glob.lead = true;
        if (seg.length > 0) segs.push(seg);
        seg = [];
      } else if (c === '?') seg.push(QMARK);
      else pushText(c);
    }
  });
  const lastToken = tokens[tokens.length - 1];
  glob.trail = wildcards && lastToken?.kind === 'text' && lastToken.text.endsWith('*');
  if (seg.length > 0) segs.push(seg);
  glob.segs = segs;
  glob.vals = glob.vars.map(() => '');
  return glob;
}

/** Length of a segment once its variables are resolved. */
function segLength(g: Glob, seg: Atom[]): number {
  let n = 0;
  for (let i = 0; i < seg.length; i++) {
    const a = seg[i] as Atom;
    if (typeof a === 'string') n += a.length;
    else n += a === QMARK ? 1 : (g.vals[a] as string).length;
  }
  return n;
}

/** Matches `seg` at position `p` of `s` (not past `end`); the end position, or -1. */
function matchSegAt(g: Glob, seg: Atom[], s: string, p: number, end: number): number {
  for (let i = 0; i < seg.length; i++) {
    const a = seg[i] as Atom;
    if (a === QMARK) {
      if (p >= end) return -1;
      p++;
      continue;
    }
    const lit = typeof a === 'string' ? a : (g.vals[a] as string);
    // startsWith costs one step per character of `lit` whatever `s` holds, which keeps the
    // scan in matchGeneral linear in the subject (startsAt could search to the end each time).
    if (p + lit.length > end || !s.startsWith(lit, p)) return -1;
    p += lit.length;
  }
  return p;
}

function matchGeneral(g: Glob, s: string, start: number, end: number): boolean {
  const segs = g.segs;
  const n = segs.length;
  if (n === 0) return g.lead || g.trail || start === end;
  let pos = start;
  let i = 0;
  if (!g.lead) {
    const p = matchSegAt(g, segs[0] as Atom[], s, pos, end);
    if (p < 0) return false;
    if (n === 1 && !g.trail) return p === end;
    pos = p;
    i = 1;
  }
  const lastFree = g.trail ? n : n - 1;
  for (; i < lastFree; i++) {
    const seg = segs[i] as Atom[];
    const len = segLength(g, seg);
    let found = -1;
    for (let q = pos; q + len <= end && found < 0; q++) found = matchSegAt(g, seg, s, q, end);
    if (found < 0) return false;
    pos = found;
  }
  if (g.trail) return true;
  const tail = segs[n - 1] as Atom[];
  const from = end - segLength(g, tail);
  return from >= pos && matchSegAt(g, tail, s, from, end) === end;
}

/** Resolves the pattern's variables into its scratch slots; false when one has no value. */
export function resolveGlob(g: Glob, ctx: MatchContext | undefined): boolean {
  for (let i = 0; i < g.vars.length; i++) {
    const v = resolveVariable(ctx, g.vars[i] as VariableRef);
    if (v === undefined) return false;
    g.vals[i] = g.fold ? v.toLowerCase() : v;
  }
  return true;
}

/**
 * Matches `s.slice(start, end)` against the pattern: MATCH, NO_MATCH or UNRESOLVED. With
 * `resolved`, the caller has already run resolveGlob successfully.
 */
export function matchGlob(
  g: Glob,
  s: string,
  start: number,
  end: number,
  ctx: MatchContext | undefined,
  resolved = false,
): number {
  const len = end - start;
  switch (g.kind) {
    case GlobKind.Any:
      return MATCH;
    case GlobKind.Exact:
      if (start === 0 && end === s.length) return s === g.text ? MATCH : NO_MATCH;
      return len === g.text.length && startsAt(s, g.text, start) ? MATCH : NO_MATCH;
    case GlobKind.Prefix:
      return len >= g.text.length && startsAt(s, g.text, start) ? MATCH : NO_MATCH;
    case GlobKind.Suffix:
      return len >= g.text.length && startsAt(s, g.text, end - g.text.length) ? MATCH : NO_MATCH;
    case GlobKind.Contains: {
      const at = s.indexOf(g.text, start);
      return at >= 0 && at + g.text.length <= end ? MATCH : NO_MATCH;
    }
    default:
      if (!resolved && g.vars.length > 0 && !resolveGlob(g, ctx)) return UNRESOLVED;
      return matchGeneral(g, s, start, end) ? MATCH : NO_MATCH;
  }
}

/** Matches a whole string. */
export function matchWhole(g: Glob, s: string, ctx: MatchContext | undefined): number {
  return matchGlob(g, s, 0, s.length, ctx);
}

/** The pattern with its variables replaced, for explanations (undefined if one is unresolved). */
export function resolvedText(tokens: readonly Token[], ctx: MatchContext | undefined): string | undefined {
  let out = '';
  for (const t of tokens) {
    if (t.kind !== 'var') out += t.text;
    else {
      const v = resolveVariable(ctx, t.ref);
      if (v === undefined) return undefined;
      out += v;
    }
  }
  return out;
}

/**
 * The glob itself when it has no variables, else a copy with scratch slots of its own (the
 * compiled parts are read-only and shared): for a compiled glob reused by another statement.
 */
export function globWithOwnScratch(g: Glob): Glob {
  return g.vars.length === 0 ? g : { ...g, vals: g.vars.map(() => '') };
}
