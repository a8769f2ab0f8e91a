// Small pieces of the Cedar-style reasons: user input in backticks, statements named as the
// evaluator names them (by `Sid` when there is one, else 1-based position).

export function code(text: string): string {
  return '`' + text.replace(/`/g, "'") + '`';
}

export function statementName(index: number, sid: string | undefined): string {
  return sid ? `statement ${code(sid)}` : `statement ${index + 1}`;
}

/** `a`, `b`, `c` and 4 more: long lists stay readable. */
export function listSome(items: readonly string[], shown = 3): string {
  const head = items.slice(0, shown).map(code).join(', ');
  return items.length > shown ? `${head} and ${items.length - shown} more` : head;
}
