// Null: `true` means "the key is absent from the request", `false` means "the key is present".
// It tests existence, never the value, and takes no IfExists, set operator or variables.

import { NONE, spec, type ConditionFamily } from './family.js';

export const nullFamily: ConditionFamily<boolean[]> = {
  name: 'Null',
  operators: Object.fromEntries([spec('Null', 0, 'is absent')]),
  variables: false,
  compile(values) {
    const wantsAbsent: boolean[] = [];
    for (const v of values) {
      const lower = v.toLowerCase();
      if (lower !== 'true' && lower !== 'false')
        return { ok: false, error: `\`${v}\` is not \`true\` or \`false\`` };
      wantsAbsent.push(lower === 'true');
    }
    return { ok: true, values: wantsAbsent };
  },
  match() {
    return NONE;
  },
  presence(wantsAbsent, present) {
    const i = wantsAbsent.indexOf(!present);
    return i >= 0 ? i : NONE;
  },
};
