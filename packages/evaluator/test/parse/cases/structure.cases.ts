// Policy grammar on top of JSON: element names, value types, and how values are normalised
// into the document the rest of the evaluator reads.
import type { ParseCase } from '../parse-case.js';

const stmt = (body: string) => `{"Version": "2012-10-17", "Statement": ${body}}`;

export const cases: ParseCase[] = [
  {
    name: 'a statement object is one statement',
    doc: 'IAM JSON policy elements: Statement — a single statement or an array of statements',
    text: stmt('{"Sid": "One", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}'),
    diagnostics: [],
    document: {
      version: '2012-10-17',
      statements: [
        { index: 0, sid: 'One', effect: 'Allow', action: ['s3:GetObject'], resource: ['*'], conditions: [] },
      ],
    },
  },
  {
    name: 'an array of statements keeps order and indexes',
    doc: 'IAM JSON policy elements: Statement',
    text: stmt(
      '[{"Effect": "Allow", "Action": ["a:b", "c:d"], "Resource": "*"}, {"Effect": "Deny", "NotAction": "e:f", "NotResource": ["arn:aws:s3:::x"]}]',
    ),
    diagnostics: [],
    document: {
      statements: [
        { index: 0, effect: 'Allow', action: ['a:b', 'c:d'] },
        { index: 1, effect: 'Deny', notAction: ['e:f'], notResource: ['arn:aws:s3:::x'] },
      ],
    },
  },
  {
    name: 'Id is kept',
    doc: 'IAM JSON policy elements: Id',
    text: '{"Version": "2012-10-17", "Id": "S3PolicyId1", "Statement": []}',
    diagnostics: [],
    document: { id: 'S3PolicyId1', statements: [] },
  },
  {
    name: 'both versions are recognised; no Version is left undefined',
    doc: 'IAM JSON policy elements: Version — 2012-10-17 and 2008-10-17',
    text: '{"Version": "2008-10-17", "Statement": []}',
    diagnostics: [],
    document: { version: '2008-10-17' },
  },
  {
    name: 'unsupported Version',
    doc: 'IAM JSON policy elements: Version — only 2012-10-17 and 2008-10-17 exist',
    text: '{"Version": "2012-10-18", "Statement": []}',
    diagnostics: [{ code: 'invalid-version', at: '"2012-10-18"', path: ['Version'] }],
  },
  {
    name: 'Version must be a string',
    doc: 'IAM JSON policy elements: Version',
    text: '{"Version": 2012, "Statement": []}',
    diagnostics: [{ code: 'invalid-type', at: '2012', message: /`Version` must be the string/ }],
  },
  {
    name: 'missing Statement',
    doc: 'IAM JSON policy elements: Statement — this element is required',
    text: '{"Version": "2012-10-17"}',
    diagnostics: [{ code: 'missing-element', at: '{', message: 'policy has no `Statement`' }],
    document: { statements: [] },
  },
  {
    name: 'a policy that is not an object',
    doc: 'Grammar of the IAM JSON policy language: policy = { <version_block>? <id_block>? <statement_block> }',
    text: '[{"Effect": "Allow"}]',
    diagnostics: [{ code: 'invalid-type', message: 'a policy must be a JSON object, found an array' }],
    noDocument: true,
  },
  {
    name: 'unknown top-level element with a suggestion',
    doc: 'Grammar of the IAM JSON policy language: the top level holds Version, Id and Statement',
    text: '{"Versoin": "2012-10-17", "Statement": []}',
    diagnostics: [{ code: 'unknown-element', at: '"Versoin"', help: 'did you mean `Version`?' }],
  },
  {
    name: 'statement element written at the top level',
    doc: 'Grammar of the IAM JSON policy language',
    text: '{"Version": "2012-10-17", "Effect": "Allow", "Statement": []}',
    diagnostics: [{ code: 'unknown-element', at: '"Effect"', help: /belongs inside a statement/ }],
  },
  {
    name: 'element names are case-sensitive',
    doc: 'Grammar of the IAM JSON policy language: element names are as written in the grammar',
    text: stmt('{"effect": "Allow", "Action": "s3:*", "Resource": "*"}'),
    diagnostics: [
      { code: 'missing-element', at: '{', nth: 2, message: 'statement has no `Effect`' },
      { code: 'unknown-element', at: '"effect"', help: 'did you mean `Effect`?' },
    ],
  },
  {
    name: 'Effect must be exactly Allow or Deny',
    doc: 'IAM JSON policy elements: Effect — valid values are Allow and Deny, case-sensitive',
    text: stmt('{"Effect": "allow", "Action": "s3:*", "Resource": "*"}'),
    diagnostics: [{ code: 'invalid-effect', at: '"allow"', help: 'did you mean `Allow`?' }],
    document: { statements: [{ effect: 'Deny' }] },
  },
  {
    name: 'wrong types in Action, Sid and Statement entries',
    doc: 'Grammar of the IAM JSON policy language: action_string_list is a string or an array of strings',
    text: stmt(
      '[{"Sid": 7, "Effect": "Allow", "Action": ["s3:GetObject", 5, null], "Resource": {"x": 1}}, "oops"]',
    ),
    diagnostics: [
      { code: 'invalid-type', at: '"Sid": «7»', path: ['Statement', 0, 'Sid'] },
      { code: 'invalid-type', at: '«5», null', path: ['Statement', 0, 'Action', 1] },
      { code: 'invalid-type', at: 'null', path: ['Statement', 0, 'Action', 2] },
      {
        code: 'invalid-type',
        at: '{"x": 1}',
        message: '`Resource` must be a string or an array of strings, found an object',
      },
      { code: 'invalid-type', at: '"oops"', message: 'each statement must be an object, found a string' },
    ],
    document: { statements: [{ action: ['s3:GetObject'] }] },
  },
  {
    name: 'Principal "*" and the AWS/Service/Federated/CanonicalUser map',
    doc: 'AWS JSON policy elements: Principal — "*" or a map of principal types to a value or array',
    text: stmt(
      '[{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "*"}, {"Effect": "Allow", "Principal": {"AWS": ["arn:aws:iam::111122223333:root", "444455556666"], "Service": "ec2.amazonaws.com", "Federated": "cognito-identity.amazonaws.com", "CanonicalUser": "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"}, "Action": "sts:AssumeRole"}]',
    ),
    diagnostics: [],
    document: {
      statements: [
        { principal: { kind: 'any' } },
        {
          principal: {
            kind: 'map',
            AWS: ['arn:aws:iam::111122223333:root', '444455556666'],
            Service: ['ec2.amazonaws.com'],
            Federated: ['cognito-identity.amazonaws.com'],
            CanonicalUser: ['79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be'],
          },
        },
      ],
    },
  },
  {
    name: '{"AWS": "*"} stays a map (every AWS principal, not anonymous)',
    doc: 'AWS JSON policy elements: Principal — "AWS": "*" vs "Principal": "*"',
    text: stmt('{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "s3:GetObject", "Resource": "*"}'),
    diagnostics: [],
    document: { statements: [{ principal: { kind: 'map', AWS: ['*'] } }] },
  },
  {
    name: 'unknown principal type and a bare principal string',
    doc: 'AWS JSON policy elements: Principal — types are AWS, Service, Federated, CanonicalUser',
    text: stmt(
      '[{"Effect": "Allow", "Principal": {"Aws": "111122223333"}, "Action": "s3:*", "Resource": "*"}, {"Effect": "Allow", "NotPrincipal": "111122223333", "Action": "s3:*", "Resource": "*"}]',
    ),
    diagnostics: [
      { code: 'unknown-principal-type', at: '"Aws"', help: 'did you mean `AWS`?' },
      {
        code: 'invalid-principal',
        at: '"111122223333"',
        nth: 2,
        message: /`NotPrincipal` must be `\*` or an object/,
      },
    ],
  },
  {
    name: 'condition values: strings, numbers and booleans become the strings AWS compares',
    doc: 'Grammar of the IAM JSON policy language: condition values may be strings, numbers or booleans; quotes are optional',
    text: stmt(
      '{"Effect": "Allow", "Action": "s3:*", "Resource": "*", "Condition": {"NumericLessThan": {"aws:MultiFactorAuthAge": 3600}, "Bool": {"aws:SecureTransport": true}, "StringLike": {"s3:prefix": ["", "home/", 1.50]}}}',
    ),
    diagnostics: [],
    document: {
      statements: [
        {
          conditions: [
            { operator: 'NumericLessThan', key: 'aws:MultiFactorAuthAge', values: ['3600'] },
            { operator: 'Bool', key: 'aws:SecureTransport', values: ['true'] },
            { operator: 'StringLike', key: 's3:prefix', values: ['', 'home/', '1.50'] },
          ],
        },
      ],
    },
  },
  {
    name: 'condition blocks of the wrong shape',
    doc: 'IAM JSON policy elements: Condition — { operator: { key: value | [values] } }',
    text: stmt(
      '{"Effect": "Allow", "Action": "s3:*", "Resource": "*", "Condition": {"StringEquals": "x", "Bool": {"aws:SecureTransport": null, "aws:ViaAWSService": [{"a": 1}]}}}',
    ),
    diagnostics: [
      { code: 'invalid-type', at: '"x"', message: /condition operator `StringEquals` must be an object/ },
      { code: 'invalid-type', at: 'null' },
      { code: 'invalid-type', at: '{"a": 1}' },
    ],
  },
  {
    name: 'condition clause ranges span key and values',
    doc: 'Gatehouse: explanations point at the clause that decided',
    text: stmt(
      '{"Effect": "Allow", "Action": "s3:*", "Resource": "*", "Condition": {"Bool": {"aws:SecureTransport": "true"}}}',
    ),
    diagnostics: [],
    clauseText: ['"aws:SecureTransport": "true"'],
  },
];
