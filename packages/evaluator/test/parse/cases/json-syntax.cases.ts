// JSON syntax errors: each reported once, at the token that breaks the grammar, and parsing
// recovers so later problems are reported in the same pass.
import type { ParseCase } from '../parse-case.js';

const GRAMMAR = 'Grammar of the IAM JSON policy language: a policy is a JSON document (RFC 7159 data types)';

export const cases: ParseCase[] = [
  {
    name: 'empty text',
    doc: GRAMMAR,
    text: '',
    diagnostics: [{ code: 'empty-document', at: '1:1-1:1' }],
    noDocument: true,
  },
  {
    name: 'only white space',
    doc: GRAMMAR,
    text: '  \n\t ',
    diagnostics: [{ code: 'empty-document' }],
    noDocument: true,
  },
  {
    name: 'missing comma between properties, then a trailing comma, then an unclosed object',
    doc: GRAMMAR,
    text: '{"Version": "2012-10-17" "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*",}]',
    diagnostics: [
      {
        code: 'unexpected-token',
        at: '"Statement"',
        message: 'expected `,` or `}` after property value, found the string `Statement`',
      },
      { code: 'trailing-comma', at: '"*"«,»}', message: 'remove the `,` before `}`' },
      {
        code: 'unexpected-end',
        at: '1:96-1:96',
        message: 'expected `}` to close the object, found the end of the text',
      },
    ],
    document: { version: '2012-10-17', statements: [{ effect: 'Allow', action: ['s3:*'], resource: ['*'] }] },
  },
  {
    name: 'unterminated string stops at the end of its line',
    doc: GRAMMAR,
    text: '{\n  "Version": "2012-10-17,\n  "Statement": []\n}',
    diagnostics: [
      { code: 'unterminated-string', at: '"2012-10-17,', message: 'unterminated string' },
      { code: 'invalid-version', at: '"2012-10-17,' },
      { code: 'unexpected-token', at: '"Statement"' },
    ],
  },
  {
    name: 'unquoted value is read as the string it was meant to be',
    doc: GRAMMAR,
    text: '{"Statement": {"Effect": Allow, "Action": "s3:*", "Resource": "*"}}',
    diagnostics: [
      { code: 'unexpected-token', at: 'Allow', help: 'strings must be enclosed in double quotes: "Allow"' },
    ],
    document: { statements: [{ effect: 'Allow' }] },
  },
  {
    name: 'unquoted property name',
    doc: GRAMMAR,
    text: '{Statement: []}',
    diagnostics: [
      { code: 'unexpected-token', at: 'Statement', message: /must be enclosed in double quotes/ },
    ],
    document: { statements: [] },
  },
  {
    name: 'single-quoted string',
    doc: GRAMMAR,
    text: `{"Statement": [], "Id": 'x'}`,
    diagnostics: [
      { code: 'unexpected-character', at: "'", message: 'strings must be enclosed in double quotes' },
    ],
    document: { id: 'x' },
  },
  {
    name: 'invalid escape and short unicode escape',
    doc: 'RFC 8259 section 7: the escapes are \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX',
    text: '{"Statement": [], "Id": "a\\qb\\u12"}',
    diagnostics: [
      { code: 'invalid-escape', at: '\\q' },
      { code: 'invalid-escape', at: '\\u12' },
    ],
  },
  {
    name: 'valid escapes decode',
    doc: 'RFC 8259 section 7',
    text: '{"Statement": [], "Id": "\\"\\\\\\/\\n\\r\\t\\u0041\\u00e9"}',
    diagnostics: [],
    document: { id: '"\\/\n\r\tAé' },
  },
  {
    name: 'escapes that decode to characters AWS does not accept',
    doc: 'IAM and AWS STS quotas: only tab, line feed, carriage return and U+0020 to U+00FF',
    text: '{"Statement": [], "Id": "\\b \\u20ac \\ud83d\\ude00"}',
    diagnostics: [
      {
        code: 'invalid-character',
        at: '\\b',
        message: 'escaped character U+0008 is not allowed in a policy',
      },
      { code: 'invalid-character', at: '\\u20ac' },
      { code: 'invalid-character', at: '\\ud83d', message: /U\+D83D/ },
    ],
    document: { id: '\b € \u{1F600}' },
  },
  {
    name: 'raw control character inside a string',
    doc: 'RFC 8259 section 7: control characters U+0000 to U+001F must be escaped',
    text: '{"Statement": [], "Id": "a\u0001b"}',
    diagnostics: [{ code: 'control-character', at: '\u0001' }],
  },
  {
    name: 'numbers JSON does not allow',
    doc: 'RFC 8259 section 6: no leading zeros, no leading `+`, digits after the point',
    text: '{"Statement": [], "Id": [01, 1., -, 2e]}',
    diagnostics: [
      { code: 'invalid-type', at: '[01, 1., -, 2e]' },
      { code: 'invalid-number', at: '01' },
      { code: 'invalid-number', at: '1.' },
      { code: 'invalid-number', at: '«-», 2e', message: /`-`/ },
      { code: 'invalid-number', at: '2e' },
    ],
  },
  {
    name: 'comments are not JSON',
    doc: GRAMMAR,
    text: '{\n  // grant read\n  "Statement": [] /* none */\n}',
    diagnostics: [
      { code: 'unexpected-character', at: '// grant read' },
      { code: 'unexpected-character', at: '/* none */' },
    ],
  },
  {
    name: 'text after the policy',
    doc: GRAMMAR,
    text: '{"Statement": []} {"Statement": []}',
    diagnostics: [{ code: 'trailing-content', at: '{', nth: 2 }],
  },
  {
    name: 'stray characters are reported as one run',
    doc: GRAMMAR,
    text: '{"Statement": [] @@@ }',
    diagnostics: [{ code: 'unexpected-character', at: '@@@' }],
  },
  {
    name: 'mismatched bracket closes the object',
    doc: GRAMMAR,
    text: '{"Statement": [{"Effect": "Deny", "Action": "*", "Resource": "*"]}',
    diagnostics: [
      { code: 'unexpected-token', at: ']', message: 'expected `}` to close the object, found `]`' },
    ],
    document: { statements: [{ effect: 'Deny', action: ['*'], resource: ['*'] }] },
  },
  {
    name: 'missing colon after a key',
    doc: GRAMMAR,
    text: '{"Statement" [], "Id" "x"}',
    diagnostics: [
      {
        code: 'unexpected-token',
        at: '[',
        message: 'expected `:` after property name `Statement`, found `[`',
      },
      { code: 'unexpected-token', at: '"x"' },
    ],
    document: { id: 'x', statements: [] },
  },
  {
    name: 'leading comma in an array',
    doc: GRAMMAR,
    text: '{"Statement": [, {"Effect": "Deny", "Action": "*", "Resource": "*"}]}',
    diagnostics: [{ code: 'unexpected-token', at: ',', message: 'expected a value, found `,`' }],
    document: { statements: [{ effect: 'Deny' }] },
  },
  {
    name: 'many unclosed brackets report the end once',
    doc: GRAMMAR,
    text: '{"Statement": [[[[',
    diagnostics: [{ code: 'invalid-type', at: '[«[[[»' }, { code: 'unexpected-end' }],
  },
  {
    name: 'duplicate keys: the last one wins, with a warning',
    doc: 'JSON objects with repeated names are unpredictable (RFC 8259 section 4); AWS keeps the last value',
    text: '{"Statement": {"Effect": "Allow", "Action": "s3:*", "Resource": "*", "Effect": "Deny"}}',
    diagnostics: [{ code: 'duplicate-key', at: '"Effect"', nth: 2, path: ['Statement', 'Effect'] }],
    document: { statements: [{ effect: 'Deny' }] },
  },
  {
    name: 'nesting deeper than any policy',
    doc: GRAMMAR,
    text: `{"Statement": [], "Id": ${'['.repeat(100)}${']'.repeat(100)}}`,
    diagnostics: [{ code: 'invalid-type' }, { code: 'nesting-too-deep' }],
  },
];
