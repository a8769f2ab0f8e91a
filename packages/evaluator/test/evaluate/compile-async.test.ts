// compilePolicySetAsync compiles one policy at a time, pausing between them, and decides every
// request exactly as compilePolicySet does.
import { expect, it } from 'vitest';
import { compilePolicySet, compilePolicySetAsync, evaluate, explain, parsePolicy } from '../../src/index.js';
import type { PolicyInput } from '../../src/index.js';

function policy(id: string, statements: object[]): PolicyInput {
  const { document } = parsePolicy(JSON.stringify({ Version: '2012-10-17', Statement: statements }));
  return { id, document: document! };
}

const identity = [
  policy('read', [{ Effect: 'Allow', Action: ['s3:Get*', 's3:List*'], Resource: '*' }]),
  policy('deny-prod', [{ Effect: 'Deny', Action: 's3:*', Resource: 'arn:aws:s3:::prod/*' }]),
  policy('iam', [
    { Effect: 'Allow', Action: 'iam:*', Resource: 'arn:aws:iam::111122223333:user/${aws:username}' },
  ]),
];
const boundary = [policy('cap', [{ Effect: 'Allow', Action: ['s3:*', 'iam:GetUser'], Resource: '*' }])];
const scp = [
  [policy('root-scp', [{ Effect: 'Allow', Action: '*', Resource: '*' }])],
  [],
  [
    policy('ou-scp', [
      { Effect: 'Allow', Action: '*', Resource: '*' },
      { Effect: 'Deny', Action: 's3:GetObject', Resource: 'arn:aws:s3:::secret/*' },
    ]),
  ],
];

it('pauses once per policy and decides as the synchronous compile does', async () => {
  let pauses = 0;
  const set = { identity, boundary, scp, session: [boundary[0]!] };
  const slow = await compilePolicySetAsync(set, async () => {
    pauses++;
  });
  const fast = compilePolicySet(set);
  expect(pauses).toBe(identity.length + boundary.length + 2 + 1);
  const requests = ['s3:GetObject', 's3:PutObject', 's3:ListBucket', 'iam:GetUser', 'iam:DeleteUser'].flatMap(
    (action) =>
      [
        'arn:aws:s3:::prod/a',
        'arn:aws:s3:::secret/b',
        'arn:aws:s3:::open/c',
        'arn:aws:iam::111122223333:user/alice',
      ].map((resource) => ({
        principal: 'arn:aws:iam::111122223333:user/alice',
        action,
        resource,
        resourceAccount: '111122223333',
        context: { 'aws:username': 'alice' },
      })),
  );
  const decisions = new Set<string>();
  for (const request of requests) {
    expect(evaluate(slow, request)).toBe(evaluate(fast, request));
    expect(explain(slow, request).decision).toBe(explain(fast, request).decision);
    decisions.add(evaluate(fast, request));
  }
  // The cases reach every kind of decision, so agreement means something.
  expect([...decisions].sort()).toEqual(['Allow', 'ExplicitDeny', 'ImplicitDeny']);
});
