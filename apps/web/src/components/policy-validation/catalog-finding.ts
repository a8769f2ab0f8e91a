// Builds one catalog finding in the evaluator's Diagnostic shape. Every catalog finding is a
// warning: the catalog can be older than AWS, and IAM accepts names it has not heard of.
import type { Diagnostic } from '@gatehouse/evaluator';
import type { CatalogFindingCode } from './catalog-finding-codes.js';
import type { LocatedString } from './locate-statement-strings.js';

export function catalogFinding(
  code: CatalogFindingCode,
  message: string,
  at: LocatedString,
  help?: string,
): Diagnostic {
  const finding: Diagnostic = { code, severity: 'warning', message, path: at.path };
  if (help !== undefined) finding.help = help;
  if (at.range) finding.range = at.range;
  return finding;
}

/** User text in backticks, shortened, with control characters shown as escapes. */
export function quote(text: string, max = 80): string {
  const shown = text.length > max ? `${text.slice(0, max)}…` : text;
  let printable = '';
  for (const c of shown) {
    const code = c.charCodeAt(0);
    printable += code < 0x20 || code === 0x7f ? `\\u${code.toString(16).padStart(4, '0')}` : c;
  }
  return `\`${printable}\``;
}

/** `a`, `a` or `b`, `a`, `b` or `c`; at most `max` names, then "or N more". */
export function listNames(names: readonly string[], max = 4): string {
  const quoted = names.slice(0, max).map((name) => `\`${name}\``);
  if (names.length > max) return `${quoted.join(', ')} or ${names.length - max} more`;
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}
