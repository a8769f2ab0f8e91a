// Collects validation findings and places each one as precisely as the document allows: at
// the exact token when it was parsed from text, else at its statement or clause.
import type { Diagnostic, PolicyDocument, Range, Severity } from '../types.js';
import type { DiagnosticCode, Path } from '../diagnostics.js';
import { diagnostic } from '../diagnostics.js';
import { hasSourceMap, locate } from '../parse/source-map.js';

/** Which part of an element to point at: its value, its key, or the `{` opening it. */
export type Part = 'value' | 'key' | 'open';

export interface ReportOptions {
  part?: Part;
  help?: string | undefined;
  severity?: Severity;
}

function openingOf(range: Range): Range {
  const { start } = range;
  return { start, end: { line: start.line, column: start.column + 1, offset: start.offset + 1 } };
}

export class Reporter {
  readonly diagnostics: Diagnostic[] = [];
  private readonly parsed: boolean;

  constructor(readonly document: PolicyDocument) {
    this.parsed = hasSourceMap(document);
  }

  report(code: DiagnosticCode, message: string, astPath: Path, options: ReportOptions = {}): void {
    const { path, range } = this.where(astPath, options.part ?? 'value');
    const extra: { help?: string; severity?: Severity } = {};
    if (options.help !== undefined) extra.help = options.help;
    if (options.severity !== undefined) extra.severity = options.severity;
    this.diagnostics.push(diagnostic(code, message, path, range, extra));
  }

  /** True when the element was written in the text, whether or not its value was usable. */
  written(astPath: Path): boolean {
    return this.parsed && locate(this.document, astPath) !== undefined;
  }

  /** How many items the array at `astPath` had in the text, if it was parsed and is an array. */
  writtenItems(astPath: Path): number | undefined {
    return locate(this.document, astPath)?.items;
  }

  private where(astPath: Path, part: Part): { path: Path; range?: Range } {
    const location = locate(this.document, astPath);
    if (location) {
      const range = part === 'key' ? (location.keyRange ?? location.range) : location.range;
      return { path: location.path, range: part === 'open' ? openingOf(range) : range };
    }
    const statement = typeof astPath[1] === 'number' ? this.document.statements[astPath[1]] : undefined;
    const at = astPath[3];
    const clause =
      (astPath[2] === 'Condition' || astPath[2] === 'ConditionOperator') && typeof at === 'number'
        ? statement?.conditions[at]
        : astPath[2] === 'EmptyOperator' && typeof at === 'number'
          ? statement?.emptyOperators?.[at]
          : undefined;
    const range = clause?.range ?? statement?.range;
    if (range === undefined) return { path: astPath };
    return { path: astPath, range: part === 'open' ? openingOf(range) : range };
  }
}
