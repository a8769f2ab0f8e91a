// Reads the `Condition` block into a flat list of operator → key → values clauses. Numbers and
// booleans are accepted as values and kept as the text AWS compares (`10`, `true`).
import type { ConditionClause } from '../types.js';
import type { Path } from '../diagnostics.js';
import type { BuildContext } from './build-context.js';
import { lastMembers } from './build-context.js';
import type { JsonNode } from './json-tree.js';

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
  jsonPath: Path,
): string[] | undefined {
  const single = scalarText(node);
  if (single !== undefined) {
    context.record([...astPath, 0], jsonPath, node);
    return [single];
  }
  if (node.kind !== 'array') {
    context.wrongType('a string, number, boolean or an array of them', node, jsonPath, 'a condition value');
    return undefined;
  }
  const values: string[] = [];
  node.items.forEach((item, j) => {
    const text = scalarText(item);
    if (text === undefined) {
      context.wrongType('a string, number or boolean', item, [...jsonPath, j], 'each condition value');
      return;
    }
    context.record([...astPath, values.length], [...jsonPath, j], item);
    values.push(text);
  });
  return values;
}

export function buildConditions(
  context: BuildContext,
  node: JsonNode,
  statementAstPath: Path,
  jsonPath: Path,
): ConditionClause[] {
  const clauses: ConditionClause[] = [];
  if (node.kind !== 'object') {
    context.wrongType('an object of condition operators', node, jsonPath, '`Condition`');
    return clauses;
  }
  for (const operatorMember of lastMembers(node)) {
    const operatorPath = [...jsonPath, operatorMember.key];
    const block = operatorMember.value;
    if (block.kind !== 'object') {
      context.wrongType(
        'an object of condition keys',
        block,
        operatorPath,
        `condition operator \`${operatorMember.key}\``,
      );
      continue;
    }
    for (const keyMember of lastMembers(block)) {
      const keyPath = [...operatorPath, keyMember.key];
      const astPath = [...statementAstPath, 'Condition', clauses.length];
      const values = buildValues(context, keyMember.value, astPath, keyPath);
      if (values === undefined) continue;
      const clauseSpan = { start: keyMember.keySpan.start, end: keyMember.value.span.end };
      context.record(
        astPath,
        keyPath,
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
      clauses.push({
        operator: operatorMember.key,
        key: keyMember.key,
        values,
        range: context.range(clauseSpan),
      });
    }
  }
  return clauses;
}
