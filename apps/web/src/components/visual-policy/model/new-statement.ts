// New and duplicated statement cards for the Visual tab's "Add statement" and "Duplicate".
import type { VisualStatement } from './visual-policy.js';
import { freshKey } from './fresh-key.js';

/** An empty `Allow` card: no service, no actions, no resources, no conditions. */
export function newStatement(): VisualStatement {
  return {
    key: freshKey('s'),
    effect: 'Allow',
    actionElement: 'Action',
    actions: [],
    resourceElement: 'Resource',
    resources: [],
    conditions: [],
  };
}

/**
 * A copy of `statement` with fresh keys, for "Duplicate". The `Sid` is dropped: two statements
 * with the same `Sid` are an error, and the copy usually ends up meaning something else.
 */
export function duplicateStatement(statement: VisualStatement): VisualStatement {
  const { sid: _sid, ...rest } = statement;
  return {
    ...rest,
    key: freshKey('s'),
    actions: [...statement.actions],
    resources: [...statement.resources],
    conditions: statement.conditions.map((condition) => ({
      ...condition,
      key: freshKey('c'),
      values: [...condition.values],
    })),
  };
}
