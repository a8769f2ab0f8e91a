// visualToPolicy: statement cards → policy JSON text. Element order is Sid, Effect,
// Action/NotAction, Resource/NotResource, Condition; one value is written as a string, several
// as an array. A card the user has not finished still produces JSON, shaped so that the
// evaluator flags it as an error (Save stays disabled) and `policyToVisual` reads it back into
// the same card:
//   no service, no actions   → "Action": []         (empty-array)
//   a service, no actions    → "Action": "s3:"      (invalid-action: no action name)
//   no resources             → "Resource": []       (empty-array)
//   a condition with no values → "key": []          (empty-array)
import type { VisualCondition, VisualPolicy, VisualStatement } from './visual-policy.js';
import { type JsonOut, jsonText, stringOrList } from './policy-json-text.js';

export function visualToPolicy(policy: VisualPolicy): string {
  const members: [string, JsonOut][] = [['Version', policy.version]];
  if (policy.id !== undefined) members.push(['Id', policy.id]);
  members.push(['Statement', policy.statements.map(statementJson)]);
  return jsonText({ members });
}

function statementJson(statement: VisualStatement): JsonOut {
  const members: [string, JsonOut][] = [];
  if (statement.sid !== undefined) members.push(['Sid', statement.sid]);
  members.push(['Effect', statement.effect]);
  members.push([statement.actionElement, actionsJson(statement)]);
  members.push([statement.resourceElement, stringOrList(statement.resources)]);
  if (statement.conditions.length > 0) members.push(['Condition', conditionsJson(statement.conditions)]);
  return { members };
}

function actionsJson({ service, actions }: VisualStatement): JsonOut {
  // Without a service there is nothing to prefix: the names (normally none) are written bare,
  // which the evaluator reports as invalid actions.
  if (service === undefined) return [...actions];
  if (service === '*') return '*';
  if (actions.length === 0) return `${service}:`;
  return stringOrList(actions.map((action) => `${service}:${action}`));
}

/**
 * Rows are grouped under their operator (as written) in order of the operator's first row; JSON
 * cannot keep rows of one operator apart, so `policyToVisual` returns them grouped.
 */
function conditionsJson(conditions: readonly VisualCondition[]): JsonOut {
  const byOperator = new Map<string, [string, JsonOut][]>();
  for (const condition of conditions) {
    let keys = byOperator.get(condition.operator);
    if (!keys) byOperator.set(condition.operator, (keys = []));
    keys.push([condition.conditionKey, stringOrList(condition.values)]);
  }
  return { members: [...byOperator].map(([operator, keys]) => [operator, { members: keys }]) };
}
