// Dates as the IAM console shows them: an absolute time for creation ("December 07, 2026, 06:47
// (UTC+1)", in the browser's time zone), "n days ago" for activity.
//
// Written out by hand rather than with Intl: the console is in English only, and a page's first
// Intl formatter costs ~30 ms in Chromium (it loads the locale data), which a list page would pay
// before its first rows.

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const two = (n: number) => String(n).padStart(2, '0');

/**
 * "(UTC+1)", "(UTC+5:30)", "(UTC-4)", "(UTC)": the offset of the browser's time zone on that date,
 * kept short because list columns are narrow ("(UTC+00:00)" wrapped a lone ")" onto a line).
 */
function utcOffset(date: Date): string {
  const minutes = -date.getTimezoneOffset();
  if (minutes === 0) return '(UTC)';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const rest = abs % 60 ? `:${two(abs % 60)}` : '';
  return `(UTC${sign}${Math.floor(abs / 60)}${rest})`;
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '-';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return (
    `${MONTHS[date.getMonth()]} ${two(date.getDate())}, ${date.getFullYear()}, ` +
    `${two(date.getHours())}:${two(date.getMinutes())} ${utcOffset(date)}`
  );
}

const UNITS: [string, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "3 days ago" ("in 3 days" ahead), "Never" for a missing date, "Just now" under a minute. */
export function formatAge(iso: string | null | undefined, now: Date = new Date()): string {
  if (!iso) return 'Never';
  const then = new Date(iso);
  if (Number.isNaN(then.getTime())) return iso;
  const seconds = Math.round((now.getTime() - then.getTime()) / 1000);
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) < size) continue;
    const count = Math.trunc(Math.abs(seconds) / size);
    const amount = `${count} ${unit}${count === 1 ? '' : 's'}`;
    return seconds > 0 ? `${amount} ago` : `in ${amount}`;
  }
  return 'Just now';
}
