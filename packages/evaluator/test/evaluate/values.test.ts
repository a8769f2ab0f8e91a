// Parsing of the values condition families compare: numbers, dates, IP addresses, base64,
// and reading context keys case-insensitively.

import { describe, expect, it } from 'vitest';
import { decodeBase64 } from '../../src/condition/binary.js';
import { parseDate } from '../../src/condition/date.js';
import { parseIpv4, parseIpv6 } from '../../src/condition/ip.js';
import { parseNumber } from '../../src/condition/numeric.js';
import { readOperator } from '../../src/condition/operator.js';
import { lookupContext, MatchContext, resolveVariable } from '../../src/variables/context-lookup.js';
import { tokenize } from '../../src/variables/tokenize.js';

describe('numbers', () => {
  it('accept integers and decimals only', () => {
    expect(parseNumber('10')).toBe(10);
    expect(parseNumber('-3.5')).toBe(-3.5);
    expect(parseNumber('.5')).toBe(0.5);
    expect(parseNumber('+7')).toBe(7);
    for (const bad of ['', 'ten', '0x10', '1e3', 'Infinity', 'NaN', '1,000', '--1'])
      expect(parseNumber(bad), bad).toBeUndefined();
  });
});

describe('dates', () => {
  const utc = (s: string) => Date.parse(s);
  it('read the W3C ISO 8601 profiles, UTC unless a zone is given', () => {
    expect(parseDate('2026')).toBe(2026 * 1000); // all digits: epoch seconds
    expect(parseDate('2026-03')).toBe(utc('2026-03-01T00:00:00Z'));
    expect(parseDate('2026-03-01')).toBe(utc('2026-03-01T00:00:00Z'));
    expect(parseDate('2026-03-01T10:20Z')).toBe(utc('2026-03-01T10:20:00Z'));
    expect(parseDate('2026-03-01T10:20:30')).toBe(utc('2026-03-01T10:20:30Z'));
    expect(parseDate('2026-03-01T10:20:30+02:00')).toBe(utc('2026-03-01T08:20:30Z'));
    expect(parseDate('2026-03-01T10:20:30-0530')).toBe(utc('2026-03-01T15:50:30Z'));
    expect(parseDate('2026-03-01T10:20:30.123Z')).toBe(utc('2026-03-01T10:20:30.123Z'));
    expect(parseDate('1767225600')).toBe(utc('2026-01-01T00:00:00Z'));
  });
  it('refuse impossible or unknown forms', () => {
    for (const bad of [
      '',
      'yesterday',
      '2026-13-01',
      '2026-02-29',
      '2026-01-01T24:00:00Z',
      '2026-01-01T10:61Z',
      '01/02/2026',
    ]) {
      expect(parseDate(bad), bad).toBeUndefined();
    }
    expect(parseDate('2028-02-29')).toBe(utc('2028-02-29T00:00:00Z'));
  });
});

describe('IP addresses', () => {
  it('parse IPv4 by hand', () => {
    expect(parseIpv4('0.0.0.0')).toBe(0);
    expect(parseIpv4('255.255.255.255')).toBe(2 ** 32 - 1);
    expect(parseIpv4('10.1.2.3')).toBe(10 * 2 ** 24 + 1 * 2 ** 16 + 2 * 256 + 3);
    for (const bad of [
      '',
      '1.2.3',
      '1.2.3.4.5',
      '256.1.1.1',
      '1..2.3',
      '1.2.3.',
      'a.b.c.d',
      '1.2.3.4/8',
      '1234.1.1.1',
    ]) {
      expect(parseIpv4(bad), bad).toBeUndefined();
    }
  });
  it('parse IPv6 with compression and embedded IPv4', () => {
    expect(parseIpv6('::')).toBe(0n);
    expect(parseIpv6('::1')).toBe(1n);
    expect(parseIpv6('2001:db8::1')).toBe(parseIpv6('2001:0db8:0:0:0:0:0:1'));
    expect(parseIpv6('::ffff:1.2.3.4')).toBe((0xffffn << 32n) | 0x01020304n);
    for (const bad of ['', ':::', '1::2::3', '1:2:3:4:5:6:7:8:9', 'g::1', '1:2:3:4:5:6:7'])
      expect(parseIpv6(bad), bad).toBeUndefined();
  });
});

describe('base64', () => {
  it('decodes standard base64 and refuses anything else', () => {
    expect(decodeBase64('aGVsbG8=')).toBe('hello');
    expect(decodeBase64('aGk=')).toBe('hi');
    expect(decodeBase64('AP8=')).toBe('\u0000\u00ff');
    expect(decodeBase64('')).toBe('');
    for (const bad of ['abc', 'a===', '***', 'aGVsbG8']) expect(decodeBase64(bad), bad).toBeUndefined();
  });
});

describe('condition operator names', () => {
  it('read set qualifiers, IfExists and the base operator', () => {
    const op = readOperator('ForAnyValue:StringNotLikeIfExists');
    expect(op?.op.name).toBe('StringNotLike');
    expect(op?.op.negated).toBe(true);
    expect(op?.ifExists).toBe(true);
    expect(op?.problems).toEqual([]);
    expect(readOperator('StringSomething')).toBeUndefined();
    expect(readOperator('NullIfExists')?.problems.map((p) => p.code)).toEqual(['null-with-if-exists']);
    expect(readOperator('ForAllValues:Null')?.problems.map((p) => p.code)).toEqual([
      'null-with-set-operator',
    ]);
  });
});

describe('context keys', () => {
  it('are found whatever their spelling', () => {
    const ctx = new MatchContext({ 'AWS:UserName': 'bob', 'aws:tagkeys': ['a'] });
    expect(lookupContext(ctx, 'aws:username', 'aws:username')).toBe('bob');
    expect(lookupContext(ctx, 'AWS:USERNAME', 'aws:username')).toBe('bob');
    expect(lookupContext(ctx, 'aws:TagKeys', 'aws:tagkeys')).toEqual(['a']);
    expect(lookupContext(ctx, 'aws:userid', 'aws:userid')).toBeUndefined();
  });
  it('never come from Object.prototype', () => {
    const ctx = new MatchContext({ 'aws:username': 'bob' });
    for (const key of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(lookupContext(ctx, key, key.toLowerCase()), key).toBeUndefined();
    }
  });
  it('resolve as variables only when single-valued', () => {
    const [token] = tokenize('${aws:TagKeys}', true);
    expect(token?.kind).toBe('var');
    if (token?.kind === 'var') {
      expect(resolveVariable(new MatchContext({ 'aws:TagKeys': ['a'] }), token.ref)).toBeUndefined();
      expect(resolveVariable(new MatchContext({ 'aws:TagKeys': 7 }), token.ref)).toBe('7');
    }
  });
});
