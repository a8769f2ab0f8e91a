import { parsePolicy } from '@gatehouse/evaluator';
import { describe, expect, it } from 'vitest';
import { statementDisplay } from './statement-display.js';

const statements = [
  { Sid: 'List', Effect: 'Allow', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::reports' },
  { Sid: 'Read', Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*' },
];
const linesOf = (text: string, r: { start: { line: number }; end: { line: number } }) =>
  text.split('\n').slice(r.start.line - 1, r.end.line);

describe('statementDisplay', () => {
  it('keeps a formatted policy as it is and marks the statement’s own lines', () => {
    const text = JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2);
    const range = parsePolicy(text).document!.statements[1]!.range!;
    const shown = statementDisplay(text, 1, range);
    expect(shown).toMatchObject({ text, formatted: false, range, storedRange: range });
    const lines = linesOf(text, shown.range!);
    expect(lines[0]!.trim()).toBe('{');
    expect(lines.join('\n')).toContain('"Sid": "Read"');
    expect(lines.join('\n')).not.toContain('"Sid": "List"');
  });

  it('formats a one-line policy so that the statement has lines of its own', () => {
    const text = JSON.stringify({ Version: '2012-10-17', Statement: statements });
    const range = parsePolicy(text).document!.statements[1]!.range!;
    const shown = statementDisplay(text, 1, range);
    expect(shown.formatted).toBe(true);
    expect(shown.storedRange).toEqual(range);
    expect(shown.text.split('\n').length).toBeGreaterThan(10);
    const lines = linesOf(shown.text, shown.range!).join('\n');
    expect(lines).toContain('"Sid": "Read"');
    expect(lines).not.toContain('"Sid": "List"');
    // Only whitespace changed.
    expect(shown.text.replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
  });

  it('finds the statement by index when no range is given, a single statement object too', () => {
    const text = JSON.stringify({ Version: '2012-10-17', Statement: statements[0] });
    const shown = statementDisplay(text, 0);
    expect(linesOf(shown.text, shown.range!).join('\n')).toContain('"Sid": "List"');
  });

  it('gives no range for a statement that is not there', () => {
    const text = JSON.stringify({ Version: '2012-10-17', Statement: statements });
    expect(statementDisplay(text, 5)).toEqual({
      text,
      range: undefined,
      formatted: false,
      storedRange: undefined,
    });
  });
});
