// Converts 0-based offsets into 1-based line/column positions. A line ends at `\n`, `\r\n`
// or a lone `\r` (as Monaco counts them); columns count UTF-16 code units.
import type { Position, Range } from '../types.js';

export class LineIndex {
  /** Offsets where lines start, found on the first position asked for (often none is). */
  private lineStarts: number[] | undefined;

  constructor(private readonly text: string) {}

  /**
   * Line starts the caller already found (the scanner notes line feeds as it skips them), in
   * order from 0; ignored once the index has computed its own.
   */
  useLineStarts(starts: number[]): void {
    this.lineStarts ??= starts;
  }

  private get starts(): number[] {
    if (this.lineStarts !== undefined) return this.lineStarts;
    const starts = [0];
    const text = this.text;
    if (!text.includes('\r')) {
      // The usual text: `\n` breaks only, found by the engine's own search.
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.lineStarts = starts;
      return starts;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
    return starts;
  }

  position(offset: number): Position {
    const at = Math.max(0, Math.min(offset, this.text.length));
    const starts = this.starts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] ?? 0) <= at) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: at - (starts[low] ?? 0) + 1, offset: at };
  }

  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(Math.max(start, end)) };
  }
}
