// The `Condition` block: operators, keys and values.
import type { ValidateCase } from '../validate-case.js';
import { grant, policy } from '../validate-case.js';

const OPERATORS_DOC = 'IAM JSON policy elements: Condition operators';
const withCondition = (condition: object) => policy(grant({ Condition: condition }));

export const cases: ValidateCase[] = [
  {
    name: 'every operator family, IfExists and set prefixes',
    doc: OPERATORS_DOC,
    kind: 'identity',
    text: withCondition({
      StringEqualsIgnoreCase: { 'aws:PrincipalTag/team': 'Ops' },
      'ForAnyValue:StringLike': { 'aws:TagKeys': ['env*', 'team'] },
      'ForAllValues:StringEquals': { 'aws:TagKeys': ['env'] },
      NumericLessThanEqualsIfExists: { 's3:max-keys': '10' },
      DateGreaterThan: { 'aws:CurrentTime': '2026-01-01T00:00:00Z' },
      DateLessThan: { 'aws:EpochTime': 1767225600 },
      Bool: { 'aws:SecureTransport': 'true' },
      BinaryEquals: { 'aws:x': 'QmluYXJ5VmFsdWU=' },
      IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '2001:DB8:1234:5678::/64', '10.1.2.3'] },
      NotIpAddress: { 'aws:SourceIp': '::1' },
      ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/admin-*' },
      Null: { 'aws:TokenIssueTime': 'false' },
      StringLike: { 's3:prefix': ['', 'home/${aws:username}/*'] },
    }),
    diagnostics: [],
  },
  {
    name: 'operator names are matched without regard to case',
    doc: OPERATORS_DOC,
    kind: 'identity',
    text: withCondition({
      stringequals: { 'aws:username': 'jeff' },
      'forallvalues:StringLike': { 'aws:TagKeys': 'x' },
    }),
    diagnostics: [],
  },
  {
    name: 'unknown operator with a suggestion',
    doc: OPERATORS_DOC,
    kind: 'identity',
    text: withCondition({
      StringEqual: { 'aws:username': 'jeff' },
      NumericLessThen: { 's3:max-keys': '10' },
    }),
    diagnostics: [
      { code: 'unknown-condition-operator', at: '"StringEqual"', help: 'did you mean `StringEquals`?' },
      {
        code: 'unknown-condition-operator',
        at: '"NumericLessThen"',
        help: 'did you mean `NumericLessThan`?',
      },
    ],
  },
  {
    name: 'unknown set prefix, and a typo after a valid prefix',
    doc: 'IAM JSON policy elements: Condition operators — set operators ForAllValues and ForAnyValue',
    kind: 'identity',
    text: withCondition({
      'ForAnyValues:StringLike': { 'aws:TagKeys': 'x' },
      'ForAllValues:StringLik': { 'aws:TagKeys': 'y' },
    }),
    diagnostics: [
      {
        code: 'unknown-condition-operator',
        at: '"ForAnyValues:StringLike"',
        help: 'did you mean `ForAnyValue`?',
      },
      {
        code: 'unknown-condition-operator',
        at: '"ForAllValues:StringLik"',
        help: 'did you mean `ForAllValues:StringLike`?',
      },
    ],
  },
  {
    name: 'an unknown operator over several keys is reported once',
    doc: OPERATORS_DOC,
    kind: 'identity',
    text: withCondition({ Foo: { 'aws:a': 'x', 'aws:b': 'y' } }),
    diagnostics: [{ code: 'unknown-condition-operator', at: '"Foo"' }],
  },
  {
    name: 'an unknown operator with an empty body is still an unknown operator',
    doc: `${OPERATORS_DOC} — AWS refuses a policy naming an operator it does not define, whatever its body`,
    kind: 'identity',
    text: withCondition({ Foo: {}, StringEquals: {} }),
    diagnostics: [
      { code: 'unknown-condition-operator', at: '"Foo"', path: ['Statement', 0, 'Condition', 'Foo'] },
    ],
  },
  {
    name: 'Null takes no set qualifier (one operator table for validator and evaluator)',
    doc: 'IAM JSON policy elements: Condition operators — Null tests whether the key exists; ForAllValues and ForAnyValue compare each value of a multivalued key',
    kind: 'identity',
    text: withCondition({
      'ForAllValues:Null': { 'aws:TagKeys': 'true' },
      'forAnyValue:null': { 'aws:TagKeys': 'false' },
    }),
    diagnostics: [
      { code: 'null-with-set-operator', at: '"ForAllValues:Null"' },
      { code: 'null-with-set-operator', at: '"forAnyValue:null"' },
    ],
  },
  {
    name: 'Null cannot take IfExists',
    doc: 'IAM JSON policy elements: Condition operators — IfExists can be added to any operator except Null',
    kind: 'identity',
    text: withCondition({ NullIfExists: { 'aws:TokenIssueTime': 'true' } }),
    diagnostics: [{ code: 'null-with-if-exists', at: '"NullIfExists"' }],
  },
  {
    name: 'condition keys without a prefix match nothing (a warning: AWS has accepted them)',
    doc: 'IAM JSON policy elements: Condition — context keys are global (aws:) or service-prefixed; AmazonEC2SpotFleetTaggingRole v1 used `PassedToService`',
    kind: 'identity',
    text: withCondition({ StringEquals: { username: 'jeff' } }),
    diagnostics: [
      {
        code: 'invalid-condition-key',
        at: '"username"',
        path: ['Statement', 0, 'Condition', 'StringEquals', 'username'],
      },
    ],
  },
  {
    name: 'keys under one operator that differ only by case',
    doc: 'IAM JSON policy elements: Condition — context key names are not case-sensitive (Access Analyzer DUPLICATE_KEYS_WITH_DIFFERENT_CASE)',
    kind: 'identity',
    text: withCondition({ StringEquals: { 'aws:username': 'jeff', 'AWS:UserName': 'ann' } }),
    diagnostics: [
      { code: 'duplicate-condition-key', at: '"AWS:UserName"', message: /repeats `aws:username`/ },
    ],
  },
  {
    name: 'values each operator family cannot compare',
    doc: 'IAM JSON policy elements: Condition operators — numeric, date, Boolean, binary and IP address operators',
    kind: 'identity',
    text: withCondition({
      NumericEquals: { 's3:max-keys': 'ten' },
      DateLessThan: { 'aws:CurrentTime': ['2026-13-45', 'yesterday'] },
      Bool: { 'aws:SecureTransport': 'yes' },
      BinaryEquals: { 'aws:x': 'not base64!' },
      IpAddress: { 'aws:SourceIp': ['10.0.0.0/33', '1.2.3', '2001:db8::1::2'] },
      Null: { 'aws:TokenIssueTime': 'maybe' },
    }),
    diagnostics: [
      {
        code: 'invalid-condition-value',
        at: '"ten"',
        message: '`ten` is not a valid value for `NumericEquals`: expected a number',
      },
      {
        code: 'invalid-condition-value',
        at: '"2026-13-45"',
        path: ['Statement', 0, 'Condition', 'DateLessThan', 'aws:CurrentTime', 0],
      },
      { code: 'invalid-condition-value', at: '"yesterday"' },
      { code: 'invalid-condition-value', at: '"yes"' },
      { code: 'invalid-condition-value', at: '"not base64!"' },
      { code: 'invalid-condition-value', at: '"10.0.0.0/33"' },
      { code: 'invalid-condition-value', at: '"1.2.3"' },
      { code: 'invalid-condition-value', at: '"2001:db8::1::2"' },
      { code: 'invalid-condition-value', at: '"maybe"' },
    ],
  },
  {
    name: 'values are read as the evaluator reads them: variables only where the family takes them',
    doc: `${OPERATORS_DOC} — "Policy variables – Not supported" for numeric, date, binary and IP address operators; dates in the W3C profiles of ISO 8601 or epoch seconds`,
    kind: 'identity',
    text: withCondition({
      NumericLessThan: { 's3:max-keys': ['${aws:username}', '1e3'] },
      DateGreaterThan: { 'aws:CurrentTime': ['2026', '2026-03', '2026-03-01T10:20Z'] },
      Bool: { 'aws:SecureTransport': '${aws:SecureTransport}' },
      StringEquals: { 'aws:username': '${aws:username}' },
    }),
    diagnostics: [
      { code: 'invalid-condition-value', at: '"${aws:username}"', message: /expected a number/ },
      { code: 'invalid-condition-value', at: '"1e3"' },
    ],
  },
];
