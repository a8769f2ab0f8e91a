// The editor's "Format" button. It re-indents JSON token by token instead of going through
// JSON.parse/stringify, so what the author wrote survives exactly: duplicate keys (which the
// evaluator warns about), number spellings, key order and string escapes. Only whitespace between
// tokens changes. Text that cannot be tokenised (an unterminated string) is left alone.

const INDENT = '  ';

export function formatPolicyText(text: string): string | null {
  let out = '';
  let depth = 0;
  let i = 0;
  const newline = () => '\n' + INDENT.repeat(depth);
  while (i < text.length) {
    const c = text[i]!;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
      continue;
    }
    if (c === '"') {
      const end = stringEnd(text, i);
      if (end < 0) return null;
      out += text.slice(i, end);
      i = end;
      continue;
    }
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      const next = nextSignificant(text, i + 1);
      if (text[next] === close) {
        out += c + close;
        i = next + 1;
        continue;
      }
      depth++;
      out += c + newline();
    } else if (c === '}' || c === ']') {
      depth = Math.max(0, depth - 1);
      // After a trailing comma the current line is only indentation: close on it instead.
      out = out.replace(/\n *$/, '') + newline() + c;
    } else if (c === ',') {
      out += ',' + newline();
    } else if (c === ':') {
      out += ': ';
    } else {
      // A literal (number, true, false, null) or a stray character: copied up to the next delimiter.
      const end = literalEnd(text, i);
      out += text.slice(i, end);
      i = end;
      continue;
    }
    i++;
  }
  return out + '\n';
}

/** Index just after the closing quote of the string starting at `start`, or -1 if it never closes on its line. */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '"') return i + 1;
    else if (c === '\n' || c === '\r') return -1;
  }
  return -1;
}

function nextSignificant(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}

function literalEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length && !/[\s{}[\],:"]/.test(text[i]!)) i++;
  return Math.max(i, start + 1);
}
