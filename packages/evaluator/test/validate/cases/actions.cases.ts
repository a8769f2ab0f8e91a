// `Action` / `NotAction` values.
import type { ValidateCase } from '../validate-case.js';
import { grant, policy } from '../validate-case.js';

const ACTION_DOC =
  'IAM JSON policy elements: Action — `service-prefix:action-name`, wildcards allowed, or `*`';

export const cases: ValidateCase[] = [
  {
    name: 'well-formed actions, wildcards and case-insensitive names',
    doc: ACTION_DOC,
    kind: 'identity',
    text: policy(
      grant({
        Action: ['s3:GetObject', 'ec2:Describe*', 'iam:Get?ser', 'execute-api:Invoke', 'S3:listbucket'],
      }),
    ),
    diagnostics: [],
  },
  {
    name: 'missing colon',
    doc: ACTION_DOC,
    kind: 'identity',
    text: policy(grant({ Action: 's3GetObject' })),
    diagnostics: [
      {
        code: 'invalid-action',
        at: '"s3GetObject"',
        path: ['Statement', 0, 'Action'],
        message: '`s3GetObject` is not an action: expected `service:action`',
      },
    ],
  },
  {
    name: 'empty service or action name',
    doc: ACTION_DOC,
    kind: 'identity',
    text: policy(grant({ Action: [':GetObject', 's3:'] })),
    diagnostics: [
      { code: 'invalid-action', at: '":GetObject"', message: 'action `:GetObject` has no service prefix' },
      { code: 'invalid-action', at: '"s3:"', message: 'action `s3:` has no action name after `:`' },
    ],
  },
  {
    name: 'wildcard or bad characters in the service prefix, extra colon in the name',
    doc: ACTION_DOC,
    kind: 'identity',
    text: policy(grant({ Action: ['s3*:GetObject', 's3:Get:Object', 's3:Get#Object'] })),
    diagnostics: [
      { code: 'invalid-action', at: '"s3*:GetObject"', message: /invalid service prefix `s3\*`/ },
      { code: 'invalid-action', at: '"s3:Get:Object"', message: /invalid action name `Get:Object`/ },
      { code: 'invalid-action', at: '"s3:Get#Object"' },
    ],
  },
  {
    name: 'stray spaces are accepted with a warning',
    doc: 'AWS managed policies have shipped actions with spaces (ViewOnlyAccess v1: `ec2: DescribeAccountAttributes`)',
    kind: 'identity',
    text: policy(
      grant({ Action: ['ec2: DescribeAccountAttributes', 'lambda:ListFunctions ', 's3:Get Object'] }),
    ),
    diagnostics: [
      { code: 'action-whitespace', at: '"ec2: DescribeAccountAttributes"', severity: 'warning' },
      { code: 'action-whitespace', at: '"lambda:ListFunctions "' },
      { code: 'action-whitespace', at: '"s3:Get Object"' },
    ],
  },
  {
    name: 'NotAction values are checked the same way',
    doc: 'IAM JSON policy elements: NotAction',
    kind: 'identity',
    text: policy({ Effect: 'Deny', NotAction: ['iam', 'sts:*'], Resource: '*' }),
    diagnostics: [{ code: 'invalid-action', at: '"iam"', path: ['Statement', 0, 'NotAction', 0] }],
  },
  {
    name: 'an action covered by a wildcard in the same list',
    doc: 'Access Analyzer REDUNDANT_ACTION: an action already matched by a wildcard action in the statement',
    kind: 'identity',
    text: policy(grant({ Action: ['s3:Get*', 's3:GetObject', 's3:getobjectacl', 's3:PutObject'] })),
    diagnostics: [
      {
        code: 'redundant-action',
        at: '"s3:GetObject"',
        message: '`s3:GetObject` is already covered by `s3:Get*`',
      },
      { code: 'redundant-action', at: '"s3:getobjectacl"' },
    ],
  },
  {
    name: 'a repeated action (names compare without case)',
    doc: 'Access Analyzer REDUNDANT_ACTION',
    kind: 'identity',
    text: policy(grant({ Action: ['s3:GetObject', 's3:getobject'] })),
    diagnostics: [
      { code: 'redundant-action', at: '"s3:getobject"', message: '`s3:getobject` is listed twice' },
    ],
  },
  {
    name: 'wildcards that only overlap are not redundant',
    doc: 'Access Analyzer REDUNDANT_ACTION (only full coverage counts)',
    kind: 'identity',
    text: policy(grant({ Action: ['s3:Get*', 's3:*Object', 's3:Ge?Obj*', 'ec2:*'] })),
    diagnostics: [],
  },
  {
    name: '`*` covers everything else in the list',
    doc: 'Access Analyzer REDUNDANT_ACTION',
    kind: 'identity',
    text: policy({
      Effect: 'Deny',
      Action: ['*', 'iam:CreateUser'],
      Resource: 'arn:aws:iam::111122223333:user/*',
    }),
    diagnostics: [{ code: 'redundant-action', at: '"iam:CreateUser"' }],
  },
];
