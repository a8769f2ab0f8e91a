// parsePolicy: policy text → PolicyDocument + diagnostics. Never throws, whatever the input.
import type { Diagnostic, ParseOptions, ParseResult } from '../types.js';
import type { DiagnosticCode, Path } from '../diagnostics.js';
import { diagnostic, sortDiagnostics } from '../diagnostics.js';
import { BuildContext } from './build-context.js';
import { buildDocument } from './build-document.js';
import { JsonParser } from './json-parser.js';
import { LineIndex } from './line-index.js';
import { attachSourceMap } from './source-map.js';

/** Past this many syntax errors the rest are noise from the first ones. */
const MAX_SYNTAX_DIAGNOSTICS = 100;

/** Collects the parser's diagnostics (a class, not a closure per call: cheaper to make). */
class SyntaxDiagnostics {
  readonly list: Diagnostic[] = [];
  suppressed = 0;

  constructor(private readonly lines: LineIndex) {}

  report(
    code: DiagnosticCode,
    message: string,
    start: number,
    end: number,
    help?: string,
    path?: Path,
  ): void {
    if (this.list.length >= MAX_SYNTAX_DIAGNOSTICS) {
      this.suppressed++;
      return;
    }
    this.list.push(
      diagnostic(code, message, path ?? [], this.lines.range(start, end), help === undefined ? {} : { help }),
    );
  }
}

export function parsePolicy(text: string, options: ParseOptions = {}): ParseResult {
  const source = typeof text === 'string' ? text : '';
  const lines = new LineIndex(source);
  const syntax = new SyntaxDiagnostics(lines);
  const lineStarts = [0];
  const parser = new JsonParser(source, syntax, lineStarts);
  const root = parser.parseDocument();
  const diagnostics = syntax.list;
  // Text that scanned cleanly had all its line breaks met as whitespace: no second search.
  if (diagnostics.length === 0 && !parser.sawCarriageReturn) lines.useLineStarts(lineStarts);
  if (syntax.suppressed > 0) {
    diagnostics.push(
      diagnostic('too-many-errors', `${syntax.suppressed} more syntax errors were not reported`, []),
    );
  }
  if (root === undefined) return { diagnostics };
  const recording = options.sourceMap !== false;
  const context = new BuildContext(lines, diagnostics, recording);
  const document = buildDocument(context, root);
  const sorted = diagnostics.length > 1 ? sortDiagnostics(diagnostics) : diagnostics;
  if (document === undefined) return { diagnostics: sorted };
  if (recording) attachSourceMap(document, context.sourceMap);
  return { document, diagnostics: sorted };
}
