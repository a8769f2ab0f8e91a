// Checks on the raw text: allowed characters and size quotas.
import type { ValidateCase } from '../validate-case.js';
import { grant, policy } from '../validate-case.js';

const QUOTAS_DOC = 'IAM and AWS STS quotas';
const big = (n: number) => policy(grant({ Sid: 'S'.repeat(n) }));
const baseSize = big(0).replace(/[ \n\t\r]/g, '').length;

export const cases: ValidateCase[] = [
  {
    name: 'characters outside U+0020–U+00FF',
    doc: `${QUOTAS_DOC}: policy documents may contain only tab, line feed, carriage return and U+0020 to U+00FF (written or escaped)`,
    kind: 'identity',
    text: policy(
      grant({
        Resource: 'arn:aws:s3:::café-€/*',
        Condition: { StringEquals: { 'aws:username': '雪\u0007' } },
      }),
    ),
    diagnostics: [
      { code: 'invalid-character', at: '€' },
      { code: 'invalid-character', at: '雪', message: /`雪` \(U\+96EA\)/ },
      { code: 'invalid-character', at: '\\u0007', message: /U\+0007/ },
    ],
  },
  {
    name: 'a managed policy exactly at its quota of 6,144 (white space not counted)',
    doc: `${QUOTAS_DOC}: managed policy size 6,144 characters; IAM does not count white space`,
    kind: 'identity',
    text: big(6144 - baseSize),
    diagnostics: [],
  },
  {
    name: 'one character over',
    doc: `${QUOTAS_DOC}: managed policy size 6,144 characters`,
    kind: 'identity',
    text: big(6144 - baseSize + 1),
    diagnostics: [
      {
        code: 'policy-too-large',
        message: 'the policy is 6145 characters (not counting white space), over its quota of 6144',
        at: '  ]\n«}»',
      },
    ],
  },
  {
    name: 'an inline user policy held to 2,048',
    doc: `${QUOTAS_DOC}: user inline policy size 2,048 characters`,
    kind: 'identity',
    sizeLimit: 2048,
    text: big(2100),
    diagnostics: [{ code: 'policy-too-large', message: /over its quota of 2048/ }],
  },
  {
    name: 'a trust policy over 2,048',
    doc: `${QUOTAS_DOC}: role trust policy length 2,048 characters`,
    kind: 'trust',
    text: JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: Array(120).fill('arn:aws:iam::111122223333:root') },
          Action: 'sts:AssumeRole',
        },
      ],
    }),
    diagnostics: [{ code: 'policy-too-large', message: /over its quota of 2048/ }],
  },
];
