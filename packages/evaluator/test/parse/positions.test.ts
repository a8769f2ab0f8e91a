// Ranges use Monaco's convention: 1-based line and column, columns in UTF-16 code units, and
// a line ends at \n, \r\n or a lone \r.
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../src/parse/parse-policy.js';
import { LineIndex } from '../../src/parse/line-index.js';

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

describe('inputs that are not text', () => {
  it('reports an empty document instead of throwing', () => {
    expect(parsePolicy(undefined as unknown as string).diagnostics.map((d) => d.code)).toEqual([
      'empty-document',
    ]);
  });
});
