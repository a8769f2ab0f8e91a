// The JSON syntax tree the parser builds before it knows anything about policies. Every
// node and key keeps its span as 0-based offsets [start, end) into the source text.

export interface Span {
  start: number;
  end: number;
}

export interface JsonMember {
  key: string;
  keySpan: Span;
  value: JsonNode;
}

export type JsonNode =
  | { kind: 'object'; span: Span; members: JsonMember[] }
  | { kind: 'array'; span: Span; items: JsonNode[] }
  | { kind: 'string'; span: Span; value: string }
  /** `raw` is the number exactly as written; AWS compares condition numbers from their text. */
  | { kind: 'number'; span: Span; raw: string }
  | { kind: 'boolean'; span: Span; value: boolean }
  | { kind: 'null'; span: Span }
  /** Stands in for a value that was missing or unreadable; its error is already reported. */
  | { kind: 'invalid'; span: Span };

export type JsonObject = Extract<JsonNode, { kind: 'object' }>;

/** Names JSON types the way messages show them: "a string", "an array"... */
export function describeJson(node: JsonNode): string {
  switch (node.kind) {
    case 'object':
      return 'an object';
    case 'array':
      return 'an array';
    case 'string':
      return 'a string';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'a boolean';
    case 'null':
      return '`null`';
    case 'invalid':
      return 'an invalid value';
  }
}
