// A new condition row for "Add condition".
import type { VisualCondition } from './visual-policy.js';
import { freshKey } from './fresh-key.js';

/** A row with the given operator and key (empty until the user picks them) and no values. */
export function newCondition(operator = '', conditionKey = ''): VisualCondition {
  return { key: freshKey('c'), operator, conditionKey, values: [] };
}
