// A small strict JSON reader that keeps every value's span, for pointing findings at the exact
// string inside an `Action` or `Resource` array. The evaluator's AST records a range for each
// statement and condition clause but not for list items, so the catalog checks re-read the
// statement's own text with this. It gives up (undefined) on anything that is not valid JSON:
// the evaluator already reports syntax errors, and the finding then falls back to the statement.
import { JSON_ESCAPES } from './json-escapes.js';

export type JsonSpanNode =
  | { kind: 'string'; value: string; start: number; end: number }
  | { kind: 'array'; items: JsonSpanNode[]; start: number; end: number }
  | { kind: 'object'; members: JsonSpanMember[]; start: number; end: number }
  | { kind: 'scalar'; start: number; end: number };

export interface JsonSpanMember {
  key: string;
  keyStart: number;
  keyEnd: number;
  value: JsonSpanNode;
}

/** Policies nest four levels deep; this only stops runaway recursion on hostile text. */
const MAX_DEPTH = 64;

class Failure extends Error {}

/** The JSON value spanning `text[start, end)`, or undefined when that slice is not one JSON value. */
export function readJsonSpans(text: string, start = 0, end = text.length): JsonSpanNode | undefined {
  const reader = new Reader(text, start, end);
  try {
    const node = reader.value(0);
    reader.skipSpace();
    return reader.atEnd() ? node : undefined;
  } catch (error) {
    if (error instanceof Failure) return undefined;
    throw error;
  }
}

/** The string token starting at `offset` (its opening quote), or undefined when there is none. */
export function readStringAt(
  text: string,
  offset: number,
): { value: string; start: number; end: number } | undefined {
  if (text.charAt(offset) !== '"') return undefined;
  try {
    return new Reader(text, offset, text.length).string();
  } catch (error) {
    if (error instanceof Failure) return undefined;
    throw error;
  }
}

/** The value of the last member named `key` (JSON keeps the last of duplicate keys, as IAM does). */
export function memberValue(node: JsonSpanNode | undefined, key: string): JsonSpanNode | undefined {
  if (node?.kind !== 'object') return undefined;
  for (let i = node.members.length - 1; i >= 0; i--) {
    const member = node.members[i];
    if (member?.key === key) return member.value;
  }
  return undefined;
}

class Reader {
  private at: number;

  constructor(
    private readonly text: string,
    start: number,
    private readonly end: number,
  ) {
    this.at = start;
  }

  atEnd(): boolean {
    return this.at >= this.end;
  }

  /** The character at the cursor, or '' past the end of the slice. */
  private peek(): string {
    return this.at < this.end ? this.text.charAt(this.at) : '';
  }

  private next(): string {
    const c = this.peek();
    this.at++;
    return c;
  }

  skipSpace(): void {
    while (this.at < this.end && ' \t\r\n'.includes(this.peek())) this.at++;
  }

  value(depth: number): JsonSpanNode {
    if (depth > MAX_DEPTH) throw new Failure();
    this.skipSpace();
    const c = this.peek();
    if (c === '') throw new Failure();
    if (c === '"') return { kind: 'string', ...this.string() };
    if (c === '[') return this.array(depth);
    if (c === '{') return this.object(depth);
    return this.scalar();
  }

  string(): { value: string; start: number; end: number } {
    const start = this.at++;
    let value = '';
    while (this.at < this.end) {
      const c = this.next();
      if (c === '"') return { value, start, end: this.at };
      if (c === '\\') value += this.escape();
      else if (c.charCodeAt(0) < 0x20) throw new Failure();
      else value += c;
    }
    throw new Failure();
  }

  private escape(): string {
    const c = this.next();
    if (c === 'u') {
      const hex = this.text.slice(this.at, Math.min(this.end, this.at + 4));
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new Failure();
      this.at += 4;
      return String.fromCharCode(parseInt(hex, 16));
    }
    const escaped = JSON_ESCAPES[c];
    if (escaped === undefined) throw new Failure();
    return escaped;
  }

  private array(depth: number): JsonSpanNode {
    const start = this.at++;
    const items: JsonSpanNode[] = [];
    this.skipSpace();
    if (this.peek() === ']') return { kind: 'array', items, start, end: ++this.at };
    for (;;) {
      items.push(this.value(depth + 1));
      this.skipSpace();
      const c = this.next();
      if (c === ']') return { kind: 'array', items, start, end: this.at };
      if (c !== ',') throw new Failure();
    }
  }

  private object(depth: number): JsonSpanNode {
    const start = this.at++;
    const members: JsonSpanMember[] = [];
    this.skipSpace();
    if (this.peek() === '}') return { kind: 'object', members, start, end: ++this.at };
    for (;;) {
      this.skipSpace();
      if (this.peek() !== '"') throw new Failure();
      const key = this.string();
      this.skipSpace();
      if (this.next() !== ':') throw new Failure();
      members.push({ key: key.value, keyStart: key.start, keyEnd: key.end, value: this.value(depth + 1) });
      this.skipSpace();
      const c = this.next();
      if (c === '}') return { kind: 'object', members, start, end: this.at };
      if (c !== ',') throw new Failure();
    }
  }

  private scalar(): JsonSpanNode {
    const match = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(
      this.text.slice(this.at, Math.min(this.end, this.at + 400)),
    );
    if (!match) throw new Failure();
    const start = this.at;
    this.at += match[0].length;
    return { kind: 'scalar', start, end: this.at };
  }
}
