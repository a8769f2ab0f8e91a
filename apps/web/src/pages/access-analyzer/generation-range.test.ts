import { describe, expect, it } from 'vitest';
import { rangeProblem, timeRange } from './generation-range.js';

describe('policy generation range', () => {
  it('refuses reversed, missing and over-long ranges', () => {
    expect(rangeProblem('2026-12-07', '2026-12-01')).toBe('The start date is after the end date.');
    expect(rangeProblem('', '2026-12-01')).toBe('Choose a start and an end date.');
    expect(rangeProblem('2026-08-01', '2026-12-01')).toBe('The range is at most 90 days.');
    expect(rangeProblem('2026-11-01', '2026-12-01')).toBeUndefined();
  });

  it('ends at now when the end date is today', () => {
    const now = new Date(2026, 11, 7, 10, 30);
    const range = timeRange('2026-12-01', '2026-12-07', now);
    expect(range.endTime).toBe(now.toISOString());
    expect(range.startTime).toBe(new Date(2026, 11, 1).toISOString());
  });
});
