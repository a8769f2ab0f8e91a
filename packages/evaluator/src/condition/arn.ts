// ARN operators: ArnEquals and ArnLike behave identically (as do their negations): each of the
// six colon-delimited parts is matched separately, wildcards allowed. Policy variables apply
// in every part ("You can use a policy variable with the ARN condition operator"; the
// resource-part-only rule is the Resource element's). A request value that is not an ARN
// matches no pattern (other than `*`).

import {
  arnPatternWithOwnScratch,
  compileArnPattern,
  findArnColons,
  matchArnPattern,
  type ArnPattern,
} from '../match/arn-pattern.js';
import { MATCH } from '../match/glob.js';
import { INCOMPARABLE, NONE, spec, type ConditionFamily } from './family.js';

export const arnFamily: ConditionFamily<ArnPattern> = {
  name: 'Arn',
  operators: Object.fromEntries([
    spec('ArnEquals', 0, 'matches'),
    spec('ArnLike', 0, 'matches'),
    spec('ArnNotEquals', 0, 'matches', true),
    spec('ArnNotLike', 0, 'matches', true),
  ]),
  variables: true,
  qualifiers: true,
  expected: 'an ARN',
  compileValue(value, _op, variables) {
    return compileArnPattern(value, variables);
  },
  withOwnScratch: arnPatternWithOwnScratch,
  match(patterns, _op, value, ctx) {
    if (typeof value !== 'string') return INCOMPARABLE;
    const colons = ctx.colons;
    const isArn = findArnColons(value, colons);
    for (let i = 0; i < patterns.length; i++) {
      const p = patterns[i] as ArnPattern;
      const r = isArn || p.any ? matchArnPattern(p, value, isArn, colons, ctx) : 0;
      if (r === MATCH) return i;
    }
    return NONE;
  },
};
