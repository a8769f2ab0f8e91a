// Reads elements whose value is a string or an array of strings (Action, Resource, principal
// values...). Wrong items are reported and left out; the rest are kept in order, each with
// its own source location so later diagnostics can point at it.
import type { Path } from '../diagnostics.js';
import type { BuildContext } from './build-context.js';
import type { JsonNode } from './json-tree.js';

export function buildStringList(
  context: BuildContext,
  node: JsonNode,
  astPath: Path,
  jsonPath: Path,
  element: string,
): string[] | undefined {
  if (node.kind === 'string') {
    if (context.recording) context.record([...astPath, 0], jsonPath, node);
    return [node.value];
  }
  if (node.kind !== 'array') {
    context.wrongType('a string or an array of strings', node, jsonPath, `\`${element}\``);
    return undefined;
  }
  const values: string[] = [];
  node.items.forEach((item, j) => {
    if (item.kind === 'string') {
      if (context.recording) context.record([...astPath, values.length], [...jsonPath, j], item);
      values.push(item.value);
    } else {
      context.wrongType('a string', item, [...jsonPath, j], `each entry of \`${element}\``);
    }
  });
  return values;
}
