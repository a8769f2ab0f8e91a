// Builds one catalog finding in the evaluator's Diagnostic shape. Every catalog finding is a
// warning: the catalog can be older than AWS, and IAM accepts names it has not heard of.
import { quote as quoteText, type Diagnostic } from '@gatehouse/evaluator';
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

/** User text in backticks, shortened, with control characters shown as escapes (the evaluator's style). */
export const quote = (text: string, max = 80): string => quoteText(text, max);

/** `a`, `a` or `b`, `a`, `b` or `c`; at most `max` names, then "or N more". */
export function listNames(names: readonly string[], max = 4): string {
  const quoted = names.slice(0, max).map((name) => `\`${name}\``);
  if (names.length > max) return `${quoted.join(', ')} or ${names.length - max} more`;
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}
