import { describe, expect, it } from 'vitest';
import { memberValue, readJsonSpans, readStringAt } from './read-json-spans.js';
import { closestName } from './closest-name.js';
import { scanMemberStrings } from './scan-member-strings.js';

describe('readJsonSpans', () => {
  it('keeps the span of every string, quotes included, and decodes escapes', () => {
    const text = '{ "Action": ["s3:Get\\u004fbject", "iam:*"], "Resource": "*" }';
    const action = memberValue(readJsonSpans(text), 'Action');
    expect(action?.kind).toBe('array');
    const items = action?.kind === 'array' ? action.items : [];
    expect(items.map((i) => (i.kind === 'string' ? i.value : null))).toEqual(['s3:GetObject', 'iam:*']);
    expect(text.slice(items[0]!.start, items[0]!.end)).toBe('"s3:Get\\u004fbject"');
  });

  it('keeps the last of duplicate keys, as IAM does', () => {
    const node = readJsonSpans('{"Action": "a:b", "Action": "c:d"}');
    const value = memberValue(node, 'Action');
    expect(value?.kind === 'string' && value.value).toBe('c:d');
  });

  it('reads a slice and gives up on anything that is not one JSON value', () => {
    const text = 'xx{"a": [1, true, null, -2.5e3]}yy';
    expect(readJsonSpans(text, 2, text.length - 2)?.kind).toBe('object');
    for (const broken of ['{"a": }', '{"a": [1,]}', '{"a": "x\n"}', '{"a": 1} 2', '[', '"\\q"', '{a: 1}']) {
      expect(readJsonSpans(broken), broken).toBeUndefined();
    }
    expect(readJsonSpans('['.repeat(100) + ']'.repeat(100))).toBeUndefined();
  });

  it('reads the string token at an offset', () => {
    expect(readStringAt('{"s3:prefix": "x"}', 1)).toEqual({ value: 's3:prefix', start: 1, end: 12 });
    expect(readStringAt('{"s3:prefix": "x"}', 0)).toBeUndefined();
  });
});

describe('closestName', () => {
  it('suggests a name within a typo, ignoring case; swaps count as one edit', () => {
    expect(closestName('GetObjekt', ['GetObject', 'PutObject'])).toBe('GetObject');
    expect(closestName('Gte', ['Get', 'Put', 'Lis'])).toBe('Get');
    expect(closestName('getobject', ['GetObject'])).toBe('GetObject');
    expect(closestName('FrobnicateTheWidgets', ['GetObject', 'PutObject'])).toBeUndefined();
  });
});

describe('scanMemberStrings', () => {
  const values = (text: string, key: string) =>
    scanMemberStrings(text, 0, text.length, key).map((s) => s.value);

  it('reads the strings of a member in text that is not JSON yet', () => {
    expect(values('{"Action": ["a:b", 1, "c:\\u0064",], "Resource": "*"', 'Action')).toEqual(['a:b', 'c:d']);
    expect(values('{"Action": ["a:b", "c:', 'Action')).toEqual(['a:b', 'c:']);
    expect(values('{"Action": "a:b", "Action": ["x:y"]}', 'Action')).toEqual(['x:y']);
  });

  it('stops at the next member when an array was never closed, and ignores nested objects', () => {
    expect(values('{"Action": ["a:b", "Resource": "*"}', 'Action')).toEqual(['a:b']);
    expect(values('{"Condition": {"Action": "x"}, "Action": "a:b"}', 'Action')).toEqual(['a:b']);
  });
});
