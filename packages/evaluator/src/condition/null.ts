// Null: `true` means "the key is absent from the request", `false` means "the key is present".
// It tests existence, never the value, and takes no IfExists, set operator or variables.

import { NONE, spec, type ConditionFamily } from './family.js';

export const nullFamily: ConditionFamily<boolean> = {
  name: 'Null',
  operators: Object.fromEntries([spec('Null', 0, 'is absent')]),
  variables: false,
  qualifiers: false,
  expected: '`true` (key absent) or `false` (key present)',
  compileValue(value) {
    const lower = value.toLowerCase();
    return lower === 'true' ? true : lower === 'false' ? false : undefined;
  },
  match() {
    return NONE;
  },
  presence(wantsAbsent, present) {
    const i = wantsAbsent.indexOf(!present);
    return i >= 0 ? i : NONE;
  },
};
