import { describe, expect, it } from 'vitest';
import { retentionProblem } from './event-retention-modal.js';

describe('retentionProblem', () => {
  it('accepts whole numbers of days from 7 to 3,653', () => {
    for (const ok of ['7', '90', ' 365 ', '3653']) expect(retentionProblem(ok), ok).toBeUndefined();
  });
  it('explains what is wrong otherwise', () => {
    expect(retentionProblem('6')).toBe('Events are kept at least 7 days.');
    expect(retentionProblem('3654')).toBe('Events are kept at most 3,653 days (ten years).');
    expect(retentionProblem('30.5')).toBe('Enter a whole number of days.');
    expect(retentionProblem('')).toBe('Enter a whole number of days.');
  });
});
