// Simulator = enforcement (issue 12 finding 1): for seeded random users — inline, managed, group
// and boundary policies that use policy variables, principal condition keys and tags — and
// random requests, the console's simulator API, the AWS door's SimulatePrincipalPolicy and the
// real authorisation (`authorize`, as every route calls it) reach the same decision. Before the
// fix the simulators left aws:username, aws:userid, aws:PrincipalTag/* … unset, so a statement
// that enforcement applies "did not apply" in a simulation.
import { SimulatePrincipalPolicyCommand, type ContextEntry, type IAMClient } from '@aws-sdk/client-iam';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoleSessionPrincipal, UserPrincipal } from '../../src/auth/principal.js';
import { authorize } from '../../src/authz/authorize.js';
import { isAppError } from '../../src/errors/app-error.js';
import type { ServiceContext } from '../../src/services/service-context.js';
import { rootClients } from '../aws/aws-clients.js';
import { allPages } from '../aws/sdk-results.js';
import type { ApiClient } from '../harness/api-client.js';
import { createTestUser, signInAsRoot, type TestAccount, type TestUser } from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';

let server: TestServer;
let account: TestAccount;
let console_: ApiClient;
let door: IAMClient;

beforeAll(async () => {
  server = await startTestServer();
  ({ account, iam: door } = await rootClients(server));
  console_ = await signInAsRoot(server, account);
});
afterAll(() => server?.close());

/** mulberry32: the same principals and requests on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEED = 1207;
const USERS = 16;
const ACTIONS = ['iam:ChangePassword', 'iam:GetUser', 's3:GetObject', 's3:PutObject', 's3:DeleteObject'];

/** What enforcement fills from the request itself: given to the simulators as context entries. */
const REQUEST_FACTS = {
  'aws:SourceIp': '127.0.0.1',
  'aws:SecureTransport': false,
  'aws:MultiFactorAuthPresent': false,
} as const;

type Pick = <T>(items: readonly T[]) => T;

function generator(rand: () => number, accountId: string) {
  const pick: Pick = (items) => items[Math.floor(rand() * items.length)]!;
  const some = <T>(items: readonly T[], max: number): T[] => {
    const n = 1 + Math.floor(rand() * max);
    return [...new Set(Array.from({ length: n }, () => pick(items)))];
  };
  const resources = [
    `arn:aws:iam::${accountId}:user/\${aws:username}`,
    'arn:aws:s3:::home/${aws:username}/*',
    'arn:aws:s3:::team-${aws:PrincipalTag/team}/*',
    'arn:aws:s3:::ids/${aws:userid}/*',
    "arn:aws:s3:::team-${aws:PrincipalTag/team, 'none'}/*",
    'arn:aws:s3:::shared/*',
    `arn:aws:iam::${accountId}:user/*`,
    '*',
  ];
  const conditions: Record<string, Record<string, unknown>>[] = [
    { StringEquals: { 'aws:PrincipalTag/team': 'red' } },
    { StringNotEquals: { 'aws:PrincipalTag/team': 'blue' } },
    { StringLike: { 'aws:username': 'a*' } },
    { StringEquals: { 'aws:PrincipalType': 'User' } },
    { StringEquals: { 'aws:PrincipalType': 'AssumedRole' } },
    { ArnLike: { 'aws:PrincipalArn': `arn:aws:iam::${accountId}:user/d*` } },
    { StringEquals: { 'aws:PrincipalAccount': accountId } },
    { StringEquals: { 'aws:PrincipalAccount': '999999999999' } },
    { Null: { 'aws:PrincipalTag/project': 'true' } },
    { Null: { 'aws:PrincipalTag/project': 'false' } },
    { StringEquals: { 'aws:PrincipalTag/owner': '${aws:username}' } },
    { StringLike: { 'aws:userid': 'AIDA*' } },
    { IpAddress: { 'aws:SourceIp': '127.0.0.0/8' } },
    { NotIpAddress: { 'aws:SourceIp': '127.0.0.0/8' } },
    { Bool: { 'aws:MultiFactorAuthPresent': 'false' } },
    { 'ForAnyValue:StringEquals': { 'aws:PrincipalTag/team': ['red', 'green'] } },
  ];
  const statement = (effect: 'Allow' | 'Deny') => {
    const s: Record<string, unknown> = {
      Effect: effect,
      Action: some([...ACTIONS, 's3:*', 'iam:*User*'], 2),
      Resource: some(resources, 2),
    };
    if (rand() < 0.5) s.Condition = Object.assign({}, ...some(conditions, 2));
    return s;
  };
  const policy = () => ({
    Version: '2012-10-17',
    Statement: Array.from({ length: 1 + Math.floor(rand() * 3) }, () =>
      statement(rand() < 0.85 ? 'Allow' : 'Deny'),
    ),
  });
  const boundary = () => ({
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Action: 's3:*', Resource: pick(['*', 'arn:aws:s3:::home/${aws:username}/*']) },
      {
        Effect: 'Allow',
        Action: 'iam:*',
        Resource: '*',
        ...(rand() < 0.5 ? { Condition: pick(conditions) } : {}),
      },
    ],
  });
  const policies = (min: number, max: number) =>
    Object.fromEntries(
      Array.from({ length: min + Math.floor(rand() * (max - min + 1)) }, (_, i) => [`p${i}`, policy()]),
    );
  const tags = () => {
    const out: Record<string, string> = {};
    const team = pick(['red', 'blue', undefined]);
    if (team) out.team = team;
    if (rand() < 0.5) out.project = 'apollo';
    return out;
  };
  return { pick, policies, boundary, tags, rand };
}

interface Principal {
  user: TestUser;
  tags: Record<string, string>;
}

/** Resources one user's requests name: their own, another user's, their team's and others. */
function requestResources(accountId: string, self: TestUser, other: TestUser): string[] {
  return [
    `arn:aws:iam::${accountId}:user/${self.name}`,
    `arn:aws:iam::${accountId}:user/${other.name}`,
    `arn:aws:s3:::home/${self.name}/notes.txt`,
    `arn:aws:s3:::home/${other.name}/notes.txt`,
    'arn:aws:s3:::team-red/plan.txt',
    'arn:aws:s3:::team-none/plan.txt',
    `arn:aws:s3:::ids/${self.userId}/key`,
    'arn:aws:s3:::shared/readme.txt',
  ];
}

async function enforced(principal: Principal, action: string, resource: string): Promise<boolean> {
  const { user } = principal;
  const caller: UserPrincipal = {
    type: 'user',
    accountId: account.accountId,
    arn: user.arn,
    userId: user.userId,
    userName: user.name,
    path: '/',
    passwordResetRequired: false,
  };
  const ctx: ServiceContext = {
    ...server.deps,
    request: {
      requestId: `differential-${user.name}`,
      sourceIp: REQUEST_FACTS['aws:SourceIp'],
      secureTransport: REQUEST_FACTS['aws:SecureTransport'],
      origin: server.baseUrl,
    },
    principal: caller,
  };
  try {
    await authorize(ctx, action, resource);
    return true;
  } catch (err) {
    if (isAppError(err) && err.code === 'AccessDenied') return false;
    throw err;
  }
}

async function byConsole(user: TestUser, resources: string[]): Promise<Map<string, string>> {
  const res = await console_.post('/api/simulator/principal-policy', {
    userName: user.name,
    actions: ACTIONS,
    resources,
    context: REQUEST_FACTS,
    maxItems: 1000,
  });
  expect(res.status, JSON.stringify(res.body).slice(0, 500)).toBe(200);
  expect(res.body.isTruncated).toBe(false);
  const results = res.body.results as { action: string; resource: string; decision: string }[];
  return new Map(results.map((r) => [`${r.action} ${r.resource}`, r.decision]));
}

const DOOR_CONTEXT: ContextEntry[] = [
  { ContextKeyName: 'aws:SourceIp', ContextKeyType: 'ip', ContextKeyValues: [REQUEST_FACTS['aws:SourceIp']] },
  { ContextKeyName: 'aws:SecureTransport', ContextKeyType: 'boolean', ContextKeyValues: ['false'] },
  { ContextKeyName: 'aws:MultiFactorAuthPresent', ContextKeyType: 'boolean', ContextKeyValues: ['false'] },
];

async function byDoor(user: TestUser, resources: string[]): Promise<Map<string, string>> {
  const { pages } = await allPages(
    (Marker) =>
      door.send(
        new SimulatePrincipalPolicyCommand({
          PolicySourceArn: user.arn,
          ActionNames: ACTIONS,
          ResourceArns: resources,
          ContextEntries: DOOR_CONTEXT,
          Marker,
        }),
      ),
    (page) => page.EvaluationResults,
  );
  const results = pages.flat();
  // AWS's decisions: allowed, implicitDeny, explicitDeny.
  const decision = { allowed: 'Allow', implicitDeny: 'ImplicitDeny', explicitDeny: 'ExplicitDeny' } as const;
  return new Map(
    results.map((r) => [
      `${r.EvalActionName} ${r.EvalResourceName}`,
      decision[r.EvalDecision as keyof typeof decision] ?? String(r.EvalDecision),
    ]),
  );
}

describe('simulator = enforcement', () => {
  it('a user may change their own password through a ${aws:username} statement, in both simulators as in fact', async () => {
    const user = await createTestUser(server, account.accountId, {
      name: `ana-${Date.now().toString(36)}`,
      inlinePolicies: {
        'own-password': {
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Action: 'iam:ChangePassword',
              Resource: `arn:aws:iam::${account.accountId}:user/\${aws:username}`,
            },
          ],
        },
      },
    });
    const principal = { user, tags: {} };
    expect(await enforced(principal, 'iam:ChangePassword', user.arn)).toBe(true);
    const res = await console_.post('/api/simulator/principal-policy', {
      userName: user.name,
      actions: ['iam:ChangePassword'],
      resources: [user.arn],
    });
    expect(res.status).toBe(200);
    expect(res.body.results[0].decision).toBe('Allow');
    expect((await byDoor(user, [user.arn])).get(`iam:ChangePassword ${user.arn}`)).toBe('Allow');
  });

  it('a value the caller gives goes over the principal’s own (aws:username)', async () => {
    const user = await createTestUser(server, account.accountId, {
      inlinePolicies: {
        home: {
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::home/${aws:username}/*' },
          ],
        },
      },
    });
    const res = await console_.post('/api/simulator/principal-policy', {
      userName: user.name,
      actions: ['s3:GetObject'],
      resources: ['arn:aws:s3:::home/someone-else/x', `arn:aws:s3:::home/${user.name}/x`],
      context: { 'AWS:UserName': 'someone-else' },
    });
    expect(res.status).toBe(200);
    expect(res.body.results.map((r: { decision: string }) => r.decision)).toEqual(['Allow', 'ImplicitDeny']);
  });

  it('a role is simulated with its tags and type, as a session of it is authorised', async () => {
    const roleName = `builder-${Date.now().toString(36)}`;
    const trustPolicy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
    });
    const created = await console_.post('/api/roles', {
      roleName,
      trustPolicy,
      tags: [{ key: 'team', value: 'red' }],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const roleArn = `arn:aws:iam::${account.accountId}:role/${roleName}`;
    const teamDocuments = {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: 's3:GetObject',
          Resource: 'arn:aws:s3:::team-${aws:PrincipalTag/team}/*',
          Condition: {
            StringEquals: { 'aws:PrincipalType': 'AssumedRole' },
            ArnEquals: { 'aws:PrincipalArn': roleArn },
          },
        },
      ],
    };
    const put = await console_.put(`/api/roles/${roleName}/inline-policies/team`, {
      document: JSON.stringify(teamDocuments),
    });
    expect(put.status, JSON.stringify(put.body)).toBeLessThan(300);
    const resources = ['arn:aws:s3:::team-red/plan.txt', 'arn:aws:s3:::team-blue/plan.txt'];
    const simulated = await console_.post('/api/simulator/principal-policy', {
      roleName,
      actions: ['s3:GetObject'],
      resources,
    });
    expect(simulated.status).toBe(200);
    expect(simulated.body.results.map((r: { decision: string }) => r.decision)).toEqual([
      'Allow',
      'ImplicitDeny',
    ]);

    const role = await server.deps.db.role.findFirstOrThrow({
      where: { accountId: account.accountId, name: roleName },
    });
    const now = server.clock.now();
    const session: RoleSessionPrincipal = {
      type: 'role-session',
      accountId: account.accountId,
      arn: `arn:aws:sts::${account.accountId}:assumed-role/${roleName}/differential`,
      credentialId: 'ASIADIFFERENTIAL0001',
      roleId: role.id,
      roleName,
      rolePath: '/',
      roleArn,
      sessionName: 'differential',
      userId: `${role.id}:differential`,
      tokenIssuedAt: now,
      expiresAt: new Date(now.getTime() + 3_600_000),
      sessionTags: {},
      transitiveTagKeys: [],
      sessionPolicyArns: [],
      chained: false,
      issuedTo: roleArn,
    };
    const request = {
      requestId: 'differential-role',
      sourceIp: '127.0.0.1',
      secureTransport: false,
      origin: '',
    };
    const decide = (resource: string) =>
      authorize({ ...server.deps, request, principal: session }, 's3:GetObject', resource).then(
        () => 'Allow',
        (err: unknown) => (isAppError(err) && err.code === 'AccessDenied' ? 'Deny' : Promise.reject(err)),
      );
    expect([await decide(resources[0]!), await decide(resources[1]!)]).toEqual(['Allow', 'Deny']);
  });

  it(`seeded random users and requests (seed ${SEED}): the console simulator, SimulatePrincipalPolicy and enforcement agree`, async () => {
    const gen = generator(random(SEED), account.accountId);
    const principals: Principal[] = [];
    for (let i = 0; i < USERS; i++) {
      const tags = gen.tags();
      const name = `${gen.pick(['ana', 'amy', 'dev', 'dan', 'bob'])}-${i}-${SEED}`;
      // Some users own a tag naming themselves (`StringEquals aws:PrincipalTag/owner ${aws:username}`).
      if (gen.rand() < 0.3) tags.owner = name;
      const user = await createTestUser(server, account.accountId, {
        name,
        inlinePolicies: gen.policies(1, 3),
        managedPolicies: gen.policies(0, 1),
        groups:
          gen.rand() < 0.5
            ? { g: { inlinePolicies: gen.policies(0, 1), managedPolicies: gen.policies(0, 1) } }
            : {},
        boundary: gen.rand() < 0.3 ? gen.boundary() : undefined,
        tags,
      });
      principals.push({ user, tags });
    }

    const disagreements: string[] = [];
    let allowed = 0;
    let compared = 0;
    for (const [i, principal] of principals.entries()) {
      const other = principals[(i + 1) % principals.length]!.user;
      const resources = requestResources(account.accountId, principal.user, other);
      const [consoleDecisions, doorDecisions] = await Promise.all([
        byConsole(principal.user, resources),
        byDoor(principal.user, resources),
      ]);
      for (const action of ACTIONS) {
        for (const resource of resources) {
          const key = `${action} ${resource}`;
          const fact = (await enforced(principal, action, resource)) ? 'Allow' : 'Deny';
          const simulated = consoleDecisions.get(key);
          const aws = doorDecisions.get(key);
          compared++;
          if (fact === 'Allow') allowed++;
          const agrees = (d: string | undefined) =>
            fact === 'Allow' ? d === 'Allow' : d !== undefined && d !== 'Allow';
          if (!agrees(simulated) || !agrees(aws) || simulated !== aws) {
            disagreements.push(
              `${principal.user.name} ${JSON.stringify(principal.tags)} ${key}: enforced ${fact}, console ${simulated}, door ${aws}`,
            );
          }
        }
      }
    }
    expect(disagreements).toEqual([]);
    expect(compared).toBe(USERS * ACTIONS.length * 8);
    // The generator gives both outcomes plenty of cases (a test that only ever sees denials
    // would pass with the simulators broken).
    expect(allowed).toBeGreaterThan(compared / 10);
    expect(allowed).toBeLessThan(compared - compared / 10);
  });
});
