// String operators: StringEquals / StringNotEquals (exact, case-sensitive), the IgnoreCase
// pair, and StringLike / StringNotLike (`*` and `?` wildcards). Policy variables apply; a
// value whose variable has no value matches nothing (so the negated operators hold), as the
// "policy variables with no value" section of the variables reference says.

import { compileGlob, globWithOwnScratch, matchWhole, MATCH, type Glob } from '../match/glob.js';
import { tokenize, type Token } from '../variables/tokenize.js';
import { INCOMPARABLE, NONE, spec, type ConditionFamily } from './family.js';

const EQUALS = 0;
const IGNORE_CASE = 1;
const LIKE = 2;

function lowerTokens(tokens: Token[]): Token[] {
  return tokens.map((t) => (t.kind === 'var' ? t : { ...t, text: t.text.toLowerCase() }));
}

export const stringFamily: ConditionFamily<Glob> = {
  name: 'String',
  operators: Object.fromEntries([
    spec('StringEquals', EQUALS, 'equals'),
    spec('StringNotEquals', EQUALS, 'equals', true),
    spec('StringEqualsIgnoreCase', IGNORE_CASE, 'equals (ignoring case)'),
    spec('StringNotEqualsIgnoreCase', IGNORE_CASE, 'equals (ignoring case)', true),
    spec('StringLike', LIKE, 'is like'),
    spec('StringNotLike', LIKE, 'is like', true),
  ]),
  variables: true,
  qualifiers: true,
  expected: 'text',
  compileValue(value, op, variables) {
    const tokens = tokenize(value, variables);
    if (op.variant === IGNORE_CASE) return compileGlob(lowerTokens(tokens), false, true);
    return compileGlob(tokens, op.variant === LIKE);
  },
  withOwnScratch: globWithOwnScratch,
  match(globs, op, value, ctx) {
    if (typeof value === 'object') return INCOMPARABLE; // a binary value is not text
    let s = typeof value === 'string' ? value : String(value);
    if (op.variant === IGNORE_CASE) s = s.toLowerCase();
    for (let i = 0; i < globs.length; i++) {
      const r = matchWhole(globs[i] as Glob, s, ctx);
      if (r === MATCH) return i;
    }
    return NONE;
  },
};
