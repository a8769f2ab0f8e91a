// Benchmark scenarios, as differential cases so that both engines (and the differential test)
// can run them. Each names the decision AWS would reach, which the benchmark checks first.
import type { Decision } from '../src/types.js';
import type { DiffCase, DiffRequest } from '../test/differential/generate/generate-case.js';
import type {
  GeneratedKind,
  GeneratedPolicy,
  PolicyJson,
  StatementJson,
} from '../test/differential/generate/policies.js';
import { HOME, OTHER } from '../test/differential/generate/vocabulary.js';
import { createRandom, type Random } from '../test/differential/generate/random.js';

export interface Scenario {
  id: string;
  title: string;
  case: DiffCase;
  expected: Decision;
}

const ALICE = `arn:aws:iam::${HOME}:user/alice`;
const CAROL = `arn:aws:iam::${OTHER}:user/carol`;

function policy(kind: GeneratedKind, name: string, ...statements: StatementJson[]): GeneratedPolicy {
  const json: PolicyJson = { Version: '2012-10-17', Statement: statements };
  return { kind, name, json, text: JSON.stringify(json, null, 2) };
}

function scenarioCase(
  request: DiffRequest,
  identity: GeneratedPolicy[],
  resource?: GeneratedPolicy,
): DiffCase {
  return {
    index: -1,
    seed: 0,
    principalKind: 'user',
    request,
    identity,
    ...(resource ? { resource } : {}),
  };
}

function aliceContext(sourceIp: string): DiffRequest['context'] {
  return {
    'aws:PrincipalArn': ALICE,
    'aws:PrincipalAccount': HOME,
    'aws:PrincipalType': 'User',
    'aws:userid': 'AIDAALICEEXAMPLE00001',
    'aws:username': 'alice',
    'aws:PrincipalTag/team': 'platform',
    'aws:SourceIp': sourceIp,
    'aws:RequestedRegion': 'us-east-1',
    'aws:SecureTransport': 'true',
    'aws:CurrentTime': '2025-03-01T12:00:00Z',
  };
}

/** Ten policies as a real team member might carry: wildcards, conditions, policy variables. */
export function tenPolicies(): GeneratedPolicy[] {
  const allow = (
    Action: string | string[],
    Resource: string | string[],
    Condition?: object,
  ): StatementJson => ({
    Effect: 'Allow',
    Action,
    Resource,
    ...(Condition ? { Condition } : {}),
  });
  return [
    policy('identity', 'iam-read', allow(['iam:Get*', 'iam:List*'], `arn:aws:iam::${HOME}:user/*`)),
    policy('identity', 's3-home', allow('s3:GetObject', 'arn:aws:s3:::reports/${aws:username}/*')),
    policy(
      'identity',
      'team-tables',
      allow(
        ['dynamodb:PutItem', 'dynamodb:GetItem'],
        `arn:aws:dynamodb:*:${HOME}:table/\${aws:PrincipalTag/team}-*`,
        {
          StringLike: { 'aws:PrincipalTag/team': ['plat*', 'data'] },
          IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '2001:db8::/32'] },
        },
      ),
    ),
    policy(
      'identity',
      'orders-table',
      allow(['dynamodb:GetItem', 'dynamodb:Query'], `arn:aws:dynamodb:us-east-1:${HOME}:table/Orders`, {
        IpAddress: { 'aws:SourceIp': '10.0.0.0/8' },
      }),
    ),
    policy('identity', 'alerts', allow('sns:Publish', `arn:aws:sns:*:${HOME}:alerts`)),
    policy(
      'identity',
      'build-functions',
      allow('lambda:InvokeFunction', `arn:aws:lambda:*:${HOME}:function:build-*`),
    ),
    policy('identity', 'ec2-describe', allow('ec2:Describe*', '*')),
    policy(
      'identity',
      'own-keys',
      allow(['iam:CreateAccessKey', 'iam:DeleteAccessKey'], `arn:aws:iam::${HOME}:user/\${aws:username}`),
    ),
    policy(
      'identity',
      'kms-us',
      allow('kms:Decrypt', `arn:aws:kms:us-east-1:${HOME}:key/*`, {
        StringLike: { 'aws:RequestedRegion': 'us-*' },
      }),
    ),
    policy('identity', 'app-logs', allow('logs:*', `arn:aws:logs:*:${HOME}:log-group:/app/*`)),
  ];
}

const TEAM_TABLE = `arn:aws:dynamodb:us-east-1:${HOME}:table/platform-orders`;

export function scenarioA(): Scenario {
  const identity = [
    policy('identity', 'read-users', {
      Effect: 'Allow',
      Action: 'iam:GetUser',
      Resource: `arn:aws:iam::${HOME}:user/*`,
    }),
  ];
  const request: DiffRequest = {
    principal: ALICE,
    action: 'iam:GetUser',
    resource: `arn:aws:iam::${HOME}:user/bob`,
    resourceAccount: HOME,
    context: aliceContext('203.0.113.10'),
  };
  return { id: 'a', title: 'one Allow statement', case: scenarioCase(request, identity), expected: 'Allow' };
}

export function scenarioBAllowed(): Scenario {
  const request: DiffRequest = {
    principal: ALICE,
    action: 'dynamodb:PutItem',
    resource: TEAM_TABLE,
    resourceAccount: HOME,
    context: aliceContext('203.0.113.10'),
  };
  return {
    id: 'b-allow',
    title: '10 policies, allowed (wildcard + StringLike + IpAddress + variable)',
    case: scenarioCase(request, tenPolicies()),
    expected: 'Allow',
  };
}

export function scenarioBDenied(): Scenario {
  const request: DiffRequest = {
    principal: ALICE,
    action: 'dynamodb:PutItem',
    resource: TEAM_TABLE,
    resourceAccount: HOME,
    context: aliceContext('198.51.100.7'),
  };
  return {
    id: 'b-deny',
    title: '10 policies, implicitly denied (source IP outside)',
    case: scenarioCase(request, tenPolicies()),
    expected: 'ImplicitDeny',
  };
}

export function scenarioC(): Scenario {
  const deny = policy('identity', 'no-us-east-orders', {
    Effect: 'Deny',
    Action: 'dynamodb:*',
    Resource: `arn:aws:dynamodb:*:${HOME}:table/*-orders`,
    Condition: { StringEquals: { 'aws:RequestedRegion': 'us-east-1' } },
  });
  const base = scenarioBAllowed().case;
  return {
    id: 'c',
    title: '10 policies + a matching explicit Deny',
    case: { ...base, identity: [...base.identity, deny] },
    expected: 'ExplicitDeny',
  };
}

export function scenarioD(): Scenario {
  const identity = [
    policy('identity', 'reports-read', {
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: 'arn:aws:s3:::reports/*',
    }),
  ];
  const bucketPolicy = policy('resource', 'reports-bucket', {
    Sid: 'PartnerRead',
    Effect: 'Allow',
    Principal: { AWS: `arn:aws:iam::${OTHER}:root` },
    Action: ['s3:GetObject', 's3:GetObjectVersion'],
    Resource: 'arn:aws:s3:::reports/shared/*',
    Condition: { StringEquals: { 'aws:PrincipalAccount': OTHER } },
  });
  const request: DiffRequest = {
    principal: CAROL,
    action: 's3:GetObject',
    resource: 'arn:aws:s3:::reports/shared/q1.csv',
    resourceAccount: HOME,
    context: {
      'aws:PrincipalArn': CAROL,
      'aws:PrincipalAccount': OTHER,
      'aws:PrincipalType': 'User',
      'aws:userid': 'AIDACAROLEXAMPLE00003',
      'aws:username': 'carol',
      'aws:SourceIp': '198.51.100.7',
    },
  };
  return {
    id: 'd',
    title: 'cross-account: identity policy + bucket policy',
    case: scenarioCase(request, identity, bucketPolicy),
    expected: 'Allow',
  };
}

export function allScenarios(): Scenario[] {
  return [scenarioA(), scenarioBAllowed(), scenarioBDenied(), scenarioC(), scenarioD()];
}

/**
 * 10,000 requests from the ten-policy principal: a deterministic mix of allowed and denied that
 * cycles through eight request shapes and four source addresses. It is the easier batch: the
 * same actions and addresses come back every few requests, so every memo keyed on them hits.
 */
export function batchRequests(count = 10_000): DiffRequest[] {
  const shapes: Array<[string, (i: number) => string]> = [
    ['dynamodb:PutItem', (i) => `arn:aws:dynamodb:us-east-1:${HOME}:table/platform-t${i % 50}`],
    ['dynamodb:DeleteTable', (i) => `arn:aws:dynamodb:us-east-1:${HOME}:table/platform-t${i % 50}`],
    ['iam:GetUser', (i) => `arn:aws:iam::${HOME}:user/u${i % 200}`],
    ['iam:CreateAccessKey', (i) => `arn:aws:iam::${HOME}:user/${i % 3 === 0 ? 'alice' : `u${i % 200}`}`],
    ['s3:GetObject', (i) => `arn:aws:s3:::reports/${(i >> 3) % 2 === 0 ? 'alice' : 'bob'}/f${i}.csv`],
    ['dynamodb:Query', () => `arn:aws:dynamodb:us-east-1:${HOME}:table/Orders`],
    ['lambda:InvokeFunction', (i) => `arn:aws:lambda:us-east-1:${HOME}:function:build-${i % 7}`],
    ['logs:DescribeLogStreams', (i) => `arn:aws:logs:us-east-1:${HOME}:log-group:/app/svc${i % 9}`],
  ];
  const ips = ['203.0.113.10', '198.51.100.7', '10.1.2.3', '2001:db8::1'];
  return Array.from({ length: count }, (_, i) => {
    const [action, resource] = shapes[i % shapes.length]!;
    return {
      principal: ALICE,
      action,
      resource: resource(i),
      resourceAccount: HOME,
      context: aliceContext(ips[(i >> 3) % ips.length]!),
    };
  });
}

const REGIONS = ['us-east-1', 'eu-west-1', 'ap-southeast-2'];

/**
 * Request shapes, each a resource of the type its action takes in `account` (S3 names none),
 * most of them within reach of the ten policies so that about half the batch is allowed, as
 * in batchRequests(). No KMS: a KMS key's own policy must allow too (both engines require it
 * when given), and this batch's policy set holds the principal's policies only.
 */
const RANDOM_SHAPES: Array<[number, string, (r: Random, account: string) => string]> = [
  [
    5,
    'dynamodb:PutItem',
    (r, a) =>
      `arn:aws:dynamodb:${r.pick(REGIONS)}:${a}:table/${r.pick(['platform', 'platform', 'data'])}-t${r.int(0, 999)}`,
  ],
  [
    3,
    'dynamodb:GetItem',
    (r, a) =>
      `arn:aws:dynamodb:${r.pick(REGIONS)}:${a}:table/${r.pick(['platform-orders', 'Orders', 'Users'])}`,
  ],
  [2, 'dynamodb:Query', (r, a) => `arn:aws:dynamodb:us-east-1:${a}:table/${r.pick(['Orders', 'Users'])}`],
  [1, 'dynamodb:DeleteItem', (r, a) => `arn:aws:dynamodb:us-east-1:${a}:table/platform-t${r.int(0, 999)}`],
  [4, 'iam:GetUser', (r, a) => `arn:aws:iam::${a}:user/u${r.int(0, 9999)}`],
  [
    3,
    'iam:CreateAccessKey',
    (r, a) => `arn:aws:iam::${a}:user/${r.chance(0.5) ? 'alice' : `u${r.int(0, 9999)}`}`,
  ],
  [1, 'iam:DeleteUser', (r, a) => `arn:aws:iam::${a}:user/u${r.int(0, 9999)}`],
  [1, 'iam:ListUsers', () => '*'],
  [
    4,
    's3:GetObject',
    (r) => `arn:aws:s3:::reports/${r.pick(['alice', 'alice', 'bob'])}/f${r.int(0, 99999)}.csv`,
  ],
  [1, 's3:PutObject', (r) => `arn:aws:s3:::reports/alice/f${r.int(0, 99999)}.csv`],
  [
    2,
    'sns:Publish',
    (r, a) => `arn:aws:sns:${r.pick(REGIONS)}:${a}:${r.pick(['alerts', 'alerts', 'billing'])}`,
  ],
  [
    3,
    'lambda:InvokeFunction',
    (r, a) =>
      `arn:aws:lambda:${r.pick(REGIONS)}:${a}:function:${r.pick(['build', 'build', 'deploy'])}-${r.int(0, 99)}`,
  ],
  [1, 'lambda:GetFunction', (r, a) => `arn:aws:lambda:us-east-1:${a}:function:build-${r.int(0, 99)}`],
  [2, 'ec2:DescribeInstances', () => '*'],
  [
    3,
    'logs:DescribeLogStreams',
    (r, a) =>
      `arn:aws:logs:${r.pick(REGIONS)}:${a}:log-group:/${r.pick(['app', 'app', 'other'])}/svc${r.int(0, 99)}`,
  ],
  [1, 'sqs:SendMessage', (r, a) => `arn:aws:sqs:${r.pick(REGIONS)}:${a}:orders-${r.int(0, 99)}`],
];

function randomIp(r: Random): string {
  return r.weighted<() => string>([
    [4, () => `203.0.113.${r.int(0, 255)}`],
    [2, () => `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`],
    [2, () => `198.51.${r.int(0, 255)}.${r.int(1, 254)}`],
    [2, () => `2001:db8:${r.int(0, 0xffff).toString(16)}::${r.int(1, 0xffff).toString(16)}`],
  ])();
}

/**
 * 10,000 requests from the ten-policy principal drawn from a seed: 16 actions in 8 services,
 * resources with random names, regions and (one in ten) another account, a fresh source
 * address, region and time in every request. Nothing repeats in order, so memos keyed on the
 * last action, principal or address miss far more often than in batchRequests().
 */
export function randomBatchRequests(count = 10_000, seed = 20261213): DiffRequest[] {
  const r = createRandom(seed);
  return Array.from({ length: count }, () => {
    const [action, resource] = r.weighted(
      RANDOM_SHAPES.map(([w, a, res]) => [w, [a, res] as const] as const),
    );
    const account = r.chance(0.1) ? OTHER : HOME;
    const context = aliceContext(randomIp(r));
    context['aws:RequestedRegion'] = r.pick(REGIONS);
    context['aws:SecureTransport'] = r.chance(0.9) ? 'true' : 'false';
    context['aws:CurrentTime'] = new Date(
      Date.UTC(2025, r.int(0, 11), r.int(1, 28), r.int(0, 23)),
    ).toISOString();
    return { principal: ALICE, action, resource: resource(r, account), resourceAccount: account, context };
  });
}
