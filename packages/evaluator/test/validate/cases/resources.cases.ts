// `Resource` / `NotResource` values.
import type { ValidateCase } from '../validate-case.js';
import { grant, policy } from '../validate-case.js';

const ARN_DOC =
  'Amazon Resource Names: arn:partition:service:region:account-id:resource, wildcards allowed in any part';

export const cases: ValidateCase[] = [
  {
    name: 'well-formed ARNs, wildcards and variables',
    doc: ARN_DOC,
    kind: 'identity',
    text: policy(
      grant({
        Resource: [
          '*',
          'arn:aws:s3:::bucket/home/${aws:username}/*',
          'arn:aws:iam::111122223333:user/division_abc/subdivision_xyz/*',
          'arn:aws:iam::aws:policy/ReadOnlyAccess',
          'arn:aws-cn:ec2:cn-north-1:111122223333:instance/*',
          'arn:aws:dynamodb:*:*:table/Books',
          'arn:aws:logs:us-east-1:111122223333:log-group:/aws/lambda/x:*',
          'arn:aws:organizations::*:',
          'arn:aws:waf:*',
        ],
      }),
    ),
    diagnostics: [],
  },
  {
    name: 'not an ARN',
    doc: 'IAM JSON policy elements: Resource — an ARN or `*`',
    kind: 'identity',
    text: policy(grant({ Resource: 'my-bucket' })),
    diagnostics: [
      {
        code: 'invalid-arn',
        at: '"my-bucket"',
        path: ['Statement', 0, 'Resource'],
        message: '`my-bucket` is not `*` or an ARN',
      },
    ],
  },
  {
    name: 'too few fields',
    doc: ARN_DOC,
    kind: 'identity',
    text: policy(grant({ Resource: ['arn:aws:s3::bucket', 'arn:aws:s3', 'arn:aws:s3::bucket/*'] })),
    diagnostics: [
      {
        code: 'invalid-arn',
        at: '"arn:aws:s3::bucket"',
        message: '`arn:aws:s3::bucket` does not have all six ARN fields',
      },
      { code: 'invalid-arn', at: '"arn:aws:s3"' },
      { code: 'invalid-arn', at: '"arn:aws:s3::bucket/*"', message: /does not have all six ARN fields/ },
    ],
  },
  {
    name: 'bad partition, region and account',
    doc: ARN_DOC,
    kind: 'identity',
    text: policy(
      grant({
        Resource: [
          'arn:AWS:s3:::bucket',
          'arn:aws:ec2:US East:111122223333:instance/*',
          'arn:aws:iam::12345:user/x',
        ],
      }),
    ),
    diagnostics: [
      { code: 'invalid-arn', at: '"arn:AWS:s3:::bucket"', message: /invalid partition `AWS`/ },
      { code: 'invalid-arn', message: /invalid region `US East`/ },
      { code: 'invalid-arn', message: 'invalid account `12345` in the ARN: expected 12 digits' },
    ],
  },
  {
    name: 'NotResource values are checked the same way',
    doc: 'IAM JSON policy elements: NotResource',
    kind: 'identity',
    text: policy({ Effect: 'Deny', Action: 's3:*', NotResource: ['bucket'] }),
    diagnostics: [{ code: 'invalid-arn', path: ['Statement', 0, 'NotResource', 0] }],
  },
  {
    name: 'a policy variable before the fifth colon is not replaced (a warning: AWS accepts the policy)',
    doc: 'IAM policy elements: Variables and tags — "You can\'t use a variable to replace parts of the ARN before the fifth colon, such as the service or account"; AmazonTimestreamInfluxDBServiceRolePolicy writes arn:*:kms:*:${aws:PrincipalAccount}:key/*',
    kind: 'identity',
    text: policy(
      grant({
        Action: 'sqs:SendMessage',
        Resource: [
          'arn:aws:sqs:us-east-1:${aws:PrincipalAccount}:q1',
          'arn:aws:sqs:${aws:RequestedRegion}:111122223333:${aws:username}',
          'arn:aws:sqs:us-east-1:111122223333:${aws:username}',
        ],
      }),
      { Effect: 'Deny', Action: 'sqs:*', NotResource: 'arn:aws:sqs:*:${aws:PrincipalAccount}:*' },
    ),
    diagnostics: [
      {
        code: 'variable-in-arn-prefix',
        at: '"arn:aws:sqs:us-east-1:${aws:PrincipalAccount}:q1"',
        severity: 'warning',
        message:
          'policy variable `${aws:PrincipalAccount}` in the account of the ARN is not replaced: AWS replaces variables only in the resource part, after the fifth colon',
        help: /aws:ResourceAccount/,
      },
      { code: 'variable-in-arn-prefix', message: /`\$\{aws:RequestedRegion\}` in the region of the ARN/ },
      { code: 'variable-in-arn-prefix', path: ['Statement', 1, 'NotResource'] },
    ],
  },
  {
    name: 'no wildcard in the service segment',
    doc: 'IAM JSON policy elements: Resource — "You can\'t use a wildcard in the service segment that identifies the AWS product"',
    kind: 'identity',
    text: policy(
      grant({
        Resource: [
          'arn:aws:s*:::data/*',
          'arn:aws:*:us-east-1:111122223333:*',
          'arn:aws:s3?:::x',
          'arn:aws:*',
        ],
      }),
    ),
    diagnostics: [
      {
        code: 'invalid-arn',
        at: '"arn:aws:s*:::data/*"',
        message: 'wildcard in the service `s*` of the ARN: AWS allows none there',
        help: /name the service/,
      },
      { code: 'invalid-arn', message: /wildcard in the service `\*`/ },
      { code: 'invalid-arn', message: /wildcard in the service `s3\?`/ },
      { code: 'invalid-arn', at: '"arn:aws:*"', message: /wildcard in the service `\*`/ },
    ],
  },
];
