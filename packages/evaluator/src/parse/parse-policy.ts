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

export function parsePolicy(text: string, options: ParseOptions = {}): ParseResult {
  const source = typeof text === 'string' ? text : '';
  const lines = new LineIndex(source);
  const diagnostics: Diagnostic[] = [];
  let suppressed = 0;
  const report = (
    code: DiagnosticCode,
    message: string,
    start: number,
    end: number,
    help?: string,
    path?: Path,
  ) => {
    if (diagnostics.length >= MAX_SYNTAX_DIAGNOSTICS) {
      suppressed++;
      return;
    }
    diagnostics.push(
      diagnostic(code, message, path ?? [], lines.range(start, end), help === undefined ? {} : { help }),
    );
  };
  const root = new JsonParser(source, report).parseDocument();
  if (suppressed > 0) {
    diagnostics.push(diagnostic('too-many-errors', `${suppressed} more syntax errors were not reported`, []));
  }
  if (root === undefined) return { diagnostics };
  const recording = options.sourceMap !== false;
  const context = new BuildContext(lines, diagnostics, recording);
  const document = buildDocument(context, root);
  if (document === undefined) return { diagnostics: sortDiagnostics(diagnostics) };
  if (recording) attachSourceMap(document, context.sourceMap);
  return { document, diagnostics: sortDiagnostics(diagnostics) };
}
