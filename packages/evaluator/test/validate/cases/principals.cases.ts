// Values inside `Principal` / `NotPrincipal`.
import type { ValidateCase } from '../validate-case.js';
import { grant, policy, trust } from '../validate-case.js';

const PRINCIPAL_DOC = 'AWS JSON policy elements: Principal — specifying a principal';

export const cases: ValidateCase[] = [
  {
    name: 'accounts, IAM and STS ARNs, services, providers, canonical users',
    doc: PRINCIPAL_DOC,
    kind: 'resource',
    text: policy(
      grant({
        Principal: {
          AWS: [
            '111122223333',
            'arn:aws:iam::111122223333:root',
            'arn:aws:iam::111122223333:role/role-name',
            'arn:aws:sts::111122223333:assumed-role/role-name/session',
          ],
          Service: ['ec2.amazonaws.com', 'elasticmapreduce.amazonaws.com.cn'],
          Federated: ['arn:aws:iam::111122223333:saml-provider/okta', 'accounts.google.com'],
          CanonicalUser: '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be',
        },
      }),
    ),
    diagnostics: [],
  },
  {
    name: 'no partial wildcards in principals',
    doc: 'AWS JSON policy elements: Principal — you cannot use a wildcard to match part of a principal name or ARN',
    kind: 'trust',
    text: policy(
      trust({ Principal: { AWS: 'arn:aws:iam::111122223333:role/app-*', Service: '*.amazonaws.com' } }),
    ),
    diagnostics: [
      {
        code: 'principal-wildcard',
        at: '"arn:aws:iam::111122223333:role/app-*"',
        path: ['Statement', 0, 'Principal', 'AWS'],
      },
      { code: 'principal-wildcard', at: '"*.amazonaws.com"' },
    ],
  },
  {
    name: 'values AWS does not accept as principals',
    doc: PRINCIPAL_DOC,
    kind: 'trust',
    text: policy(
      trust({
        Principal: {
          AWS: ['jeff', 'arn:aws:s3:::bucket', 'arn:aws:iam::1234:root'],
          Service: 'EC2 service',
          CanonicalUser: 'abc',
        },
      }),
    ),
    diagnostics: [
      {
        code: 'invalid-principal',
        at: '"jeff"',
        message: '`jeff` is not an AWS account id or an IAM or STS principal ARN',
      },
      { code: 'invalid-principal', at: '"arn:aws:s3:::bucket"' },
      { code: 'invalid-principal', at: '"arn:aws:iam::1234:root"', message: /needs a 12-digit account id/ },
      { code: 'invalid-principal', at: '"EC2 service"' },
      { code: 'invalid-principal', at: '"abc"' },
    ],
  },
];
