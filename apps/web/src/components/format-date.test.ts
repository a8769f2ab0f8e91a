import { describe, expect, it } from 'vitest';
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
  ])('%s → %s', (iso, expected) => {
    expect(formatAge(iso, now)).toBe(expected);
  });

  it('shows an unparseable value as it is', () => {
    expect(formatAge('yesterday', now)).toBe('yesterday');
  });
});

describe('formatDateTime', () => {
  it('shows a dash for a missing date and the year, month and day otherwise', () => {
    expect(formatDateTime(undefined)).toBe('-');
    expect(formatDateTime('2026-11-22T12:00:00Z')).toMatch(/November 2[12], 2026/);
  });
});
