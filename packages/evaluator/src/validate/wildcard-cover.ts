// Whether one IAM wildcard pattern matches everything another does: `s3:*` covers
// `s3:Get*` and `s3:GetObject`, but `s3:G?t*` does not cover `s3:G*t`. Used to spot list
// entries that add nothing. Sound (never claims cover that does not hold).

/** Longest pattern pair compared; longer ones are simply not reported as covered. */
const MAX_CELLS = 250_000;

export function covers(pattern: string, target: string, ignoreCase = true): boolean {
  if (pattern === '*') return true;
  const p = ignoreCase ? pattern.toLowerCase() : pattern;
  const t = ignoreCase ? target.toLowerCase() : target;
  // A literal character of the pattern must meet the same literal in the target, so the
  // pattern's literal prefix must begin the target: a cheap test that rules out most pairs.
  const firstWildcard = p.search(/[*?]/);
  if (!t.startsWith(firstWildcard < 0 ? p : p.slice(0, firstWildcard))) return false;
  if ((p.length + 1) * (t.length + 1) > MAX_CELLS) return false;
  // row[j]: p[0..i) covers t[0..j)
  let row = new Array<boolean>(t.length + 1).fill(false);
  row[0] = true;
  for (let i = 1; i <= p.length; i++) {
    const pc = p.charAt(i - 1);
    const next = new Array<boolean>(t.length + 1).fill(false);
    next[0] = pc === '*' && row[0] === true;
    for (let j = 1; j <= t.length; j++) {
      const tc = t.charAt(j - 1);
      if (pc === '*') next[j] = row[j] === true || next[j - 1] === true;
      else if (pc === '?') next[j] = tc !== '*' && row[j - 1] === true;
      else next[j] = tc === pc && tc !== '*' && tc !== '?' && row[j - 1] === true;
    }
    row = next;
  }
  return row[t.length] === true;
}

/** Whether a wildcard pattern matches a concrete value (no wildcards in `value`). */
export function matchesWildcard(pattern: string, value: string, ignoreCase = true): boolean {
  const escaped = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${escaped}$`, ignoreCase ? 'is' : 's').test(value);
}
