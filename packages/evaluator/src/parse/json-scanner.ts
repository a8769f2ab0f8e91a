// Splits policy text into JSON tokens. It never throws: anything it cannot read becomes a
// diagnostic plus a token the parser can recover from (a string that ends at the line
// break, a `word` for unquoted text, an `invalid` run of stray characters).
import type { DiagnosticCode, Path } from '../diagnostics.js';
import { quote } from '../diagnostics.js';

export type TokenKind =
  | '{'
  | '}'
  | '['
  | ']'
  | ':'
  | ','
  | 'string'
  | 'number'
  | 'true'
  | 'false'
  | 'null'
  | 'word'
  | 'invalid'
  | 'eof';

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  /** Decoded text for strings, the raw lexeme for numbers and words. */
  text: string;
}

/** Where the scanner and parser report what they find. */
export interface Report {
  report(code: DiagnosticCode, message: string, start: number, end: number, help?: string, path?: Path): void;
}

const PUNCTUATION = new Set(['{', '}', '[', ']', ':', ',']);
const ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};
const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

function isWhitespace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r';
}

function isWordChar(c: string): boolean {
  const code = c.charCodeAt(0);
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 95 ||
    code === 36
  );
}

/** Characters a number token runs over (invalid ones are reported after): digits, letters, `+-.` */
function isNumberChar(c: string): boolean {
  return isWordChar(c) || c === '+' || c === '-' || c === '.';
}

/** Characters an unquoted word runs over. */
function isWordTail(c: string): boolean {
  return isWordChar(c) || c === '-';
}

function startsToken(c: string): boolean {
  return PUNCTUATION.has(c) || c === '"' || c === "'" || c === '-' || c === '/' || isWordChar(c);
}

export class JsonScanner {
  private pos = 0;
  /**
   * The token returned for punctuation and the end of the text, rewritten by each: the parser
   * reads them before asking for the next token and keeps none, so they need no allocation.
   * Strings, numbers and words are fresh objects (nodes keep them as their spans).
   */
  private readonly shared: Token = { kind: 'eof', start: 0, end: 0, text: '' };

  /** Set when whitespace held a carriage return: `lineStarts` then misses line breaks. */
  sawCarriageReturn = false;

  constructor(
    private readonly text: string,
    private readonly sink: Report,
    /**
     * Filled with the offset after each line feed met as whitespace: on text that scans without
     * a diagnostic and without a carriage return, that is every line start (JSON strings cannot
     * hold a raw line break), and the line index need not search the text again.
     */
    private readonly lineStarts?: number[],
  ) {}

  next(): Token {
    const text = this.text;
    let pos = this.pos;
    // Space, tab, line feed, carriage return (NaN past the end stops the loop); line feeds are
    // noted as line starts on the way.
    let code = text.charCodeAt(pos);
    while (code === 32 || code === 10 || code === 13 || code === 9) {
      if (code === 10) this.lineStarts?.push(pos + 1);
      else if (code === 13) this.sawCarriageReturn = true;
      code = text.charCodeAt(++pos);
    }
    this.pos = pos;
    if (code === 47) {
      this.skipWhitespaceAndComments();
      pos = this.pos;
      code = text.charCodeAt(pos);
    }
    const start = pos;
    if (start >= text.length) return this.sharedToken('eof', start, start, '');
    if (code === 34) return this.string('"');
    switch (code) {
      case 123:
        this.pos = start + 1;
        return this.sharedToken('{', start, start + 1, '{');
      case 125:
        this.pos = start + 1;
        return this.sharedToken('}', start, start + 1, '}');
      case 91:
        this.pos = start + 1;
        return this.sharedToken('[', start, start + 1, '[');
      case 93:
        this.pos = start + 1;
        return this.sharedToken(']', start, start + 1, ']');
      case 58:
        this.pos = start + 1;
        return this.sharedToken(':', start, start + 1, ':');
      case 44:
        this.pos = start + 1;
        return this.sharedToken(',', start, start + 1, ',');
    }
    const c = text.charAt(start);
    if (c === "'") return this.string("'");
    if (c === '-' || (c >= '0' && c <= '9')) return this.number();
    if (isWordChar(c)) return this.word();
    return this.invalidRun();
  }

  private sharedToken(kind: TokenKind, start: number, end: number, text: string): Token {
    const token = this.shared;
    token.kind = kind;
    token.start = start;
    token.end = end;
    token.text = text;
    return token;
  }

  private skipWhitespaceAndComments(): void {
    const text = this.text;
    for (;;) {
      let code = text.charCodeAt(this.pos);
      // Space, tab, line feed, carriage return (NaN past the end stops the loop).
      while (code === 32 || code === 10 || code === 13 || code === 9) {
        if (code === 10) this.lineStarts?.push(this.pos + 1);
        else if (code === 13) this.sawCarriageReturn = true;
        code = text.charCodeAt(++this.pos);
      }
      if (code !== 47) return;
      const next = this.text.charAt(this.pos + 1);
      if (next !== '/' && next !== '*') return;
      const start = this.pos;
      if (next === '/') {
        while (this.pos < this.text.length && !'\n\r'.includes(this.text.charAt(this.pos))) this.pos++;
      } else {
        const close = this.text.indexOf('*/', start + 2);
        this.pos = close === -1 ? this.text.length : close + 2;
      }
      this.sink.report(
        'unexpected-character',
        'comments are not allowed in a JSON policy',
        start,
        this.pos,
        'remove the comment',
      );
    }
  }

  private string(quoteChar: '"' | "'"): Token {
    const start = this.pos;
    if (quoteChar === "'") {
      this.sink.report(
        'unexpected-character',
        'strings must be enclosed in double quotes',
        start,
        start + 1,
        'replace the single quotes with `"`',
      );
    }
    this.pos++;
    const quoteCode = quoteChar.charCodeAt(0);
    const text = this.text;
    // Fastest path: a string without escapes or control characters, closed on its line.
    let end = this.pos;
    for (let code = text.charCodeAt(end); code !== quoteCode && code !== 92 && code >= 32;) {
      code = text.charCodeAt(++end);
    }
    if (text.charCodeAt(end) === quoteCode) {
      const value = text.slice(this.pos, end);
      this.pos = end + 1;
      return { kind: 'string', start, end: this.pos, text: value };
    }
    let value = '';
    let runStart = this.pos;
    let reportedControl = false;
    for (;;) {
      // Fast path: ordinary characters up to the next quote, backslash or control character.
      for (let code = this.text.charCodeAt(this.pos); code !== quoteCode && code !== 92 && code >= 32;) {
        code = this.text.charCodeAt(++this.pos);
      }
      if (
        this.pos >= this.text.length ||
        this.text.charAt(this.pos) === '\n' ||
        this.text.charAt(this.pos) === '\r'
      ) {
        value += this.text.slice(runStart, this.pos);
        this.sink.report(
          'unterminated-string',
          'unterminated string',
          start,
          this.pos,
          `add the closing \`${quoteChar}\``,
        );
        return { kind: 'string', start, end: this.pos, text: value };
      }
      const c = this.text.charAt(this.pos);
      if (c === quoteChar) {
        value += this.text.slice(runStart, this.pos);
        this.pos++;
        return { kind: 'string', start, end: this.pos, text: value };
      }
      if (c === '\\') {
        value += this.text.slice(runStart, this.pos);
        value += this.escape();
        runStart = this.pos;
        continue;
      }
      if (c < ' ' && !reportedControl) {
        reportedControl = true;
        this.sink.report(
          'control-character',
          `control character ${quote(c)} must be escaped inside a string`,
          this.pos,
          this.pos + 1,
        );
      }
      this.pos++;
    }
  }

  /** Reads one escape starting at the backslash and returns the text it stands for. */
  private escape(): string {
    const start = this.pos;
    const c = this.text.charAt(start + 1);
    const simple = ESCAPES[c];
    if (simple !== undefined) {
      this.pos += 2;
      this.checkEscaped(simple, start);
      return simple;
    }
    if (c === 'u') {
      const hex = this.text.slice(start + 2, start + 6);
      if (/^[0-9a-fA-F]{4}$/.test(hex)) {
        this.pos += 6;
        const decoded = String.fromCharCode(parseInt(hex, 16));
        this.checkEscaped(decoded, start);
        return decoded;
      }
      const end = start + 2 + (/^[0-9a-fA-F]*/.exec(hex)?.[0].length ?? 0);
      this.sink.report('invalid-escape', '`\\u` must be followed by four hexadecimal digits', start, end);
      this.pos = end;
      return this.text.slice(start, end);
    }
    if (start + 1 >= this.text.length || c === '\n' || c === '\r') {
      this.pos += 1;
      return '\\';
    }
    const width = this.codePointWidth(start + 1);
    this.sink.report(
      'invalid-escape',
      `invalid escape ${quote(this.text.slice(start, start + 1 + width))} in string`,
      start,
      start + 1 + width,
      'valid escapes are \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX',
    );
    this.pos += 1 + width;
    return this.text.slice(start + 1, start + 1 + width);
  }

  /**
   * AWS accepts only tab, line feed, carriage return and U+0020–U+00FF in a policy, however
   * they are written; written characters are checked by the validator, escaped ones here.
   */
  private checkEscaped(decoded: string, start: number): void {
    const code = decoded.charCodeAt(0);
    if (code === 0x09 || code === 0x0a || code === 0x0d || (code >= 0x20 && code <= 0xff)) return;
    // The second half of an escaped surrogate pair was reported with the first.
    if (
      code >= 0xdc00 &&
      code <= 0xdfff &&
      /^\\u[dD][89abAB][0-9a-fA-F]{2}$/.test(this.text.slice(start - 6, start))
    ) {
      return;
    }
    const hex = code.toString(16).toUpperCase().padStart(4, '0');
    this.sink.report(
      'invalid-character',
      `escaped character U+${hex} is not allowed in a policy`,
      start,
      this.pos,
      'policies may contain tab, line breaks and characters U+0020 to U+00FF only',
    );
  }

  private number(): Token {
    const start = this.pos;
    while (this.pos < this.text.length && isNumberChar(this.text.charAt(this.pos))) this.pos++;
    const raw = this.text.slice(start, this.pos);
    if (!NUMBER.test(raw)) {
      this.sink.report('invalid-number', `${quote(raw)} is not a valid JSON number`, start, this.pos);
    }
    return { kind: 'number', start, end: this.pos, text: raw };
  }

  private word(): Token {
    const start = this.pos;
    while (this.pos < this.text.length && isWordTail(this.text.charAt(this.pos))) this.pos++;
    const text = this.text.slice(start, this.pos);
    const kind: TokenKind = text === 'true' || text === 'false' || text === 'null' ? text : 'word';
    return { kind, start, end: this.pos, text };
  }

  private invalidRun(): Token {
    const start = this.pos;
    while (this.pos < this.text.length) {
      const c = this.text.charAt(this.pos);
      if (this.pos > start && (isWhitespace(c) || startsToken(c))) break;
      this.pos += this.codePointWidth(this.pos);
    }
    const text = this.text.slice(start, this.pos);
    this.sink.report('unexpected-character', `unexpected ${quote(text, 20)}`, start, this.pos);
    return { kind: 'invalid', start, end: this.pos, text };
  }

  /** 2 for a well-formed surrogate pair, else 1, so a reported span never splits a character. */
  private codePointWidth(at: number): number {
    const hi = this.text.charCodeAt(at);
    const lo = this.text.charCodeAt(at + 1);
    return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff ? 2 : 1;
  }
}
