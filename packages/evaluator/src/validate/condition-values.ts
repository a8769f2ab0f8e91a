// What a condition value must look like for its operator family to compare it. A value with
// a policy variable is only known at request time, so it is not checked here.

import type { OperatorFamily } from './condition-operators.js';

function isIpv4(text: string): boolean {
  const parts = text.split('.');
  return parts.length === 4 && parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255);
}

function isIpv6(text: string): boolean {
  if (!/^[0-9a-fA-F:.]+$/.test(text)) return false;
  const halves = text.split('::');
  if (halves.length > 2) return false;
  const groups = halves.flatMap((half) => (half === '' ? [] : half.split(':')));
  let count = 0;
  for (const [i, group] of groups.entries()) {
    if (group.includes('.')) {
      if (i !== groups.length - 1 || !isIpv4(group)) return false;
      count += 2;
    } else if (/^[0-9a-fA-F]{1,4}$/.test(group)) count += 1;
    else return false;
  }
  return halves.length === 2 ? count < 8 : count === 8;
}

function isCidr(text: string): boolean {
  const [address = '', prefix, extra] = text.split('/');
  if (extra !== undefined) return false;
  const v4 = isIpv4(address);
  if (!v4 && !isIpv6(address)) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (v4 ? 32 : 128);
}

const DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

function isDate(text: string): boolean {
  if (/^\d+$/.test(text)) return true; // seconds since the epoch
  return DATE.test(text) && !Number.isNaN(Date.parse(text.length === 10 ? `${text}T00:00:00Z` : text));
}

const CHECKS: Partial<Record<OperatorFamily, { valid: (v: string) => boolean; expected: string }>> = {
  Numeric: { valid: (v) => /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(v), expected: 'a number' },
  Date: { valid: isDate, expected: 'a date such as `2026-01-31T12:00:00Z` or seconds since the epoch' },
  Bool: { valid: (v) => /^(?:true|false)$/i.test(v), expected: '`true` or `false`' },
  Null: {
    valid: (v) => /^(?:true|false)$/i.test(v),
    expected: '`true` (key absent) or `false` (key present)',
  },
  IpAddress: { valid: isCidr, expected: 'an IP address or CIDR range such as `203.0.113.0/24`' },
  Binary: {
    valid: (v) => /^[A-Za-z0-9+/]*={0,2}$/.test(v) && v.length % 4 === 0,
    expected: 'base64-encoded data',
  },
};

/** What the value should have been, or undefined when it is acceptable. */
export function conditionValueProblem(family: OperatorFamily, value: string): string | undefined {
  if (value.includes('${')) return undefined;
  const check = CHECKS[family];
  return check && !check.valid(value) ? check.expected : undefined;
}
