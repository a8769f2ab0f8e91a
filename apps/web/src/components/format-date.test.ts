import { afterEach, describe, expect, it } from 'vitest';
import { formatAge, formatDateTime } from './format-date.js';

describe('formatAge', () => {
  const now = new Date('2026-11-22T12:00:00Z');

  it.each([
    [null, 'Never'],
    ['2026-11-22T11:59:30Z', 'Just now'],
    ['2026-11-22T11:55:00Z', '5 minutes ago'],
    ['2026-11-22T09:00:00Z', '3 hours ago'],
    ['2026-11-19T12:00:00Z', '3 days ago'],
    ['2026-08-22T12:00:00Z', '3 months ago'],
    ['2024-11-01T12:00:00Z', '2 years ago'],
    ['2026-11-21T12:00:00Z', '1 day ago'],
    ['2026-11-22T11:59:00Z', '1 minute ago'],
    ['2026-11-22T14:00:00Z', 'in 2 hours'],
  ])('%s → %s', (iso, expected) => {
    expect(formatAge(iso, now)).toBe(expected);
  });

  it('shows an unparseable value as it is', () => {
    expect(formatAge('yesterday', now)).toBe('yesterday');
  });
});

describe('formatDateTime', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it('shows a dash for a missing date and the value itself when it is no date', () => {
    expect(formatDateTime(undefined)).toBe('-');
    expect(formatDateTime('')).toBe('-');
    expect(formatDateTime('soon')).toBe('soon');
  });

  it("shows AWS's form in the browser's time zone, with that zone's offset on the day", () => {
    process.env.TZ = 'UTC';
    expect(formatDateTime('2026-11-02T09:05:00Z')).toBe('November 02, 2026, 09:05 (UTC)');
    process.env.TZ = 'Asia/Kolkata';
    expect(formatDateTime('2026-11-22T20:00:00Z')).toBe('November 23, 2026, 01:30 (UTC+5:30)');
    process.env.TZ = 'America/New_York';
    expect(formatDateTime('2026-01-15T12:00:00Z')).toBe('January 15, 2026, 07:00 (UTC-5)');
    expect(formatDateTime('2026-07-15T12:00:00Z')).toBe('July 15, 2026, 08:00 (UTC-4)');
  });
});
