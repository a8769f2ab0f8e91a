// Date operators. Values are W3C ISO-8601 profiles (`2026`, `2026-03`, `2026-03-01`,
// `2026-03-01T12:00Z`, `…T12:00:00+02:00`, `…T12:00:00.250Z`; no zone means UTC) or epoch
// seconds (all digits, so `2026` alone is an epoch value, as AWS's own examples treat
// integers). Everything is compared as epoch milliseconds. No policy variables.

import { INCOMPARABLE, spec, type ConditionFamily, type Scalar } from './family.js';
import { firstComparing, ORDER_VARIANTS as V } from './numeric.js';

const EPOCH = /^\s*(\d+(?:\.\d+)?)\s*$/;
const ISO =
  /^\s*(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(Z|z|[+-]\d{2}(?::?\d{2})?)?)?)?)?\s*$/;

function zoneOffsetMinutes(zone: string | undefined): number {
  if (!zone || zone === 'Z' || zone === 'z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0'));
}

/** Parses a date value to epoch milliseconds; undefined when it is not a date AWS accepts. */
export function parseDate(text: string): number | undefined {
  const epoch = EPOCH.exec(text);
  if (epoch) return Number(epoch[1]) * 1000;
  const m = ISO.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) =>
    Number(m[i] ?? (i <= 3 ? 1 : 0)),
  );
  const ms = Date.UTC(year as number, (month as number) - 1, day, hour, minute, second);
  const check = new Date(ms);
  if (
    (month as number) < 1 ||
    (month as number) > 12 ||
    check.getUTCDate() !== day ||
    (hour as number) > 23 ||
    (minute as number) > 59 ||
    (second as number) > 59
  ) {
    return undefined;
  }
  const fraction = m[7] ? Number(`0.${m[7]}`) * 1000 : 0;
  return ms + fraction - zoneOffsetMinutes(m[8]) * 60_000;
}

function requestDate(value: Scalar): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value * 1000 : undefined;
  if (typeof value === 'string') return parseDate(value);
  return undefined;
}

export const dateFamily: ConditionFamily<number> = {
  name: 'Date',
  operators: Object.fromEntries([
    spec('DateEquals', V.EQ, 'is'),
    spec('DateNotEquals', V.EQ, 'is', true),
    spec('DateLessThan', V.LT, 'is before'),
    spec('DateLessThanEquals', V.LTE, 'is at or before'),
    spec('DateGreaterThan', V.GT, 'is after'),
    spec('DateGreaterThanEquals', V.GTE, 'is at or after'),
  ]),
  variables: false,
  qualifiers: true,
  expected: 'a date such as `2026-01-31T12:00:00Z` or seconds since the epoch',
  compileValue: parseDate,
  match(dates, op, value) {
    const d = requestDate(value);
    return d === undefined ? INCOMPARABLE : firstComparing(op.variant, d, dates);
  },
};
