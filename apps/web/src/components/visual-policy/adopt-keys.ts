// Card keys across edits made in the JSON tab: the text is parsed afresh, so its cards get new
// keys; giving the n-th card the key the n-th card had keeps React from remounting every card
// (and losing half-filled forms) on each keystroke in the JSON editor.
import type { VisualPolicy } from './model/visual-policy.js';

function uniqueKey(wanted: string, used: Set<string>): string {
  let key = wanted;
  for (let n = 2; used.has(key); n++) key = `${wanted}~${n}`;
  used.add(key);
  return key;
}

/** `next` with statement and condition keys taken from `previous` position by position. */
export function adoptKeys(next: VisualPolicy, previous: VisualPolicy | undefined): VisualPolicy {
  if (!previous) return next;
  const usedStatements = new Set<string>();
  const statements = next.statements.map((statement, i) => {
    const before = previous.statements[i];
    const usedConditions = new Set<string>();
    const conditions = statement.conditions.map((condition, j) => ({
      ...condition,
      key: uniqueKey(before?.conditions[j]?.key ?? condition.key, usedConditions),
    }));
    return { ...statement, key: uniqueKey(before?.key ?? statement.key, usedStatements), conditions };
  });
  return { ...next, statements };
}
