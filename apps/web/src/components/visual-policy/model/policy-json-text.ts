// A tiny JSON writer over ordered members. The visual model is written through it rather than
// `JSON.stringify` on objects, which would move integer-like keys (a condition key `"10"`) to
// the front. Its layout is the one the JSON tab's Format button produces (two-space indent,
// `"key": value`, `[]` when empty, a final newline), so formatting generated text changes nothing.

export type JsonOut = string | JsonOut[] | { members: [string, JsonOut][] };

const INDENT = '  ';

function write(value: JsonOut, depth: number): string {
  if (typeof value === 'string') return JSON.stringify(value);
  const inner = INDENT.repeat(depth + 1);
  const close = '\n' + INDENT.repeat(depth) + (Array.isArray(value) ? ']' : '}');
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return '[\n' + value.map((item) => inner + write(item, depth + 1)).join(',\n') + close;
  }
  if (value.members.length === 0) return '{}';
  const lines = value.members.map(
    ([key, item]) => `${inner}${JSON.stringify(key)}: ${write(item, depth + 1)}`,
  );
  return '{\n' + lines.join(',\n') + close;
}

export function jsonText(value: JsonOut): string {
  return write(value, 0) + '\n';
}

/** One value as a string, several (or none) as an array: how AWS's visual editor writes lists. */
export function stringOrList(values: readonly string[]): JsonOut {
  return values.length === 1 ? (values[0] as string) : [...values];
}
