// The generation page's dates → the server's time range: from the start of the start date to
// the end of the end date (or now, when that is today), local time; at most 90 days.
const DAY_MS = 86_400_000;
export const MAX_DAYS = 90;

function parseDay(text: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(d.getTime()) ? undefined : d;
}

export function rangeProblem(start: string, end: string): string | undefined {
  const from = parseDay(start);
  const to = parseDay(end);
  if (!from || !to) return 'Choose a start and an end date.';
  if (from > to) return 'The start date is after the end date.';
  if ((to.getTime() - from.getTime()) / DAY_MS + 1 > MAX_DAYS)
    return `The range is at most ${MAX_DAYS} days.`;
  return undefined;
}

export function timeRange(start: string, end: string, now: Date): { startTime: string; endTime: string } {
  const from = parseDay(start)!;
  const endOfDay = new Date(parseDay(end)!.getTime() + DAY_MS - 1);
  const to = endOfDay > now ? now : endOfDay;
  return { startTime: from.toISOString(), endTime: to.toISOString() };
}
