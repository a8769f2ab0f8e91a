// Policy generation from activity: what a user did becomes a policy that, attached to a fresh
// user, lets the same actions succeed on the same resources and nothing else.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../harness/api-client.js';
import { createTestUser, newRootSession, signInAsUser, type TestAccount } from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';

let server: TestServer;
let account: TestAccount;
let root: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  ({ account, root } = await newRootSession(server));
});
afterAll(() => server?.close());

const WORK = {
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Action: ['iam:CreateGroup', 'iam:CreateUser', 'iam:ListUsers', 'iam:DeleteGroup'],
      Resource: '*',
    },
  ],
};

const range = (minutesBefore = 60) => ({
  startTime: new Date(server.clock.now().getTime() - minutesBefore * 60_000).toISOString(),
  endTime: new Date(server.clock.now().getTime() + 60_000).toISOString(),
});

describe('POST /api/access-analyzer/policy-generation', () => {
  it('generates a least-privilege policy that lets a fresh user do the same and nothing more', async () => {
    const worker = await createTestUser(server, account.accountId, {
      name: 'worker',
      inlinePolicies: { work: WORK },
    });
    const client = await signInAsUser(server, account, worker);
    expect((await client.post('/api/groups', { groupName: 'gen-group' })).status).toBe(201);
    expect((await client.post('/api/users', { userName: 'gen-user' })).status).toBe(201);
    expect((await client.get('/api/users')).status).toBe(200);
    // A denied attempt is not use.
    expect(
      (await client.post('/api/roles', { roleName: 'nope', trustPolicy: '{}' })).status,
    ).toBeGreaterThanOrEqual(400);

    const res = await root.post('/api/access-analyzer/policy-generation', {
      principalType: 'user',
      name: 'worker',
      ...range(),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.principalArn).toBe(worker.arn);
    const policy = JSON.parse(res.body.policy);
    const acct = account.accountId;
    expect(policy.Version).toBe('2012-10-17');
    expect(res.body.actions).toEqual(
      expect.arrayContaining([
        { action: 'iam:CreateGroup', resources: [`arn:aws:iam::${acct}:group/gen-group`] },
        { action: 'iam:CreateUser', resources: [`arn:aws:iam::${acct}:user/gen-user`] },
      ]),
    );
    const actions = (res.body.actions as { action: string }[]).map((a) => a.action);
    // A read is in no audit event: it comes from this instance's last-accessed notes, written
    // before the policy is generated rather than on the recorder's next timer.
    expect(actions).toContain('iam:ListUsers');
    expect(actions).not.toContain('iam:CreateRole');
    expect(actions.every((a) => a.startsWith('iam:'))).toBe(true);

    // Saved through the create-policy route and attached to a fresh user.
    const saved = await root.post('/api/policies', {
      policyName: 'worker-generated',
      document: res.body.policy,
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(201);
    const fresh = await createTestUser(server, account.accountId, { name: 'fresh' });
    expect(
      (await root.post('/api/users/fresh/attached-policies', { policyArn: saved.body.arn })).status,
    ).toBe(204);
    expect((await root.delete('/api/groups/gen-group')).status).toBe(204);
    expect((await root.delete('/api/users/gen-user')).status).toBe(204);

    const freshClient = await signInAsUser(server, account, fresh);
    expect((await freshClient.post('/api/groups', { groupName: 'gen-group' })).status).toBe(201);
    expect((await freshClient.post('/api/users', { userName: 'gen-user' })).status).toBe(201);
    expect((await freshClient.get('/api/users')).status).toBe(200);
    const otherGroup = await freshClient.post('/api/groups', { groupName: 'other-group' });
    expect(otherGroup.status).toBe(403);
    expect(otherGroup.body.error.code).toBe('AccessDenied');
    expect((await freshClient.post('/api/roles', { roleName: 'r', trustPolicy: '{}' })).status).toBe(403);
    expect((await freshClient.delete('/api/groups/gen-group')).status).toBe(403);
  });

  it('generates a role’s policy from what its sessions did', async () => {
    const acct = account.accountId;
    const created = await root.post('/api/roles', {
      roleName: 'deployer',
      trustPolicy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${acct}:root` }, Action: 'sts:AssumeRole' },
        ],
      }),
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    await root.put('/api/roles/deployer/inline-policies/work', { document: JSON.stringify(WORK) });
    const person = await createTestUser(server, acct, {
      name: 'person',
      inlinePolicies: {
        assume: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' }],
        },
      },
    });
    const client = await signInAsUser(server, account, person);
    const switched = await client.post('/api/auth/switch-role', { account: acct, roleName: 'deployer' });
    expect(switched.status, JSON.stringify(switched.body)).toBe(204);
    expect((await client.post('/api/groups', { groupName: 'deployed' })).status).toBe(201);

    const res = await root.post('/api/access-analyzer/policy-generation', {
      principalType: 'role',
      name: 'deployer',
      ...range(),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.principalArn).toBe(`arn:aws:iam::${acct}:role/deployer`);
    expect(res.body.actions).toContainEqual({
      action: 'iam:CreateGroup',
      resources: [`arn:aws:iam::${acct}:group/deployed`],
    });
    // The person's own activity (the switch) is not the role's.
    expect((res.body.actions as { action: string }[]).map((a) => a.action)).not.toContain('sts:AssumeRole');
  });

  it('generates an empty policy for a role that did nothing, and refuses bad ranges and unknown principals', async () => {
    await root.post('/api/roles', {
      roleName: 'quiet-role',
      trustPolicy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' },
        ],
      }),
    });
    const quiet = await root.post('/api/access-analyzer/policy-generation', {
      principalType: 'role',
      name: 'quiet-role',
      ...range(),
    });
    expect(quiet.status, JSON.stringify(quiet.body)).toBe(200);
    expect(JSON.parse(quiet.body.policy).Statement).toEqual([]);

    const now = server.clock.now().getTime();
    const iso = (ms: number) => new Date(ms).toISOString();
    const cases: [object, number, string][] = [
      [
        { principalType: 'user', name: 'worker', startTime: iso(now), endTime: iso(now - 1000) },
        400,
        'ValidationException',
      ],
      [
        { principalType: 'user', name: 'worker', startTime: iso(now - 91 * 86_400_000), endTime: iso(now) },
        400,
        'ValidationException',
      ],
      [
        { principalType: 'user', name: 'worker', startTime: 'yesterday', endTime: iso(now) },
        400,
        'ValidationException',
      ],
      [{ principalType: 'group', name: 'worker', ...range() }, 400, 'ValidationException'],
      [{ principalType: 'user', name: 'nobody-here', ...range() }, 404, 'ResourceNotFoundException'],
    ];
    for (const [body, status, code] of cases) {
      const res = await root.post('/api/access-analyzer/policy-generation', body);
      expect(res.status, JSON.stringify(body)).toBe(status);
      expect(res.body.error.code).toBe(code);
    }
    const nobody = await createTestUser(server, account.accountId, { name: 'nobody' });
    const denied = await (
      await signInAsUser(server, account, nobody)
    ).post('/api/access-analyzer/policy-generation', {
      principalType: 'user',
      name: 'worker',
      ...range(),
    });
    expect(denied.status).toBe(403);
  });
});
