// Bool: `true` / `false`, compared ignoring case. The condition operators reference lists
// policy variables as supported for Bool, so a value may be `${aws:…}` resolving to either.

import { compileGlob, globWithOwnScratch, matchWhole, MATCH, type Glob } from '../match/glob.js';
import { hasVariables, tokenize } from '../variables/tokenize.js';
import { INCOMPARABLE, NONE, spec, type ConditionFamily, type Scalar } from './family.js';

function requestBool(value: Scalar): string | undefined {
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value !== 'string') return undefined;
  if (value === 'true' || value === 'false') return value;
  const lower = value.toLowerCase();
  return lower === 'true' || lower === 'false' ? lower : undefined;
}

export const boolFamily: ConditionFamily<Glob> = {
  name: 'Bool',
  operators: Object.fromEntries([spec('Bool', 0, 'is')]),
  variables: true,
  qualifiers: true,
  expected: '`true` or `false`',
  compileValue(value, _op, variables) {
    const tokens = tokenize(value, variables);
    if (hasVariables(tokens)) return compileGlob(tokens, false, true);
    const lower = value.toLowerCase();
    if (lower !== 'true' && lower !== 'false') return undefined;
    return compileGlob([{ kind: 'text', text: lower }], false, true);
  },
  withOwnScratch: globWithOwnScratch,
  match(globs, _op, value, ctx) {
    const b = requestBool(value);
    if (b === undefined) return INCOMPARABLE;
    for (let i = 0; i < globs.length; i++) {
      const r = matchWhole(globs[i] as Glob, b, ctx);
      if (r === MATCH) return i;
    }
    return NONE;
  },
};
