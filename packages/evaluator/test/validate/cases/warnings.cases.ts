// Warnings: valid policies that probably do not mean what their author meant.
import type { ValidateCase } from '../validate-case.js';
import { grant, policy, trust } from '../validate-case.js';

const ANALYZER = 'IAM Access Analyzer policy check reference';

export const cases: ValidateCase[] = [
  {
    name: 'Allow with NotAction',
    doc: `${ANALYZER}: ALLOW_WITH_NOT_ACTION — allows every action not listed`,
    kind: 'identity',
    text: policy({ Effect: 'Allow', NotAction: 'iam:*', Resource: 'arn:aws:s3:::bucket' }),
    diagnostics: [{ code: 'allow-not-action', at: '"NotAction"', severity: 'warning' }],
  },
  {
    name: 'Allow with NotResource',
    doc: `${ANALYZER}: ALLOW_WITH_NOT_RESOURCE`,
    kind: 'identity',
    text: policy({ Effect: 'Allow', Action: 's3:GetObject', NotResource: 'arn:aws:s3:::secret/*' }),
    diagnostics: [{ code: 'allow-not-resource', at: '"NotResource"' }],
  },
  {
    name: 'Deny with NotAction and NotResource is the intended use',
    doc: 'IAM JSON policy elements: NotAction — use with Deny to deny everything except',
    kind: 'identity',
    text: policy({ Effect: 'Deny', NotAction: 'iam:*', NotResource: 'arn:aws:s3:::x' }),
    diagnostics: [],
  },
  {
    name: 'every action on every resource',
    doc: `${ANALYZER}: full access ("Action": "*" with "Resource": "*") is a security warning`,
    kind: 'identity',
    text: policy({ Effect: 'Allow', Action: '*', Resource: '*' }),
    diagnostics: [{ code: 'allow-all', at: '"*"' }],
  },
  {
    name: 'iam:PassRole on every role, directly or through a wildcard',
    doc: `${ANALYZER}: PASS_ROLE_WITH_STAR_IN_RESOURCE`,
    kind: 'identity',
    text: policy(
      grant({ Action: ['iam:Pass*'], Resource: '*' }),
      grant({ Action: 'iam:PassRole', Resource: ['*'] }),
    ),
    diagnostics: [
      { code: 'pass-role-wildcard', at: '"iam:Pass*"' },
      { code: 'pass-role-wildcard', at: '"iam:PassRole"' },
    ],
  },
  {
    name: 'iam:PassRole on named roles is fine',
    doc: `${ANALYZER}: PASS_ROLE_WITH_STAR_IN_RESOURCE`,
    kind: 'identity',
    text: policy(grant({ Action: 'iam:PassRole', Resource: 'arn:aws:iam::111122223333:role/app' })),
    diagnostics: [],
  },
  {
    name: 'a statement repeating an earlier one (ignoring Sid and order of values)',
    doc: `${ANALYZER}: redundant statement`,
    kind: 'identity',
    text: policy(
      grant({ Sid: 'A', Action: ['s3:GetObject', 's3:PutObject'] }),
      grant({ Sid: 'B', Action: ['s3:PutObject', 's3:GetObject'] }),
    ),
    diagnostics: [
      { code: 'redundant-statement', at: '{', nth: 3, message: 'this statement repeats statement `A`' },
    ],
  },
  {
    name: 'no Version',
    doc: 'IAM JSON policy elements: Version — without it, 2008-10-17 applies and policy variables are not replaced',
    kind: 'identity',
    text: JSON.stringify({ Statement: [grant()] }),
    diagnostics: [{ code: 'missing-version', at: '1:1-1:2' }],
  },
  {
    name: 'policy variables in a policy without 2012-10-17',
    doc: 'IAM policy elements: Variables and tags — variables require "Version": "2012-10-17"',
    kind: 'identity',
    text: JSON.stringify({
      Version: '2008-10-17',
      Statement: [
        grant({
          Resource: 'arn:aws:s3:::b/${aws:username}/*',
          Condition: { StringLike: { 's3:prefix': '${aws:username}/' } },
        }),
      ],
    }),
    diagnostics: [
      { code: 'variable-in-old-version', at: '"arn:aws:s3:::b/${aws:username}/*"' },
      { code: 'variable-in-old-version', at: '"${aws:username}/"' },
    ],
  },
  {
    name: 'an empty statement list',
    doc: 'IAM JSON policy elements: Statement — a policy with no statements grants nothing',
    kind: 'identity',
    text: policy(),
    diagnostics: [{ code: 'empty-statement', at: '[]' }],
  },
  {
    name: 'anyone may assume the role',
    doc: `${ANALYZER}: a trust policy with Principal "*" and no condition makes the role public`,
    kind: 'trust',
    text: policy(
      trust({ Principal: { AWS: '*' } }),
      trust({ Principal: '*', Condition: { StringEquals: { 'sts:ExternalId': 'x' } } }),
    ),
    diagnostics: [
      {
        code: 'public-principal',
        at: '{\n        "AWS": "*"\n      }',
        message: 'anyone can assume this role',
      },
    ],
  },
  {
    name: 'a public resource policy',
    doc: `${ANALYZER}: resource policies granting access to "*" without conditions are public`,
    kind: 'resource',
    text: policy(grant({ Principal: '*' })),
    diagnostics: [{ code: 'public-principal', at: '"Principal": «"*"»' }],
  },
  {
    name: 'SCPs require Version 2012-10-17',
    doc: 'AWS Organizations, SCP syntax: every SCP must have "Version": "2012-10-17"',
    kind: 'scp',
    text: JSON.stringify({ Statement: [{ Effect: 'Deny', Action: 'iam:*', Resource: '*' }] }),
    diagnostics: [{ code: 'invalid-version', at: '1:1-1:2' }],
  },
  {
    name: 'SCPs and boundaries only limit, so broad Allows there are not warned about',
    doc: 'AWS Organizations: the default SCP FullAWSAccess allows * on *; SCPs never grant permissions',
    kind: 'scp',
    text: policy(
      { Effect: 'Allow', Action: '*', Resource: '*' },
      { Effect: 'Allow', NotAction: 'iam:*', Resource: '*' },
    ),
    diagnostics: [],
  },
  {
    name: 'a boundary allowing everything',
    doc: 'IAM permissions boundaries: a boundary sets the maximum permissions and grants none',
    kind: 'boundary',
    text: policy({ Effect: 'Allow', Action: '*', Resource: '*' }),
    diagnostics: [],
  },
];
