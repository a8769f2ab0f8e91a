// One hand-written case per known difference, with the answer AWS's documentation gives
// (see KNOWN-DIFFERENCES.md). Each pins three things: the oracle still gets it wrong (if a new
// oracle version fixes it, the entry should go), the entry's rewrite makes the oracle give
// AWS's answer, and our evaluator gives AWS's answer.
import { describe, expect, it } from 'vitest';
import type { Decision } from '../../src/types.js';
import { compareCase } from './compare-case.js';
import type { DiffCase, DiffRequest } from './generate/generate-case.js';
import type { GeneratedKind, GeneratedPolicy, PolicyJson, StatementJson } from './generate/policies.js';
import { KNOWN_DIFFERENCES } from './known-differences.js';
import { askOracle } from './oracle.js';
import { askOurs } from './ours.js';

const A = '111122223333';
const ALICE = `arn:aws:iam::${A}:user/alice`;
const SESSION = `arn:aws:sts::${A}:assumed-role/Deployer/ci-run`;
const QUEUE = `arn:aws:sqs:us-east-1:${A}:orders`;

function policy(
  kind: GeneratedKind,
  statements: StatementJson[],
  version: string | null = '2012-10-17',
): GeneratedPolicy {
  const json: PolicyJson = { ...(version ? { Version: version } : {}), Statement: statements };
  return { kind, name: kind, json, text: JSON.stringify(json) };
}

function diffCase(request: Partial<DiffRequest>, parts: Partial<DiffCase>): DiffCase {
  const principal = request.principal ?? ALICE;
  return {
    index: 0,
    seed: 0,
    principalKind: principal.includes(':assumed-role/') ? 'assumed-role' : 'user',
    request: {
      principal,
      action: 'sqs:SendMessage',
      resource: QUEUE,
      resourceAccount: A,
      context: {},
      ...request,
    },
    identity: [],
    ...parts,
  };
}

const allowQueue = (condition?: object): StatementJson => ({
  Effect: 'Allow',
  Action: 'sqs:SendMessage',
  Resource: QUEUE,
  ...(condition ? { Condition: condition } : {}),
});

const CASES: { id: string; aws: Decision; c: DiffCase }[] = [
  {
    id: 'KD-DATE-EPOCH',
    aws: 'ImplicitDeny', // 2024-06-01 is not after 2030-01-01 (epoch 1893456000)
    c: diffCase(
      { context: { 'aws:CurrentTime': '2024-06-01T00:00:00Z' } },
      {
        identity: [
          policy('identity', [allowQueue({ DateGreaterThan: { 'aws:CurrentTime': '1893456000' } })]),
        ],
      },
    ),
  },
  {
    id: 'KD-VERSIONLESS-VARIABLES',
    aws: 'ImplicitDeny', // without Version 2012-10-17, `${aws:username}` is literal text
    c: diffCase(
      { action: 'iam:GetUser', resource: ALICE, context: { 'aws:username': 'alice' } },
      {
        identity: [
          policy(
            'identity',
            [{ Effect: 'Allow', Action: 'iam:GetUser', Resource: `arn:aws:iam::${A}:user/\${aws:username}` }],
            null,
          ),
        ],
      },
    ),
  },
  {
    id: 'KD-VARIABLE-COLON',
    aws: 'Allow', // the variables resolve to alice's own ARN
    c: diffCase(
      { context: { 'aws:PrincipalArn': ALICE, 'aws:PrincipalAccount': A, 'aws:username': 'alice' } },
      {
        identity: [
          policy('identity', [
            allowQueue({
              ArnEquals: { 'aws:PrincipalArn': 'arn:aws:iam::${aws:PrincipalAccount}:user/${aws:username}' },
            }),
          ]),
        ],
      },
    ),
  },
  {
    id: 'KD-NULL-VARIABLE',
    aws: 'Allow', // a role session has no aws:username; StringNotEquals matches the null value
    c: diffCase(
      { principal: SESSION, context: { 'aws:PrincipalType': 'AssumedRole' } },
      {
        identity: [
          policy('identity', [allowQueue({ StringNotEquals: { 'aws:PrincipalType': '${aws:username}' } })]),
        ],
      },
    ),
  },
  {
    id: 'KD-RESOURCE-TYPE-WILDCARD',
    aws: 'Allow', // `?` may stand for any character of the resource segment
    c: diffCase(
      { action: 'iam:GetUser', resource: `arn:aws:iam::${A}:user/bob` },
      {
        identity: [
          policy('identity', [
            { Effect: 'Allow', Action: 'iam:GetUser', Resource: `arn:aws:iam::${A}:use?/bob` },
          ]),
        ],
      },
    ),
  },
  {
    id: 'KD-IP-ADDRESS',
    aws: 'Allow', // 0.0.0.0/0 is every IPv4 address
    c: diffCase(
      { context: { 'aws:SourceIp': '203.0.113.10' } },
      { identity: [policy('identity', [allowQueue({ IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } })])] },
    ),
  },
  {
    id: 'KD-SET-IFEXISTS',
    aws: 'Allow', // IfExists on a missing key is true
    c: diffCase(
      {},
      {
        identity: [
          policy('identity', [
            allowQueue({ 'ForAnyValue:StringEqualsIfExists': { 'aws:CalledVia': 'athena.amazonaws.com' } }),
          ]),
        ],
      },
    ),
  },
  {
    id: 'KD-NOTPRINCIPAL-LAYERS',
    aws: 'ExplicitDeny', // alice's account is not listed, so the account layer is denied
    c: diffCase(
      {},
      {
        identity: [policy('identity', [allowQueue()])],
        resource: policy('resource', [
          { Effect: 'Deny', NotPrincipal: { AWS: ALICE }, Action: 'sqs:*', Resource: QUEUE },
        ]),
      },
    ),
  },
  {
    id: 'KD-SESSION-ARN-GRANT',
    aws: 'Allow', // a grant to the session ARN is not limited by the session policy
    c: diffCase(
      { principal: SESSION },
      {
        identity: [policy('identity', [allowQueue()])],
        session: policy('session', [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }]),
        resource: policy('resource', [
          { Effect: 'Allow', Principal: { AWS: SESSION }, Action: 'sqs:SendMessage', Resource: QUEUE },
        ]),
      },
    ),
  },
];

describe('known differences from the oracle', () => {
  it('has one pinned case per entry', () => {
    expect(CASES.map((k) => k.id).sort()).toEqual(KNOWN_DIFFERENCES.map((kd) => kd.id).sort());
  });

  for (const { id, aws, c } of CASES) {
    it(`${id}: the oracle errs, the rewrite corrects it, and we answer as AWS documents`, async () => {
      const kd = KNOWN_DIFFERENCES.find((k) => k.id === id)!;
      expect(kd.applies(c)).toBe(true);
      const original = await askOracle(c);
      expect('decision' in original && original.decision).not.toBe(aws);
      expect(await askOracle(kd.rewriteForOracle(c))).toEqual({ decision: aws });
      expect(askOurs(c)).toEqual({ decision: aws });
      expect(await compareCase(c)).toMatchObject({ kind: 'known', ids: expect.arrayContaining([id]) });
    });
  }
});
