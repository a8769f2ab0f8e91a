// policyToVisual: policy JSON text → statement cards, or the reason the cards cannot show it
// exactly. What the Visual tab represents:
// - `Version` (absent reads as `2008-10-17`, the rules AWS applies then), `Id`, `Statement` (one
//   object or an array);
// - per statement: `Sid`, `Effect`, `Action` or `NotAction` naming one service (`prefix:name`
//   entries with one prefix, any case) or exactly `*`, `Resource` or `NotResource` (any
//   strings), `Condition` with any operator, key and values (numbers and booleans read as the
//   strings AWS compares).
// Anything else is refused with the place it sits: JSON errors, duplicate keys (the cards would
// drop the shadowed value), `Principal`/`NotPrincipal`, an element together with its `Not`
// form, actions of several services. Errors the evaluator finds later (an unknown operator, an
// empty list, an action without a name) do not stop the cards: they show exactly what is
// written and the JSON tab's diagnostics say what is wrong.
import { parsePolicy } from '@gatehouse/evaluator';
import type { Diagnostic, Statement } from '@gatehouse/evaluator';
import type { NotRepresentable, ToVisualResult, VisualStatement } from './visual-policy.js';
import { freshKey } from './fresh-key.js';
import { readActions } from './read-actions.js';
import { code, statementName } from './words.js';

export function policyToVisual(text: string): ToVisualResult {
  const { document, diagnostics } = parsePolicy(text);
  const blocking = diagnostics.find((d) => d.severity === 'error') ?? diagnostics.find(isDuplicateKey);
  if (blocking) return { ok: false, problem: fromDiagnostic(blocking) };
  if (!document)
    return { ok: false, problem: { code: 'json-error', reason: 'the text is not a policy', path: [] } };
  const statements: VisualStatement[] = [];
  for (const statement of document.statements) {
    const card = toCard(statement);
    if ('reason' in card) return { ok: false, problem: card };
    statements.push(card);
  }
  const policy = { version: document.version ?? '2008-10-17', statements } as const;
  return { ok: true, policy: document.id === undefined ? policy : { ...policy, id: document.id } };
}

function isDuplicateKey(d: Diagnostic): boolean {
  return d.code === 'duplicate-key';
}

function fromDiagnostic(d: Diagnostic): NotRepresentable {
  if (isDuplicateKey(d)) {
    return {
      code: 'duplicate-key',
      reason: `${d.message}: only the last one counts, and the visual editor would drop the others`,
      path: d.path,
    };
  }
  return { code: 'json-error', reason: `the JSON has an error: ${d.message}`, path: d.path };
}

function toCard(statement: Statement): VisualStatement | NotRepresentable {
  const path = ['Statement', statement.index];
  const name = statementName(statement.index, statement.sid);
  for (const element of ['principal', 'notPrincipal'] as const) {
    if (statement[element]) {
      const written = element === 'principal' ? 'Principal' : 'NotPrincipal';
      return {
        code: 'principal',
        reason: `${name} has a ${code(written)}: only identity policies are edited visually`,
        path: [...path, written],
      };
    }
  }
  if (statement.action && statement.notAction) {
    return {
      code: 'conflicting-elements',
      reason: `${name} has both \`Action\` and \`NotAction\``,
      path: [...path, 'NotAction'],
    };
  }
  if (statement.resource && statement.notResource) {
    return {
      code: 'conflicting-elements',
      reason: `${name} has both \`Resource\` and \`NotResource\``,
      path: [...path, 'NotResource'],
    };
  }
  const actionElement = statement.notAction ? 'NotAction' : 'Action';
  const actions = readActions(statement.notAction ?? statement.action, name, actionElement);
  if (!actions.ok) {
    const where = actions.entry === undefined ? [actionElement] : [actionElement, actions.entry];
    return { code: actions.code, reason: actions.reason, path: [...path, ...where] };
  }
  const card: VisualStatement = {
    key: freshKey('s'),
    effect: statement.effect,
    ...actions.card,
    actionElement,
    resourceElement: statement.notResource ? 'NotResource' : 'Resource',
    resources: [...(statement.notResource ?? statement.resource ?? [])],
    conditions: statement.conditions.map((clause) => ({
      key: freshKey('c'),
      operator: clause.operator,
      conditionKey: clause.key,
      values: [...clause.values],
    })),
  };
  if (statement.sid !== undefined) card.sid = statement.sid;
  return card;
}
