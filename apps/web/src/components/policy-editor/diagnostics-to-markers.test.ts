import type { Diagnostic } from '@gatehouse/evaluator';
import { describe, expect, it } from 'vitest';
import { diagnosticsToMarkers, markerMessage, type TextBounds } from './diagnostics-to-markers.js';

/** Text bounds computed the way Monaco's model does (lines split on \n, \r\n, \r). */
function bounds(text: string): TextBounds {
  const lines = text.split(/\r\n|\r|\n/);
  return {
    getLineCount: () => lines.length,
    getLineMaxColumn: (line) => (lines[line - 1]?.length ?? 0) + 1,
  };
}

function diagnostic(partial: Partial<Diagnostic>): Diagnostic {
  return { code: 'invalid-effect', severity: 'error', message: 'm', path: [], ...partial };
}

const at = (line: number, column: number, offset = 0) => ({ line, column, offset });

const policy = ['{', '  "Statement": [{ "Effect": "Allw" }]', '}'].join('\n');

describe('diagnosticsToMarkers', () => {
  it('keeps the 1-based range and maps severity, code and source', () => {
    const [marker] = diagnosticsToMarkers(
      [
        diagnostic({
          message: '`Allw` is not a valid effect',
          range: { start: at(2, 30), end: at(2, 36) },
        }),
      ],
      bounds(policy),
    );
    expect(marker).toEqual({
      severity: 8,
      message: '`Allw` is not a valid effect',
      code: 'invalid-effect',
      source: 'gatehouse',
      startLineNumber: 2,
      startColumn: 30,
      endLineNumber: 2,
      endColumn: 36,
    });
  });

  it('maps warning and info to Monaco severities 4 and 2', () => {
    const markers = diagnosticsToMarkers(
      [diagnostic({ severity: 'warning' }), diagnostic({ severity: 'info' })],
      bounds(policy),
    );
    expect(markers.map((m) => m.severity)).toEqual([4, 2]);
  });

  it('puts the help hint on its own line', () => {
    expect(
      markerMessage(diagnostic({ message: 'unknown element `Efect`', help: 'did you mean `Effect`?' })),
    ).toBe('unknown element `Efect`\nhelp: did you mean `Effect`?');
  });

  it('pins a diagnostic without a range to the whole first line', () => {
    const [marker] = diagnosticsToMarkers([diagnostic({ code: 'policy-too-large' })], bounds('{ "a": 1 }\n'));
    expect(marker).toMatchObject({ startLineNumber: 1, startColumn: 1, endLineNumber: 1, endColumn: 11 });
  });

  it('widens an empty range to one character so it is drawn', () => {
    const [marker] = diagnosticsToMarkers(
      [diagnostic({ range: { start: at(2, 3), end: at(2, 3) } })],
      bounds(policy),
    );
    expect(marker).toMatchObject({ startLineNumber: 2, startColumn: 3, endLineNumber: 2, endColumn: 4 });
  });

  it('marks the last character for an empty range at the very end of the text', () => {
    const text = '{ "Version": "2012-10-17"';
    const [marker] = diagnosticsToMarkers(
      [diagnostic({ code: 'unexpected-end', range: { start: at(1, 26), end: at(1, 26) } })],
      bounds(text),
    );
    expect(marker).toMatchObject({ startLineNumber: 1, startColumn: 25, endLineNumber: 1, endColumn: 26 });
  });

  it('clamps a range the text no longer reaches (the user kept typing)', () => {
    const [marker] = diagnosticsToMarkers(
      [diagnostic({ range: { start: at(2, 80), end: at(9, 4) } })],
      bounds(policy),
    );
    expect(marker).toMatchObject({ startLineNumber: 2, startColumn: 38, endLineNumber: 3, endColumn: 2 });
  });

  it('spans lines and counts columns in UTF-16 units like Monaco', () => {
    const text = '{\n  "Sid": "😀x",\n  "Effect": "Allow"\n}';
    const [marker] = diagnosticsToMarkers(
      [diagnostic({ code: 'invalid-sid', range: { start: at(2, 10), end: at(2, 14) } })],
      bounds(text),
    );
    // "😀" is two UTF-16 units: the string value `"😀x"` runs from column 10 to 14 (exclusive).
    expect(marker).toMatchObject({ startColumn: 10, endColumn: 14 });
  });

  it('returns markers in the order of the diagnostics', () => {
    const markers = diagnosticsToMarkers(
      [
        diagnostic({ code: 'a', range: { start: at(1, 1), end: at(1, 2) } }),
        diagnostic({ code: 'b', range: { start: at(3, 1), end: at(3, 2) } }),
      ],
      bounds(policy),
    );
    expect(markers.map((m) => m.code)).toEqual(['a', 'b']);
  });

  it('names the catalog as the source of catalog findings', () => {
    const markers = diagnosticsToMarkers(
      [diagnostic({ code: 'unknown-action', severity: 'warning' }), diagnostic({ code: 'invalid-effect' })],
      bounds(policy),
    );
    expect(markers.map((m) => m.source)).toEqual(['gatehouse catalog', 'gatehouse']);
  });
});
