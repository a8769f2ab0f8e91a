// Recursive-descent JSON parser with error recovery. Each syntax error is reported where it
// happens and parsing goes on (a missing `,` is assumed, a missing `}` closes at the end), so
// the editor can show every problem at once and the policy builder still gets a tree.
// Depth is bounded, and every loop consumes a token or exits, so any input terminates.
import type { JsonMember, JsonNode, Span } from './json-tree.js';
import type { Report, Token } from './json-scanner.js';
import { JsonScanner } from './json-scanner.js';
import type { Path } from '../diagnostics.js';
import { quote } from '../diagnostics.js';

/** Policies nest five levels deep at most; anything far past that is not a policy. */
export const MAX_DEPTH = 64;

/** Past this many members, duplicate keys are looked up in a set. */
const MANY_MEMBERS = 16;

const VALUE_START = new Set(['{', '[', 'string', 'number', 'true', 'false', 'null']);

function describeToken(token: Token): string {
  switch (token.kind) {
    case 'eof':
      return 'the end of the text';
    case 'string':
      return `the string ${quote(token.text, 30)}`;
    case 'invalid':
      return quote(token.text, 20);
    default:
      return quote(token.text, 30);
  }
}

/**
 * Where the parser is, as a chain from the innermost member or item out: made into a Path only
 * when a diagnostic needs one: a member costs one two-field link, not a copy of its whole path.
 */
interface PathLink {
  parent: PathLink | undefined;
  key: string | number;
}

function pathOf(link: PathLink | undefined): Path {
  const out: Path = [];
  for (let l = link; l !== undefined; l = l.parent) out.push(l.key);
  return out.reverse();
}

/** A member's or item's place below `parent`. */
function linkTo(parent: PathLink | undefined, key: string | number): PathLink {
  return { parent, key };
}

export class JsonParser {
  private readonly scanner: JsonScanner;
  private token: Token;
  /** The end of the text is reported once, not once per unclosed bracket. */
  private reportedEnd = false;

  constructor(
    text: string,
    private readonly sink: Report,
    /** Filled with line starts as the scanner meets line feeds (see JsonScanner). */
    lineStarts?: number[],
  ) {
    this.scanner = new JsonScanner(text, sink, lineStarts);
    this.token = this.scanner.next();
  }

  /** True when a carriage return was skipped as whitespace (the line starts are then partial). */
  get sawCarriageReturn(): boolean {
    return this.scanner.sawCarriageReturn;
  }

  /** Parses one JSON value and checks nothing follows it. Undefined when the text is empty. */
  parseDocument(): JsonNode | undefined {
    if (this.token.kind === 'eof') {
      this.sink.report(
        'empty-document',
        'the policy is empty',
        0,
        0,
        'a policy is a JSON object such as `{"Version": ...}`',
      );
      return undefined;
    }
    const root = this.parseValue(0, undefined);
    if (!this.atEnd()) {
      this.sink.report(
        'trailing-content',
        `unexpected ${describeToken(this.token)} after the end of the policy`,
        this.token.start,
        this.token.end,
        'a policy is exactly one JSON object',
      );
    }
    return root;
  }

  private atEnd(): boolean {
    return this.token.kind === 'eof';
  }

  private advance(): void {
    this.token = this.scanner.next();
  }

  private expected(what: string, at: PathLink | undefined): void {
    if (this.token.kind === 'eof') {
      if (this.reportedEnd) return;
      this.reportedEnd = true;
    }
    this.sink.report(
      this.token.kind === 'eof' ? 'unexpected-end' : 'unexpected-token',
      `expected ${what}, found ${describeToken(this.token)}`,
      this.token.start,
      this.token.end,
      undefined,
      pathOf(at),
    );
  }

  private parseValue(depth: number, at: PathLink | undefined): JsonNode {
    const token = this.token;
    switch (token.kind) {
      case '{':
      case '[':
        if (depth >= MAX_DEPTH) return this.skipTooDeep(at);
        return token.kind === '{' ? this.parseObject(depth, at) : this.parseArray(depth, at);
      case 'string':
        this.advance();
        return { kind: 'string', span: span(token), value: token.text };
      case 'number':
        this.advance();
        return { kind: 'number', span: span(token), raw: token.text };
      case 'true':
      case 'false':
        this.advance();
        return { kind: 'boolean', span: span(token), value: token.kind === 'true' };
      case 'null':
        this.advance();
        return { kind: 'null', span: span(token) };
      case 'word':
        // Unquoted text such as `Allow`: keep it as the string it was meant to be.
        this.sink.report(
          'unexpected-token',
          `expected a value, found ${quote(token.text, 30)}`,
          token.start,
          token.end,
          `strings must be enclosed in double quotes: "${token.text}"`,
          pathOf(at),
        );
        this.advance();
        return { kind: 'string', span: span(token), value: token.text };
      case 'invalid':
        this.advance();
        return { kind: 'invalid', span: span(token) };
      default:
        this.expected('a value', at);
        return { kind: 'invalid', span: { start: token.start, end: token.start } };
    }
  }

  private parseObject(depth: number, at: PathLink | undefined): JsonNode {
    // Punctuation tokens are reused by the scanner: keep the bracket's offsets, not the token.
    const openStart = this.token.start;
    const openEnd = this.token.end;
    this.advance();
    const members: JsonMember[] = [];
    // Keys seen so far: the members themselves while few (a policy object has a handful), a
    // set once there are many, so both stay cheap.
    let seen: Set<string> | undefined;
    let end = openEnd;
    for (;;) {
      const token = this.token;
      if (token.kind === '}') {
        end = token.end;
        this.advance();
        break;
      }
      if (token.kind === 'eof' || token.kind === ']') {
        // A stray `]` most likely closes an enclosing array: leave it to that array.
        this.expected('`}` to close the object', at);
        end = token.start;
        break;
      }
      const member = this.parseMember(depth, at);
      if (member) {
        if (members.length === MANY_MEMBERS) seen = new Set(members.map((m) => m.key));
        if (seen ? seen.has(member.key) : hasKey(members, member.key)) {
          this.sink.report(
            'duplicate-key',
            `duplicate key ${quote(member.key)}`,
            member.keySpan.start,
            member.keySpan.end,
            'only the last value is used; merge the two or remove one',
            pathOf(linkTo(at, member.key)),
          );
        }
        seen?.add(member.key);
        members.push(member);
      }
      this.afterItem('}', at);
    }
    return { kind: 'object', span: { start: openStart, end }, members };
  }

  /** Reads `"key": value`. Returns undefined (having consumed something) when there is no key. */
  private parseMember(depth: number, at: PathLink | undefined): JsonMember | undefined {
    const token = this.token;
    if (token.kind === 'invalid') {
      this.advance(); // the scanner reported it
      return undefined;
    }
    if (token.kind !== 'string' && token.kind !== 'word') {
      this.expected('a property name in double quotes', at);
      if (VALUE_START.has(token.kind)) this.parseValue(depth + 1, at);
      else this.advance();
      return undefined;
    }
    if (token.kind === 'word') {
      this.sink.report(
        'unexpected-token',
        `property name ${quote(token.text, 30)} must be enclosed in double quotes`,
        token.start,
        token.end,
        `write "${token.text}"`,
        pathOf(at),
      );
    }
    this.advance();
    const keySpan = span(token);
    if (this.token.kind === ':') {
      this.advance();
      // A string value (most of a policy) needs no path: nothing below it can be reported.
      const value = this.token;
      if (value.kind === 'string') {
        this.advance();
        return { key: token.text, keySpan, value: { kind: 'string', span: span(value), value: value.text } };
      }
      return { key: token.text, keySpan, value: this.parseValue(depth + 1, linkTo(at, token.text)) };
    }
    const memberAt = linkTo(at, token.text);
    this.expected(`\`:\` after property name ${quote(token.text, 30)}`, memberAt);
    if (!VALUE_START.has(this.token.kind)) {
      return {
        key: token.text,
        keySpan,
        value: { kind: 'invalid', span: { start: keySpan.end, end: keySpan.end } },
      };
    }
    return { key: token.text, keySpan, value: this.parseValue(depth + 1, memberAt) };
  }

  private parseArray(depth: number, at: PathLink | undefined): JsonNode {
    const openStart = this.token.start;
    const openEnd = this.token.end;
    this.advance();
    const items: JsonNode[] = [];
    let end = openEnd;
    for (;;) {
      const token = this.token;
      if (token.kind === ']') {
        end = token.end;
        this.advance();
        break;
      }
      if (token.kind === 'eof' || token.kind === '}') {
        this.expected('`]` to close the array', at);
        end = token.start;
        break;
      }
      if (token.kind === ',' || token.kind === ':') {
        this.expected('a value', linkTo(at, items.length));
        this.advance();
        continue;
      }
      if (token.kind === 'string') {
        // As in parseMember: a string item needs no path.
        this.advance();
        items.push({ kind: 'string', span: span(token), value: token.text });
      } else {
        items.push(this.parseValue(depth + 1, linkTo(at, items.length)));
      }
      this.afterItem(']', at);
    }
    return { kind: 'array', span: { start: openStart, end }, items };
  }

  /** Consumes the `,` after an object member or array item; reports a missing or trailing one. */
  private afterItem(close: '}' | ']', at: PathLink | undefined): void {
    while (this.token.kind === 'invalid') this.advance(); // the scanner reported it
    const token = this.token;
    if (token.kind === ',') {
      const commaStart = token.start;
      const commaEnd = token.end;
      this.advance();
      if (this.token.kind === close) {
        this.sink.report(
          'trailing-comma',
          `remove the \`,\` before \`${close}\``,
          commaStart,
          commaEnd,
          undefined,
          pathOf(at),
        );
      }
      return;
    }
    if (token.kind === close || token.kind === 'eof' || token.kind === '}' || token.kind === ']') return;
    const where = close === '}' ? 'property value' : 'array item';
    this.sink.report(
      'unexpected-token',
      `expected \`,\` or \`${close}\` after ${where}, found ${describeToken(token)}`,
      token.start,
      token.end,
      undefined,
      pathOf(at),
    );
  }

  /** Skips a too-deep `{...}` or `[...]` without recursing, so no input can exhaust the stack. */
  private skipTooDeep(at: PathLink | undefined): JsonNode {
    const start = this.token.start;
    this.sink.report(
      'nesting-too-deep',
      `objects and arrays are nested more than ${MAX_DEPTH} levels deep`,
      start,
      this.token.end,
      undefined,
      pathOf(at),
    );
    let level = 0;
    let end = this.token.end;
    do {
      const kind = this.token.kind;
      if (kind === '{' || kind === '[') level++;
      else if (kind === '}' || kind === ']') level--;
      else if (kind === 'eof') break;
      end = this.token.end;
      this.advance();
    } while (level > 0);
    return { kind: 'invalid', span: { start, end } };
  }
}

/** Whether a member already has this key (a policy object has a handful: no set needed). */
function hasKey(members: readonly JsonMember[], key: string): boolean {
  for (let i = 0; i < members.length; i++) if ((members[i] as JsonMember).key === key) return true;
  return false;
}

/** A token is its own span (it is never changed once scanned): no copy per value. */
function span(token: Token): Span {
  return token;
}
