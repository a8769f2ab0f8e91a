// The text the statement viewer shows and the lines to mark. Stored policies are often one line
// (`JSON.stringify` output, AWS's own): marking whole lines would mark everything, so such a
// policy is shown formatted (whitespace only changes) and the statement found again in it.
import { parsePolicy, type Range } from '@gatehouse/evaluator';
import { formatPolicyText } from '../policy-editor/format-policy-text.js';

export interface StatementDisplay {
  text: string;
  /** The statement's span in `text`; undefined when it cannot be found. */
  range?: Range;
  /** True when `text` is the stored policy re-indented. */
  formatted: boolean;
  /** The statement's span in the stored text. */
  storedRange?: Range;
}

/** Whether the span starts and ends on lines of its own (nothing but whitespace and a comma around it). */
export function hasOwnLines(text: string, range: Range): boolean {
  const lineStart = text.lastIndexOf('\n', range.start.offset - 1) + 1;
  const lineEndAt = text.indexOf('\n', range.end.offset);
  const lineEnd = lineEndAt < 0 ? text.length : lineEndAt;
  const before = text.slice(lineStart, range.start.offset);
  const after = text.slice(range.end.offset, lineEnd);
  return /^\s*$/.test(before) && /^\s*,?\s*$/.test(after);
}

function statementRange(text: string, index: number): Range | undefined {
  return parsePolicy(text).document?.statements.find((s) => s.index === index)?.range;
}

export function statementDisplay(document: string, index: number, range?: Range): StatementDisplay {
  const stored = range ?? statementRange(document, index);
  const asStored = { text: document, range: stored, formatted: false, storedRange: stored };
  if (!stored || hasOwnLines(document, stored)) return asStored;
  const formatted = formatPolicyText(document);
  if (formatted === null || formatted === document) return asStored;
  return { text: formatted, range: statementRange(formatted, index), formatted: true, storedRange: stored };
}
