// One way for every case table to say which diagnostics it expects: the exact list of codes in
// position order, and optionally where each one points and what it says.
import { expect } from 'vitest';
import type { Diagnostic, Range } from '../../src/types.js';

export interface ExpectedDiagnostic {
  code: string;
  /**
   * Where the range must be: `line:col-line:col`; or the exact source text it covers (first
   * occurrence, or the `nth`); or that text with context, the covered part between « and ».
   */
  at?: string;
  nth?: number;
  path?: (string | number)[];
  message?: string | RegExp;
  help?: string | RegExp;
  severity?: 'error' | 'warning' | 'info';
}

function describe(range: Range | undefined): string {
  if (!range) return 'no range';
  return `${range.start.line}:${range.start.column}-${range.end.line}:${range.end.column}`;
}

function occurrence(text: string, needle: string, nth: number): number {
  let at = -1;
  for (let i = 0; i < nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at === -1)
      throw new Error(`test case error: ${JSON.stringify(needle)} occurs fewer than ${nth} times`);
  }
  return at;
}

export function expectDiagnostics(text: string, actual: Diagnostic[], expected: ExpectedDiagnostic[]): void {
  const summary = actual.map((d) => `${d.code} @${describe(d.range)}: ${d.message}`);
  expect(
    actual.map((d) => d.code),
    summary.join('\n'),
  ).toEqual(expected.map((e) => e.code));
  expected.forEach((e, i) => {
    const d = actual[i] as Diagnostic;
    if (e.at !== undefined) {
      if (/^\d+:\d+-\d+:\d+$/.test(e.at)) {
        expect(describe(d.range), `range of ${e.code}`).toBe(e.at);
      } else {
        const context = e.at.replace('«', '').replace('»', '');
        const marked = e.at.includes('«') ? e.at.slice(e.at.indexOf('«') + 1, e.at.indexOf('»')) : e.at;
        const start = occurrence(text, context, e.nth ?? 1) + Math.max(0, e.at.indexOf('«'));
        expect(text.slice(d.range?.start.offset, d.range?.end.offset), `text under ${e.code}`).toBe(marked);
        expect(d.range?.start.offset, `start of ${e.code}`).toBe(start);
      }
    }
    if (e.path) expect(d.path, `path of ${e.code}`).toEqual(e.path);
    if (e.severity) expect(d.severity, `severity of ${e.code}`).toBe(e.severity);
    if (typeof e.message === 'string') expect(d.message).toBe(e.message);
    else if (e.message) expect(d.message).toMatch(e.message);
    if (typeof e.help === 'string') expect(d.help).toBe(e.help);
    else if (e.help) expect(d.help).toMatch(e.help);
  });
}
