// Prints diagnostics the way compilers do: `file:line:col severity code message`, with the
// help hint on the following line.
import type { Diagnostic } from '../types.js';
import type { Output } from './output.js';

export function formatDiagnostic(file: string, d: Diagnostic): string[] {
  const where = d.range ? `${file}:${d.range.start.line}:${d.range.start.column}` : file;
  const lines = [`${where} ${d.severity} ${d.code} ${d.message}`];
  if (d.help) lines.push(`  help: ${d.help}`);
  return lines;
}

export function printDiagnostics(output: Output, file: string, diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) for (const line of formatDiagnostic(file, d)) output.out(line);
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}
