// The forgiving way to find an element's strings in a statement's text, for text that is not
// valid JSON yet (the user is typing: a trailing comma, a string not closed). It reads tokens
// rather than values: a string runs to its closing quote or the end of its line, as the
// evaluator's own parser reads it, and the element's strings are those directly inside its value.
import { JSON_ESCAPES } from './json-escapes.js';

export interface ScannedString {
  value: string;
  start: number;
  end: number;
}

type StringToken = { kind: 'string'; value: string; start: number; end: number };
type Token = StringToken | { kind: 'punct'; char: string };

const PUNCTUATION = '{}[]:,';

function tokens(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  let at = start;
  while (at < end) {
    const c = text.charAt(at);
    if (c === '"') {
      const token = scanString(text, at, end);
      out.push(token);
      at = token.end;
    } else if (PUNCTUATION.includes(c)) {
      out.push({ kind: 'punct', char: c });
      at++;
    } else {
      at++; // white space, numbers, literals, stray characters: nothing the scan needs
    }
  }
  return out;
}

function scanString(text: string, start: number, end: number): StringToken {
  let value = '';
  let at = start + 1;
  while (at < end) {
    const c = text.charAt(at);
    if (c === '"') return { kind: 'string', value, start, end: at + 1 };
    if (c === '\n' || c === '\r') break;
    if (c === '\\') {
      const next = text.charAt(at + 1);
      const hex = text.slice(at + 2, at + 6);
      if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(hex)) {
        value += String.fromCharCode(parseInt(hex, 16));
        at += 6;
        continue;
      }
      value += JSON_ESCAPES[next] ?? next;
      at += 2;
      continue;
    }
    value += c;
    at++;
  }
  return { kind: 'string', value, start, end: Math.min(at, end) };
}

/**
 * The strings written directly in the value of member `key` of the object starting at
 * `text[start]` (a lone string, or the strings of an array), for the last such member.
 */
export function scanMemberStrings(text: string, start: number, end: number, key: string): ScannedString[] {
  const list = tokens(text, start, end);
  let found: ScannedString[] | undefined;
  let depth = 0;
  for (let i = 0; i < list.length; i++) {
    const token = list[i] as Token;
    if (token.kind === 'punct') {
      if (token.char === '{' || token.char === '[') depth++;
      else if (token.char === '}' || token.char === ']') depth--;
      continue;
    }
    const colon = list[i + 1];
    if (depth !== 1 || token.value !== key || colon?.kind !== 'punct' || colon.char !== ':') continue;
    found = valueStrings(list, i + 2);
  }
  return found ?? [];
}

function valueStrings(list: readonly Token[], index: number): ScannedString[] {
  const first = list[index];
  if (first?.kind === 'string') return [{ value: first.value, start: first.start, end: first.end }];
  if (first?.kind !== 'punct' || first.char !== '[') return [];
  const strings: ScannedString[] = [];
  let depth = 1;
  for (let i = index + 1; i < list.length && depth > 0; i++) {
    const token = list[i] as Token;
    if (token.kind === 'punct') {
      if (token.char === '{' || token.char === '[') depth++;
      else if (token.char === '}' || token.char === ']') depth--;
    } else if (depth === 1) {
      // A string followed by `:` is a key: the array was never closed and the scan has left it.
      const next = list[i + 1];
      if (next?.kind === 'punct' && next.char === ':') break;
      strings.push({ value: token.value, start: token.start, end: token.end });
    }
  }
  return strings;
}
