/** A list filter's count: "1 match", "2 matches", "50+ matches" (a `+` while more pages may follow). */
export function matchesText(count: string): string {
  return `${count} ${count === '1' ? 'match' : 'matches'}`;
}
