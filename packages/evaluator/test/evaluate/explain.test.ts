// What explain() hands the simulator UI: every policy, statement, element and condition with
// a verdict and a reason, source ranges carried through, the deciding statement and a summary.

import { describe, expect, it } from 'vitest';
import { compilePolicySet } from '../../src/compile/compile-policy-set.js';
import { explain } from '../../src/explain/explain.js';
import { parsePolicy } from '../../src/parse/parse-policy.js';
import type { PolicyDocument } from '../../src/types.js';

function parse(text: string): PolicyDocument {
  const { document } = parsePolicy(text);
  if (!document) throw new Error('policy did not parse');
  return document;
}

const TEXT = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "ReadOwn",
      "Effect": "Allow",
      "Action": ["s3:Get*", "s3:List*"],
      "Resource": "arn:aws:s3:::b/\${aws:username}/*",
      "Condition": { "IpAddress": { "aws:SourceIp": "10.0.0.0/8" } }
    },
    {
      "Sid": "NoDelete",
      "Effect": "Deny",
      "Action": "s3:DeleteObject",
      "Resource": "*"
    }
  ]
}`;

const BOB = 'arn:aws:iam::111122223333:user/bob';
const compiled = compilePolicySet({
  identity: [{ id: 'arn:aws:iam::111122223333:policy/S3', name: 'S3', document: parse(TEXT) }],
});
const context = { 'aws:username': 'bob', 'aws:SourceIp': '10.1.1.1' };

describe('explain', () => {
  it('names the allowing statement and explains each element', () => {
    const e = explain(compiled, {
      principal: BOB,
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::b/bob/x',
      context,
    });
    expect(e.decision).toBe('Allow');
    expect(e.summary).toBe('allowed by statement `ReadOwn` in policy `S3`');
    expect(e.crossAccount).toBe(false);
    expect(e.decidedBy).toEqual([
      {
        policyId: 'arn:aws:iam::111122223333:policy/S3',
        policyName: 'S3',
        category: 'identity',
        index: 0,
        sid: 'ReadOwn',
      },
    ]);
    const [policy] = e.policies;
    expect(policy?.decision).toBe('Allow');
    const [read, noDelete] = policy?.statements ?? [];
    expect(read?.applies).toBe(true);
    expect(read?.elements.map((x) => [x.element, x.matched, x.pattern])).toEqual([
      ['Action', true, 's3:Get*'],
      ['Resource', true, 'arn:aws:s3:::b/${aws:username}/*'],
    ]);
    expect(read?.elements[1]?.reason).toContain('resolved as `arn:aws:s3:::b/bob/*`');
    expect(read?.conditions[0]).toMatchObject({
      operator: 'IpAddress',
      key: 'aws:SourceIp',
      requestValue: '10.1.1.1',
      matched: true,
    });
    expect(read?.conditions[0]?.reason).toBe('`aws:SourceIp` is `10.1.1.1`, which is in `10.0.0.0/8`');
    expect(noDelete?.applies).toBe(false);
    expect(noDelete?.elements[0]?.reason).toBe('`s3:GetObject` matches none of `s3:DeleteObject`');
  });

  it('carries statement and condition ranges from the policy text', () => {
    const e = explain(compiled, {
      principal: BOB,
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::b/bob/x',
      context,
    });
    const read = e.policies[0]?.statements[0];
    const at = (line: number) =>
      TEXT.split('\n')
        .slice(0, line - 1)
        .join('\n').length + 1;
    expect(read?.range?.start.line).toBe(4);
    expect(read?.range?.start.offset).toBe(at(4) + 4);
    expect(read?.conditions[0]?.range?.start.line).toBe(9);
  });

  it('names the denying statement', () => {
    const e = explain(compiled, {
      principal: BOB,
      action: 's3:DeleteObject',
      resource: 'arn:aws:s3:::b/bob/x',
      context,
    });
    expect(e.decision).toBe('ExplicitDeny');
    expect(e.summary).toBe('denied by statement `NoDelete` in policy `S3`');
    expect(e.decidedBy?.[0]?.sid).toBe('NoDelete');
    expect(e.policies[0]?.decision).toBe('ExplicitDeny');
  });

  it('says why nothing allowed, element by element', () => {
    const e = explain(compiled, {
      principal: BOB,
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::b/alice/x',
      context: { 'aws:username': 'bob', 'aws:SourceIp': '192.0.2.1' },
    });
    expect(e.decision).toBe('ImplicitDeny');
    expect(e.decidedBy).toEqual([]);
    expect(e.summary).toBe('no policy allows `s3:GetObject` on `arn:aws:s3:::b/alice/x`');
    const read = e.policies[0]?.statements[0];
    expect(read?.elements[1]?.matched).toBe(false);
    expect(read?.conditions[0]?.matched).toBe(false);
    expect(read?.conditions[0]?.reason).toBe(
      '`aws:SourceIp` is `192.0.2.1`, which fails IpAddress `10.0.0.0/8`',
    );
  });

  it('flags cross-account requests and names both allowing statements', () => {
    const queue = 'arn:aws:sqs:us-east-1:444455556666:q';
    const set = compilePolicySet({
      identity: [
        {
          id: 'send',
          document: parse(
            '{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"sqs:SendMessage","Resource":"*"}}',
          ),
        },
      ],
      resource: [
        {
          id: 'queue-policy',
          document: parse(
            '{"Version":"2012-10-17","Statement":{"Sid":"Partner","Effect":"Allow","Principal":{"AWS":"111122223333"},"Action":"sqs:*","Resource":"*"}}',
          ),
        },
      ],
    });
    const e = explain(set, { principal: BOB, action: 'sqs:SendMessage', resource: queue });
    expect(e.crossAccount).toBe(true);
    expect(e.decision).toBe('Allow');
    expect(e.decidedBy?.map((r) => r.category)).toEqual(['identity', 'resource']);
    const principal = e.policies.find((p) => p.category === 'resource')?.statements[0]?.elements[2];
    expect(principal).toMatchObject({ element: 'Principal', matched: true, pattern: '111122223333' });
  });

  it('marks SCP levels and lists policies in evaluation order', () => {
    const allowAll = parse(
      '{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"*","Resource":"*"}}',
    );
    const set = compilePolicySet({
      identity: [{ id: 'id', document: allowAll }],
      boundary: [{ id: 'pb', document: allowAll }],
      scp: [[{ id: 'root-scp', document: allowAll }], [{ id: 'ou-scp', document: allowAll }]],
    });
    const e = explain(set, { principal: BOB, action: 'iam:ListUsers', resource: '*' });
    expect(e.decision).toBe('Allow');
    expect(e.policies.map((p) => [p.id, p.category, p.level])).toEqual([
      ['root-scp', 'scp', 0],
      ['ou-scp', 'scp', 1],
      ['id', 'identity', undefined],
      ['pb', 'boundary', undefined],
    ]);
  });
});
