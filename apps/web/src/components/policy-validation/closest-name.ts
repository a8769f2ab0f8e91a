// "Did you mean" for names the catalog does not know: the candidate closest by edit distance
// (case ignored, as IAM ignores it in action names and condition keys), when it is close
// enough to be a plausible typo.

/** Edits (insert, delete, replace, swap two neighbours) from `a` to `b`; past `limit`, just `limit + 1`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + cost);
      const swapped = i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1];
      if (swapped) value = Math.min(value, (before[j - 2] ?? 0) + 1);
      next.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1; // every path through this row is already too far
    before = row;
    row = next;
  }
  return row[b.length] ?? 0;
}

/** The candidate closest to `input`, or undefined when none is within a typo's reach (1 to 3 edits by length). */
export function closestName(input: string, candidates: Iterable<string>): string | undefined {
  if (input.length === 0 || input.length > 200) return undefined;
  const lower = input.toLowerCase();
  const limit = Math.min(3, Math.max(1, Math.floor(input.length / 4)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase(), Math.min(limit, bestDistance));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
