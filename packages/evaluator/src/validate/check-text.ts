// Checks on the raw text that the JSON tree cannot see: the characters AWS accepts in a
// policy document, and its size quota.
import type { Diagnostic, PolicyKind } from '../types.js';
import { diagnostic, quote } from '../diagnostics.js';
import type { LineIndex } from '../parse/line-index.js';
import { defaultSizeLimit, offsetPastLimit, policySize } from './policy-size.js';

/** Enough to show the pattern; a binary file would otherwise produce thousands. */
const MAX_CHARACTER_DIAGNOSTICS = 20;

function allowed(code: number): boolean {
  return code === 0x09 || code === 0x0a || code === 0x0d || (code >= 0x20 && code <= 0xff);
}

export function checkCharacters(text: string, lines: LineIndex): Diagnostic[] {
  const found: Diagnostic[] = [];
  let i = 0;
  while (i < text.length && found.length < MAX_CHARACTER_DIAGNOSTICS) {
    if (allowed(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && !allowed(text.charCodeAt(i))) i++;
    const run = text.slice(start, i);
    const code = run.codePointAt(0) ?? 0;
    found.push(
      diagnostic(
        'invalid-character',
        `character ${quote(String.fromCodePoint(code))} (U+${code.toString(16).toUpperCase().padStart(4, '0')}) is not allowed in a policy`,
        [],
        lines.range(start, i),
        { help: 'policies may contain tab, line breaks and characters U+0020 to U+00FF only' },
      ),
    );
  }
  return found;
}

export function checkSize(
  text: string,
  kind: PolicyKind,
  lines: LineIndex,
  sizeLimit?: number,
): Diagnostic[] {
  const limit = sizeLimit ?? defaultSizeLimit(kind);
  if (limit === undefined) return [];
  const size = policySize(text, kind);
  if (size <= limit) return [];
  const counted = kind === 'scp' ? 'characters' : 'characters (not counting white space)';
  return [
    diagnostic(
      'policy-too-large',
      `the policy is ${size} ${counted}, over its quota of ${limit}`,
      [],
      lines.range(offsetPastLimit(text, limit, kind), text.length),
      { help: `remove ${size - limit} characters; the highlighted text is past the quota` },
    ),
  ];
}
