import { describe, expect, it } from 'vitest';
import { filterParams, rangeTimes } from './event-filters.js';

describe('filterParams', () => {
  it('turns tokens into parameters, one value per property, the last winning', () => {
    expect(
      filterParams({
        operation: 'and',
        tokens: [
          { propertyKey: 'userName', operator: '=', value: 'alice' },
          { propertyKey: 'result', operator: '=', value: 'Denied' },
          { propertyKey: 'userName', operator: '=', value: ' bob ' },
          { propertyKey: 'eventName', operator: '=', value: '' },
        ],
      }),
    ).toEqual({ userName: 'bob', result: 'Denied' });
  });

  it('reads `^` on the principal as a prefix match', () => {
    expect(
      filterParams({
        operation: 'and',
        tokens: [{ propertyKey: 'principal', operator: '^', value: 'arn:aws:iam::123456789012:user/' }],
      }),
    ).toEqual({ principal: 'arn:aws:iam::123456789012:user/', principalMatch: 'prefix' });
  });
});

describe('rangeTimes', () => {
  const now = new Date('2026-12-06T12:00:00.000Z');

  it('starts a relative range that long before now, with no end', () => {
    expect(rangeTimes({ type: 'relative', amount: 1, unit: 'hour' }, now)).toEqual({
      startTime: '2026-12-06T11:00:00.000Z',
    });
  });

  it('gives an absolute range both ends', () => {
    const range = {
      type: 'absolute' as const,
      startDate: '2026-12-01T00:00:00Z',
      endDate: '2026-12-02T00:00:00Z',
    };
    expect(rangeTimes(range, now)).toEqual({
      startTime: '2026-12-01T00:00:00.000Z',
      endTime: '2026-12-02T00:00:00.000Z',
    });
  });

  it('is no filter without a range', () => {
    expect(rangeTimes(null, now)).toEqual({});
  });
});
