// One statement's explanation: every element and every condition, whether or not an earlier
// one already failed, so a simulator can show the whole picture.

import type { CompiledStatement } from '../compile/compiled-types.js';
import type { RequestState } from '../evaluate/request-state.js';
import { Grant } from '../match/principal.js';
import type { ElementMatch, StatementExplanation } from '../types.js';
import { explainCondition } from './explain-condition.js';
import { explainAction, explainPrincipal, explainResource } from './explain-elements.js';

export interface ExplainedStatement {
  statement: CompiledStatement;
  explanation: StatementExplanation;
  /** For statements that apply: how the Principal element names the caller. */
  grant: Grant;
}

export function explainStatement(s: CompiledStatement, st: RequestState): ExplainedStatement {
  const elements: ElementMatch[] = [explainAction(s, st), explainResource(s, st)];
  const principal = explainPrincipal(s, st);
  if (principal.element) elements.push(principal.element);
  const conditions = s.conditions.map((c) => explainCondition(c, st.ctx));
  const applies =
    elements.every((e) => e.matched) && principal.grant !== Grant.None && conditions.every((c) => c.matched);
  const explanation: StatementExplanation = {
    index: s.source.index,
    effect: s.source.effect,
    applies,
    elements,
    conditions,
  };
  if (s.source.sid !== undefined) explanation.sid = s.source.sid;
  if (s.source.range) explanation.range = s.source.range;
  return { statement: s, explanation, grant: applies ? principal.grant : Grant.None };
}
