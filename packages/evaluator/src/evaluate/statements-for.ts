// The statements of an index whose Action / NotAction covers a request's action. Requests name
// few distinct actions, so each is matched against its service's entries once and the result
// is remembered in the index: evaluation then does no action matching at all. The memo holds
// only what the compiled policies already decide for that action string, never anything from
// the rest of a request.

import { entriesFor } from '../compile/action-index.js';
import type { ActionIndex, CompiledStatement } from '../compile/compiled-types.js';
import { actionMatches } from './statement-match.js';

/** Distinct actions remembered per index before it starts over (made-up names cannot grow it). */
const MAX_ACTIONS = 1024;

function collect(index: ActionIndex, action: string, service: string): CompiledStatement[] {
  const statements: CompiledStatement[] = [];
  for (const e of entriesFor(index, service)) {
    if (actionMatches(e.patterns, e.statement.notAction, action)) statements.push(e.statement);
  }
  return statements;
}

/** The statements covering `action` (lower-cased; `service` is its prefix), in index order. */
export function statementsFor(index: ActionIndex, action: string, service: string): CompiledStatement[] {
  if (index.lastAction === action) return index.lastStatements;
  let statements = index.byAction.get(action);
  if (statements === undefined) {
    statements = collect(index, action, service);
    if (index.byAction.size >= MAX_ACTIONS) index.byAction.clear();
    index.byAction.set(action, statements);
  }
  index.lastAction = action;
  index.lastStatements = statements;
  return statements;
}
