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
  /** The JSON path of the object holding the element; `key` is the element's name there. */
  parentPath: Path,
  key: string,
  element: string,
): string[] | undefined {
  if (node.kind === 'string') {
    if (context.recording) context.record([...astPath, 0], [...parentPath, key], node);
    return [node.value];
  }
  if (node.kind !== 'array') {
    context.wrongType('a string or an array of strings', node, [...parentPath, key], `\`${element}\``);
    return undefined;
  }
  const values: string[] = [];
  const items = node.items;
  for (let j = 0; j < items.length; j++) {
    const item = items[j] as JsonNode;
    if (item.kind === 'string') {
      if (context.recording) context.record([...astPath, values.length], [...parentPath, key, j], item);
      values.push(item.value);
    } else {
      context.wrongType('a string', item, [...parentPath, key, j], `each entry of \`${element}\``);
    }
  }
  return values;
}
