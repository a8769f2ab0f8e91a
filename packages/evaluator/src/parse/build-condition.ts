// Reads the `Condition` block into a flat list of operator → key → values clauses. Numbers and
// booleans are accepted as values and kept as the text AWS compares (`10`, `true`). An
// operator that yields no clause (`"Foo": {}`) is kept too, by name, so that it is checked.
import type { ConditionClause, EmptyConditionOperator } from '../types.js';
import type { Path } from '../diagnostics.js';
import type { BuildContext } from './build-context.js';
import { lastMembers, UNRECORDED } from './build-context.js';
import type { JsonMember, JsonNode, JsonObject } from './json-tree.js';

function scalarText(node: JsonNode): string | undefined {
  if (node.kind === 'string') return node.value;
  if (node.kind === 'number') return node.raw;
  if (node.kind === 'boolean') return node.value ? 'true' : 'false';
  return undefined;
}

function buildValues(
  context: BuildContext,
  node: JsonNode,
  astPath: Path,
  /** The JSON path of the operator's block; `key` is the condition key there. */
  operatorPath: Path,
  key: string,
): string[] | undefined {
  const single = scalarText(node);
  if (single !== undefined) {
    if (context.recording) context.record([...astPath, 0], [...operatorPath, key], node);
    return [single];
  }
  if (node.kind !== 'array') {
    context.wrongType(
      'a string, number, boolean or an array of them',
      node,
      [...operatorPath, key],
      'a condition value',
    );
    return undefined;
  }
  const values: string[] = [];
  const items = node.items;
  for (let j = 0; j < items.length; j++) {
    const item = items[j] as JsonNode;
    const text = scalarText(item);
    if (text === undefined) {
      context.wrongType(
        'a string, number or boolean',
        item,
        [...operatorPath, key, j],
        'each condition value',
      );
      continue;
    }
    if (context.recording) context.record([...astPath, values.length], [...operatorPath, key, j], item);
    values.push(text);
  }
  return values;
}

export interface BuiltConditions {
  clauses: ConditionClause[];
  empty: EmptyConditionOperator[];
}

/** Reads the `Condition` member of the statement at `statementPath` (a JSON path). */
export function buildConditions(
  context: BuildContext,
  node: JsonNode,
  statementAstPath: Path,
  statementPath: Path,
): BuiltConditions {
  const clauses: ConditionClause[] = [];
  const empty: EmptyConditionOperator[] = [];
  if (node.kind !== 'object') {
    context.wrongType(
      'an object of condition operators',
      node,
      [...statementPath, 'Condition'],
      '`Condition`',
    );
    return { clauses, empty };
  }
  const operators = lastMembers(node);
  for (let i = 0; i < operators.length; i++) {
    const operatorMember = operators[i] as JsonMember;
    const operatorPath = [...statementPath, 'Condition', operatorMember.key];
    const block = operatorMember.value;
    const before = clauses.length;
    if (block.kind !== 'object') {
      context.wrongType(
        'an object of condition keys',
        block,
        operatorPath,
        `condition operator \`${operatorMember.key}\``,
      );
    } else {
      buildClauses(context, block, operatorMember, statementAstPath, operatorPath, clauses);
    }
    if (clauses.length > before) continue;
    if (context.recording) {
      const astPath = [...statementAstPath, 'EmptyOperator', empty.length];
      context.record(astPath, operatorPath, block, operatorMember.keySpan);
    }
    const range = context.range(operatorMember.keySpan);
    empty.push(
      range === undefined ? { operator: operatorMember.key } : { operator: operatorMember.key, range },
    );
  }
  return { clauses, empty };
}

function buildClauses(
  context: BuildContext,
  block: JsonObject,
  operatorMember: JsonMember,
  statementAstPath: Path,
  operatorPath: Path,
  clauses: ConditionClause[],
): void {
  const keys = lastMembers(block);
  for (let i = 0; i < keys.length; i++) {
    const keyMember = keys[i] as JsonMember;
    const astPath = context.recording ? [...statementAstPath, 'Condition', clauses.length] : UNRECORDED;
    const values = buildValues(context, keyMember.value, astPath, operatorPath, keyMember.key);
    if (values === undefined) continue;
    const clauseSpan = { start: keyMember.keySpan.start, end: keyMember.value.span.end };
    if (context.recording) {
      context.record(
        astPath,
        [...operatorPath, keyMember.key],
        { kind: 'invalid', span: clauseSpan },
        keyMember.keySpan,
        keyMember.value,
      );
      context.record(
        [...statementAstPath, 'ConditionOperator', clauses.length],
        operatorPath,
        block,
        operatorMember.keySpan,
      );
    }
    const range = context.range(clauseSpan);
    const clause: ConditionClause = { operator: operatorMember.key, key: keyMember.key, values };
    if (range !== undefined) clause.range = range;
    clauses.push(clause);
  }
}
