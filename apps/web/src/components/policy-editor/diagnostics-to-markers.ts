// The one place evaluator diagnostics become Monaco markers. Kept free of Monaco's runtime so it
// can be unit-tested without a DOM: the severities are Monaco's `MarkerSeverity` numbers.
import type { Diagnostic, Severity } from '@gatehouse/evaluator';
import { isCatalogFinding } from '../policy-validation/catalog-finding-codes.js';

/** Monaco's `MarkerSeverity` values (Hint = 1, Info = 2, Warning = 4, Error = 8). */
export const MARKER_SEVERITY: Record<Severity, number> = { error: 8, warning: 4, info: 2 };

/** The fields of Monaco's `IMarkerData` this helper fills. */
export interface PolicyMarker {
  severity: number;
  message: string;
  code: string;
  source: string;
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
}

/** What the helper needs to know about the text to keep markers inside it (a Monaco model fits). */
export interface TextBounds {
  getLineCount(): number;
  /** 1-based line → its last column + 1, i.e. one past its last character (Monaco's getLineMaxColumn). */
  getLineMaxColumn(line: number): number;
}

export const MARKER_SOURCE = 'gatehouse';
/** Findings from the AWS service reference: Monaco's hover shows the source beside the code. */
export const CATALOG_MARKER_SOURCE = 'gatehouse catalog';

/**
 * Turns diagnostics (1-based lines and columns, UTF-16 columns, half-open ranges) into markers.
 * A diagnostic without a range is pinned to the first line, so it is still listed and seen. An
 * empty range (an insertion point, e.g. "missing `}`") is widened to one character so Monaco
 * draws a squiggle; ranges are clamped to the text, which may have changed since the check ran.
 */
export function diagnosticsToMarkers(diagnostics: readonly Diagnostic[], text: TextBounds): PolicyMarker[] {
  return diagnostics.map((diagnostic) => {
    const { start, end } = markerRange(diagnostic, text);
    return {
      severity: MARKER_SEVERITY[diagnostic.severity],
      message: markerMessage(diagnostic),
      code: diagnostic.code,
      source: isCatalogFinding(diagnostic) ? CATALOG_MARKER_SOURCE : MARKER_SOURCE,
      startLineNumber: start.line,
      startColumn: start.column,
      endLineNumber: end.line,
      endColumn: end.column,
    };
  });
}

/** The marker's hover text: the message, then the help hint on its own line. */
export function markerMessage(diagnostic: Diagnostic): string {
  return diagnostic.help ? `${diagnostic.message}\nhelp: ${diagnostic.help}` : diagnostic.message;
}

interface Point {
  line: number;
  column: number;
}

function markerRange(diagnostic: Diagnostic, text: TextBounds): { start: Point; end: Point } {
  if (!diagnostic.range) {
    return { start: { line: 1, column: 1 }, end: { line: 1, column: text.getLineMaxColumn(1) } };
  }
  const start = clamp(diagnostic.range.start, text);
  const end = clamp(diagnostic.range.end, text);
  if (end.line < start.line || (end.line === start.line && end.column <= start.column)) {
    return widen(start, text);
  }
  return { start, end };
}

function clamp(point: Point, text: TextBounds): Point {
  const line = Math.min(Math.max(1, point.line), Math.max(1, text.getLineCount()));
  const column = Math.min(Math.max(1, point.column), text.getLineMaxColumn(line));
  return { line, column };
}

/** The character at `start`, or the one before it when `start` is the end of its line. */
function widen(start: Point, text: TextBounds): { start: Point; end: Point } {
  const max = text.getLineMaxColumn(start.line);
  if (start.column < max) return { start, end: { line: start.line, column: start.column + 1 } };
  if (max > 1)
    return { start: { line: start.line, column: max - 1 }, end: { line: start.line, column: max } };
  return { start, end: start };
}
