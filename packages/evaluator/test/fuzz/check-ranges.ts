// Independent checks that a diagnostic's range is real: inside the text, ordered, and with
// line/column agreeing with its offset (computed here without the parser's LineIndex).
import type { Diagnostic, Position } from '../../src/types.js';

export class LineStarts {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (const match of text.matchAll(/\r\n|\r|\n/g)) this.starts.push((match.index ?? 0) + match[0].length);
  }

  expected(offset: number): { line: number; column: number } {
    let line = 0;
    let low = 0;
    let high = this.starts.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) {
        line = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    return { line: line + 1, column: offset - (this.starts[line] ?? 0) + 1 };
  }
}

function positionProblem(lines: LineStarts, p: Position, what: string): string | undefined {
  if (!Number.isInteger(p.offset) || p.offset < 0 || p.offset > lines.text.length)
    return `${what} offset ${p.offset} outside the text`;
  const { line, column } = lines.expected(p.offset);
  if (p.line !== line || p.column !== column) {
    return `${what} at offset ${p.offset} says ${p.line}:${p.column}, expected ${line}:${column}`;
  }
  return undefined;
}

/** Why the diagnostic's range is wrong, or undefined when it is right. */
export function rangeProblem(lines: LineStarts, d: Diagnostic): string | undefined {
  if (!d.range) return d.code === 'too-many-errors' ? undefined : `${d.code} has no range`;
  if (d.range.start.offset > d.range.end.offset) return `${d.code} ends before it starts`;
  return (
    positionProblem(lines, d.range.start, `${d.code} start`) ??
    positionProblem(lines, d.range.end, `${d.code} end`)
  );
}
