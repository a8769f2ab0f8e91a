// `Sid` values.
import type { ValidateCase } from '../validate-case.js';
import { grant, policy } from '../validate-case.js';

const SID_DOC =
  'IAM JSON policy elements: Sid — ASCII letters (A-Z, a-z) and digits (0-9); unique within a policy';

export const cases: ValidateCase[] = [
  {
    name: 'letters and digits, unique',
    doc: SID_DOC,
    kind: 'identity',
    text: policy(grant({ Sid: 'ReadBucket1' }), grant({ Sid: 'readbucket2', Effect: 'Deny' })),
    diagnostics: [],
  },
  {
    name: 'other characters in an IAM policy',
    doc: SID_DOC,
    kind: 'identity',
    text: policy(grant({ Sid: 'read-bucket 1' })),
    diagnostics: [{ code: 'invalid-sid', at: '"read-bucket 1"', help: /try `readbucket1`/ }],
  },
  {
    name: 'resource-based policies of other services allow more characters',
    doc: 'IAM JSON policy elements: Sid — some services (SQS, SNS) have their own rules for Sid',
    kind: 'resource',
    text: policy(grant({ Sid: 'Allow read from partner #1', Principal: { AWS: '111122223333' } })),
    diagnostics: [],
  },
  {
    name: 'the same Sid twice',
    doc: 'IAM rejects a policy whose Sids repeat: "Statement IDs (SID) in a single policy must be unique"',
    kind: 'identity',
    text: policy(grant({ Sid: 'Read' }), grant({ Sid: 'Read', Effect: 'Deny' })),
    diagnostics: [{ code: 'duplicate-sid', at: '"Read"', nth: 2, path: ['Statement', 1, 'Sid'] }],
  },
];
