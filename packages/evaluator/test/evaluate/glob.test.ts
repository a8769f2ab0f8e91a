// The hand-rolled wildcard matcher, checked against a regular-expression reference on
// thousands of random patterns (so every shape — fast paths and the general matcher — is
// exercised), plus the cases that motivated it.

import { describe, expect, it } from 'vitest';
import {
  compileGlob,
  GlobKind,
  matchGlob,
  matchWhole,
  MATCH,
  NO_MATCH,
  UNRESOLVED,
} from '../../src/match/glob.js';
import { MatchContext } from '../../src/variables/context-lookup.js';
import { tokenize } from '../../src/variables/tokenize.js';

function glob(pattern: string, wildcards = true, variables = false) {
  return compileGlob(tokenize(pattern, variables), wildcards);
}

function reference(pattern: string, subject: string): boolean {
  const source = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${source}$`, 's').test(subject);
}

/** A small deterministic generator, so failures reproduce. */
function random(seed: number) {
  let s = seed;
  return (n: number) => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    // The high bits: this generator's low bits repeat with a short period.
    return (s >>> 12) % n;
  };
}

function randomString(next: (n: number) => number, alphabet: string, max: number): string {
  let out = '';
  const len = next(max + 1);
  for (let i = 0; i < len; i++) out += alphabet[next(alphabet.length)];
  return out;
}

describe('glob', () => {
  it('classifies common shapes into single-comparison kinds', () => {
    expect(glob('*').kind).toBe(GlobKind.Any);
    expect(glob('s3:GetObject').kind).toBe(GlobKind.Exact);
    expect(glob('s3:Get*').kind).toBe(GlobKind.Prefix);
    expect(glob('*Object').kind).toBe(GlobKind.Suffix);
    expect(glob('*Object*').kind).toBe(GlobKind.Contains);
    expect(glob('s3:Get?bject').kind).toBe(GlobKind.General);
    expect(glob('a*b*c').kind).toBe(GlobKind.General);
  });

  it('agrees with a regular-expression reference on random patterns', () => {
    const next = random(42);
    let checked = 0;
    for (let i = 0; i < 4000; i++) {
      const pattern = randomString(next, 'ab*?', 7);
      for (let j = 0; j < 8; j++) {
        const subject = randomString(next, 'ab', 8);
        const expected = reference(pattern, subject) ? MATCH : NO_MATCH;
        expect(matchWhole(glob(pattern), subject, undefined), `${pattern} vs ${subject}`).toBe(expected);
        checked++;
      }
    }
    expect(checked).toBe(32000);
  });

  it('matches a slice of a string without looking outside it', () => {
    const g = glob('b*d');
    expect(matchGlob(g, 'abcde', 1, 4, undefined)).toBe(MATCH);
    expect(matchGlob(g, 'abcde', 1, 3, undefined)).toBe(NO_MATCH);
    expect(matchGlob(glob('c'), 'abcde', 2, 3, undefined)).toBe(MATCH);
    expect(matchGlob(glob('*cd*'), 'abcde', 0, 3, undefined)).toBe(NO_MATCH);
    expect(matchGlob(glob('de'), 'abcde', 0, 4, undefined)).toBe(NO_MATCH);
  });

  it('matches any slice as the reference matches the sliced-out string, whatever lies outside it', () => {
    // mulberry32: the low bits of random()'s generator alternate, which would leave the
    // two-letter subjects here periodic.
    let seed = 7;
    const next = (n: number) => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) % n;
    };
    let checked = 0;
    for (let i = 0; i < 3000; i++) {
      // Fast kinds (exact, prefix, suffix, contains) as often as general ones.
      const core = randomString(next, 'ab', 4);
      const shapes = [core, `${core}*`, `*${core}`, `*${core}*`, randomString(next, 'ab*?', 6)];
      const pattern = shapes[next(shapes.length)] as string;
      const subject = randomString(next, 'ab', 10);
      const start = next(subject.length + 1);
      const end = start + next(subject.length - start + 1);
      const expected = reference(pattern, subject.slice(start, end)) ? MATCH : NO_MATCH;
      expect(
        matchGlob(glob(pattern), subject, start, end, undefined),
        `${pattern} vs ${subject}[${start},${end})`,
      ).toBe(expected);
      checked++;
    }
    expect(checked).toBe(3000);
  });

  it('treats wildcards literally when the operator takes none', () => {
    expect(matchWhole(glob('a*', false), 'abc', undefined)).toBe(NO_MATCH);
    expect(matchWhole(glob('a*', false), 'a*', undefined)).toBe(MATCH);
    expect(matchWhole(glob('a?', false), 'ab', undefined)).toBe(NO_MATCH);
  });

  it('substitutes variables literally and reports unresolved ones', () => {
    const g = glob('home/${aws:username}/*', true, true);
    expect(matchWhole(g, 'home/bob/x', new MatchContext({ 'aws:username': 'bob' }))).toBe(MATCH);
    expect(matchWhole(g, 'home/alice/x', new MatchContext({ 'aws:username': 'bob' }))).toBe(NO_MATCH);
    expect(matchWhole(g, 'home/bob/x', new MatchContext({}))).toBe(UNRESOLVED);
    expect(matchWhole(g, 'home/bob/x', undefined)).toBe(UNRESOLVED);
    // A wildcard inside the substituted value is text, not a wildcard.
    expect(matchWhole(g, 'home/bob/x', new MatchContext({ 'aws:username': 'b*' }))).toBe(NO_MATCH);
    expect(matchWhole(g, 'home/b*/x', new MatchContext({ 'aws:username': 'b*' }))).toBe(MATCH);
  });

  it('handles escapes and defaults', () => {
    expect(matchWhole(glob('a${*}', true, true), 'a*', undefined)).toBe(MATCH);
    expect(matchWhole(glob('a${*}', true, true), 'ab', undefined)).toBe(NO_MATCH);
    expect(matchWhole(glob('${?}?', true, true), '?x', undefined)).toBe(MATCH);
    expect(matchWhole(glob("x/${aws:username, 'guest'}", true, true), 'x/guest', new MatchContext({}))).toBe(
      MATCH,
    );
    expect(matchWhole(glob("x/${aws:username,'guest'}", true, true), 'x/guest', new MatchContext({}))).toBe(
      MATCH,
    );
  });

  it('matches variables inside general patterns on both sides of stars', () => {
    const g = glob('*-${aws:username}-?-*', true, true);
    const ctx = new MatchContext({ 'aws:username': 'bob' });
    expect(matchWhole(g, 'x-bob-1-y', ctx)).toBe(MATCH);
    expect(matchWhole(g, 'x-bob-12-y', ctx)).toBe(NO_MATCH);
    expect(matchWhole(g, '-bob-1-', ctx)).toBe(MATCH);
  });
});
