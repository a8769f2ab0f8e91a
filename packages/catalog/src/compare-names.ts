// One sort order for every list the build writes: case-insensitive, ties broken by code
// unit. No locale is involved, so the output is the same bytes on every machine.
function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareNames(a: string, b: string): number {
  return compareCodeUnits(a.toLowerCase(), b.toLowerCase()) || compareCodeUnits(a, b);
}

/** A sorted copy (the data packages cache what they return, so never sort their arrays in place). */
export function sortedNames(names: readonly string[]): string[] {
  return [...names].sort(compareNames);
}
