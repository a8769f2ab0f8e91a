// Ranges use Monaco's convention: 1-based line and column, columns in UTF-16 code units, and
// a line ends at \n, \r\n or a lone \r.
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../src/parse/parse-policy.js';
import { LineIndex } from '../../src/parse/line-index.js';
import { LineStarts } from '../fuzz/check-ranges.js';

const where = (text: string, needle: string) => {
  const d = parsePolicy(text).diagnostics.find(
    (x) => text.slice(x.range?.start.offset, x.range?.end.offset) === needle,
  );
  return (
    d?.range && `${d.range.start.line}:${d.range.start.column}-${d.range.end.line}:${d.range.end.column}`
  );
};

describe('positions', () => {
  it.each([
    ['LF', '{\n  "Statement": [],\n  "Bad": 1\n}', '3:3-3:8'],
    ['CRLF', '{\r\n  "Statement": [],\r\n  "Bad": 1\r\n}', '3:3-3:8'],
    ['lone CR', '{\r  "Statement": [],\r  "Bad": 1\r}', '3:3-3:8'],
    ['tab counts as one column', '{\n\t"Statement": [],\n\t"Bad": 1\n}', '3:2-3:7'],
    ['astral characters count as two columns', '{"Id": "😀😀", "Statement": [], "Bad": 1}', '1:33-1:38'],
  ])('%s', (_name, text, expected) => {
    expect(where(text, '"Bad"')).toBe(expected);
  });

  it('clamps offsets outside the text', () => {
    const index = new LineIndex('ab\ncd');
    expect(index.position(-5)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(index.position(99)).toEqual({ line: 2, column: 3, offset: 5 });
  });
});

describe('statement ranges', () => {
  it('cover each statement object exactly, including a lone statement object', () => {
    const text = '{"Statement": {"Effect": "Deny", "Action": "*", "Resource": "*"}}';
    const [statement] = parsePolicy(text).document?.statements ?? [];
    expect(text.slice(statement?.range?.start.offset, statement?.range?.end.offset)).toBe(
      '{"Effect": "Deny", "Action": "*", "Resource": "*"}',
    );
  });
});

describe('statement and clause ranges agree with the text on every kind of line break', () => {
  // A clean parse takes its line starts from the scanner (line feeds met as whitespace); text
  // with a carriage return or a diagnostic has them searched for: every way must agree.
  const policy = JSON.stringify(
    {
      Version: '2012-10-17',
      Statement: [
        { Sid: 'A', Effect: 'Allow', Action: ['s3:GetObject'], Resource: '*' },
        {
          Effect: 'Deny',
          Action: 'iam:*',
          Resource: '*',
          Condition: {
            StringEquals: { 'aws:RequestedRegion': ['us-east-1', 'eu-west-1'] },
            Bool: { 'aws:SecureTransport': 'false' },
          },
        },
      ],
    },
    null,
    2,
  );
  const shown = (lines: LineStarts, r: { start: { offset: number; line: number; column: number } }) => ({
    got: [r.start.line, r.start.column],
    want: Object.values(lines.expected(r.start.offset)),
  });

  it.each([
    ['LF', policy],
    ['CRLF', policy.replace(/\n/g, '\r\n')],
    ['lone CR', policy.replace(/\n/g, '\r')],
    ['LF with a CR in the last line only', `${policy.slice(0, -2)}\r\n}`],
    ['LF with a comment (a diagnostic)', policy.replace('{\n', '{\n  /* a\n  note */\n')],
    ['LF in a single line then pretty', policy.replace(/\n\s*/, ' ')],
  ])('%s', (_name, text) => {
    const lines = new LineStarts(text);
    for (const sourceMap of [true, false]) {
      const { document } = parsePolicy(text, { sourceMap });
      const statements = document?.statements ?? [];
      expect(statements).toHaveLength(2);
      for (const statement of statements) {
        const range = statement.range!;
        expect(text.slice(range.start.offset, range.end.offset)).toMatch(/^\{[\s\S]*\}$/);
        const start = shown(lines, range);
        expect(start.got).toEqual(start.want);
        const end = shown(lines, { start: range.end });
        expect(end.got).toEqual(end.want);
      }
      const clauses = statements[1]!.conditions;
      expect(clauses.map((c) => c.key)).toEqual(['aws:RequestedRegion', 'aws:SecureTransport']);
      for (const clause of clauses) {
        expect(
          text.slice(clause.range!.start.offset, clause.range!.start.offset + clause.key.length + 2),
        ).toBe(`"${clause.key}"`);
        const start = shown(lines, clause.range!);
        expect(start.got).toEqual(start.want);
        const end = shown(lines, { start: clause.range!.end });
        expect(end.got).toEqual(end.want);
      }
    }
  });
});

describe('inputs that are not text', () => {
  it('reports an empty document instead of throwing', () => {
    expect(parsePolicy(undefined as unknown as string).diagnostics.map((d) => d.code)).toEqual([
      'empty-document',
    ]);
  });
});
