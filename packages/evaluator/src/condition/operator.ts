// Reading a condition operator name: `[ForAllValues:|ForAnyValue:]<Base>[IfExists]`.

import { arnFamily } from './arn.js';
import { binaryFamily } from './binary.js';
import { boolFamily } from './bool.js';
import { dateFamily } from './date.js';
import type { ConditionFamily, OperatorSpec } from './family.js';
import { ipFamily } from './ip.js';
import { nullFamily } from './null.js';
import { numericFamily } from './numeric.js';
import { stringFamily } from './string.js';

/** How a clause treats a multivalued request key. */
export const SetMode = { None: 0, ForAllValues: 1, ForAnyValue: 2 } as const;
export type SetMode = (typeof SetMode)[keyof typeof SetMode];

export const FAMILIES: readonly ConditionFamily<unknown>[] = [
  stringFamily,
  numericFamily,
  dateFamily,
  boolFamily,
  binaryFamily,
  ipFamily,
  arnFamily,
  nullFamily,
] as ConditionFamily<unknown>[];

const BY_NAME = new Map<string, { family: ConditionFamily<unknown>; op: OperatorSpec }>();
for (const family of FAMILIES) {
  for (const [lower, op] of Object.entries(family.operators)) BY_NAME.set(lower, { family, op });
}

export interface ParsedOperator {
  set: SetMode;
  ifExists: boolean;
  family: ConditionFamily<unknown>;
  op: OperatorSpec;
}

/** Parses an operator name (case-insensitively); a message when it names no operator. */
export function parseOperator(name: string): ParsedOperator | { error: string } {
  let rest = name.trim();
  let set: SetMode = SetMode.None;
  const lower = rest.toLowerCase();
  if (lower.startsWith('forallvalues:')) set = SetMode.ForAllValues;
  else if (lower.startsWith('foranyvalue:')) set = SetMode.ForAnyValue;
  if (set !== SetMode.None) rest = rest.slice(rest.indexOf(':') + 1);
  let base = rest.toLowerCase();
  const ifExists = base.endsWith('ifexists');
  if (ifExists) base = base.slice(0, -'ifexists'.length);
  const found = BY_NAME.get(base);
  if (!found) return { error: `\`${name}\` is not a condition operator` };
  if (found.family === nullFamily && (ifExists || set !== SetMode.None)) {
    return { error: `\`${name}\` is not a condition operator: Null takes no IfExists or set qualifier` };
  }
  return { set, ifExists, family: found.family, op: found.op };
}
