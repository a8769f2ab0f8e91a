import { describe, expect, it } from 'vitest';
import { formatPolicyText } from './format-policy-text.js';

describe('formatPolicyText', () => {
  it('indents a one-line policy by two spaces', () => {
    const text =
      '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:GetObject","s3:ListBucket"],"Resource":"*"}]}';
    expect(formatPolicyText(text)).toBe(
      [
        '{',
        '  "Version": "2012-10-17",',
        '  "Statement": [',
        '    {',
        '      "Effect": "Allow",',
        '      "Action": [',
        '        "s3:GetObject",',
        '        "s3:ListBucket"',
        '      ],',
        '      "Resource": "*"',
        '    }',
        '  ]',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('is stable: formatting twice changes nothing', () => {
    const once = formatPolicyText('{ "a" : [ 1 , { } ] , "b":{"c":null}}')!;
    expect(formatPolicyText(once)).toBe(once);
  });

  it('keeps empty objects and arrays compact', () => {
    expect(formatPolicyText('{"Condition":{ },"Action":[ ]}')).toBe(
      '{\n  "Condition": {},\n  "Action": []\n}\n',
    );
  });

  it('keeps duplicate keys, key order, escapes and number spellings as written', () => {
    const text = '{"Sid":"a","Sid":"b\\"c","n":1.50e1}';
    expect(formatPolicyText(text)).toBe('{\n  "Sid": "a",\n  "Sid": "b\\"c",\n  "n": 1.50e1\n}\n');
  });

  it('keeps whitespace and brackets inside strings', () => {
    expect(formatPolicyText('{"Resource":"arn:aws:s3:::my bucket/{x}, [y]"}')).toBe(
      '{\n  "Resource": "arn:aws:s3:::my bucket/{x}, [y]"\n}\n',
    );
  });

  it('leaves text with an unterminated string alone', () => {
    expect(formatPolicyText('{"Effect": "Allow\n}')).toBeNull();
  });

  it('still re-indents text with other syntax errors, keeping every token', () => {
    expect(formatPolicyText('{"a": 1,}')).toBe('{\n  "a": 1,\n}\n');
  });
});
