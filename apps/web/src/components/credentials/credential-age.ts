// How old a credential is, and whether it is due for rotation (AWS flags access keys older
// than 90 days).

export const ROTATION_DAYS = 90;

const DAY_MS = 24 * 3600 * 1000;

/** Whole days since `iso`, or `undefined` for a missing or unreadable date. */
export function ageInDays(iso: string | null | undefined, now: Date = new Date()): number | undefined {
  if (!iso) return undefined;
  const then = new Date(iso).getTime();
  if (Number.isNaN(then)) return undefined;
  return Math.max(0, Math.floor((now.getTime() - then) / DAY_MS));
}

export function dueForRotation(iso: string | null | undefined, now: Date = new Date()): boolean {
  const days = ageInDays(iso, now);
  return days !== undefined && days > ROTATION_DAYS;
}

/** "Today", "1 day", "97 days". */
export function formatAgeInDays(days: number | undefined): string {
  if (days === undefined) return '-';
  if (days === 0) return 'Today';
  return days === 1 ? '1 day' : `${days} days`;
}
