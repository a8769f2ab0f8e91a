// Bare JSON numbers within a span of policy text, as [start, end) offsets. The highlight's
// background leaves Monaco's number green under 4.5:1, so these get a darker green of their own.

/** `start` must be outside a string (a statement's range starts at its `{`). */
export function numberSpans(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let i = start;
  while (i < end) {
    const c = text[i]!;
    if (c === '"') {
      i++;
      while (i < end && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
      i++;
      continue;
    }
    if (c === '-' || (c >= '0' && c <= '9')) {
      const match = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, end));
      if (match) {
        out.push([i, i + match[0].length]);
        i += match[0].length;
        continue;
      }
    }
    i++;
  }
  return out;
}
