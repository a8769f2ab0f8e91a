// authorize(): the effective policy set (user + groups, bounded by the permissions boundary),
// AWS's denial messages, request context keys, the root user's reach, and the compiled-policy
// cache with its invalidation by the account's authzVersion.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authorize } from '../../src/authz/authorize.js';
import { bumpAuthzVersion } from '../../src/authz/bump-authz-version.js';
import { loadEffectivePolicies } from '../../src/authz/effective-policies.js';
import type { ServiceContext } from '../../src/services/service-context.js';
import {
  allow,
  ALLOW_ALL,
  createTestUser,
  deny,
  newRootSession,
  signInAsUser,
  type TestAccount,
} from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';

let server: TestServer;
let account: TestAccount;

beforeAll(async () => {
  server = await startTestServer({ config: { trustProxy: true } });
  ({ account } = await newRootSession(server));
});
afterAll(() => server?.close());

async function summaryStatus(
  options: Parameters<typeof createTestUser>[2],
  headers?: Record<string, string>,
) {
  const user = await createTestUser(server, account.accountId, options);
  const client = await signInAsUser(server, account, user);
  const res = await client.get('/api/account', { headers });
  return { user, res };
}

describe('the effective policy set', () => {
  it('grants through a group’s inline or managed policy', async () => {
    expect(
      (await summaryStatus({ groups: { g: { inlinePolicies: { p: allow('iam:GetAccountSummary') } } } })).res
        .status,
    ).toBe(200);
    expect(
      (await summaryStatus({ groups: { g: { managedPolicies: { p: allow('iam:Get*') } } } })).res.status,
    ).toBe(200);
    expect((await summaryStatus({ managedPolicies: { p: allow('iam:GetAccountSummary') } })).res.status).toBe(
      200,
    );
  });

  it('lets an explicit deny win, with AWS’s message for it', async () => {
    const { user, res } = await summaryStatus({
      inlinePolicies: { all: ALLOW_ALL },
      groups: { g: { managedPolicies: { no: deny('iam:GetAccountSummary') } } },
    });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe(
      `User: ${user.arn} is not authorized to perform: iam:GetAccountSummary on resource: * with an explicit deny in an identity-based policy`,
    );
  });

  it('caps identity policies with the permissions boundary', async () => {
    const { user, res } = await summaryStatus({
      inlinePolicies: { all: ALLOW_ALL },
      boundary: allow('iam:GetLoginProfile'),
    });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe(
      `User: ${user.arn} is not authorized to perform: iam:GetAccountSummary on resource: * because no permissions boundary allows the iam:GetAccountSummary action`,
    );
    const both = await summaryStatus({ inlinePolicies: { all: ALLOW_ALL }, boundary: allow('iam:Get*') });
    expect(both.res.status).toBe(200);
    // A boundary alone grants nothing.
    const boundaryOnly = await summaryStatus({ boundary: ALLOW_ALL });
    expect(boundaryOnly.res.status).toBe(403);
    expect(boundaryOnly.res.body.error.message).toContain('because no identity-based policy allows');
  });

  it('lists every policy with its source', async () => {
    const user = await createTestUser(server, account.accountId, {
      inlinePolicies: { mine: allow('iam:GetUser') },
      managedPolicies: { attached: allow('iam:ListUsers') },
      groups: {
        ops: {
          inlinePolicies: { gi: allow('iam:ListGroups') },
          managedPolicies: { gm: allow('iam:ListRoles') },
        },
      },
      boundary: ALLOW_ALL,
    });
    const policies = await loadEffectivePolicies(server.deps.db, account.accountId, user.userId);
    expect(policies.map((p) => [p.category, p.source.kind])).toEqual([
      ['identity', 'user-inline'],
      ['identity', 'user-managed'],
      ['identity', 'group-inline'],
      ['identity', 'group-managed'],
      ['boundary', 'permissions-boundary'],
    ]);
    expect(policies[0]).toMatchObject({
      id: `${user.arn}:inline/mine`,
      label: 'mine (inline)',
      policyName: 'mine',
    });
    expect(policies[1]!.policyArn).toMatch(new RegExp(`^arn:aws:iam::${account.accountId}:policy/attached-`));
    expect(policies[1]!.versionId).toBe('v1');
    expect(policies[2]!.label).toMatch(/^gi \(inline, via group ops-/);
    expect(JSON.parse(policies[3]!.document).Statement[0].Action).toBe('iam:ListRoles');
    expect(await loadEffectivePolicies(server.deps.db, account.accountId, 'AIDANOSUCHUSER0000000')).toEqual(
      [],
    );
  });

  it('evaluates the default version of a managed policy', async () => {
    const user = await createTestUser(server, account.accountId, {
      managedPolicies: { versioned: allow('iam:ListUsers') },
    });
    const client = await signInAsUser(server, account, user);
    expect((await client.get('/api/account')).status).toBe(403);
    const attachment = await server.deps.db.policyAttachment.findFirstOrThrow({
      where: { userId: user.userId },
    });
    await server.deps.db.$transaction(async (tx) => {
      await tx.policyVersion.create({
        data: {
          policyId: attachment.policyId,
          versionId: 'v2',
          document: JSON.stringify(allow('iam:GetAccountSummary')),
        },
      });
      await tx.managedPolicy.update({ where: { id: attachment.policyId }, data: { defaultVersionId: 'v2' } });
      await bumpAuthzVersion(tx, account.accountId);
    });
    expect((await client.get('/api/account')).status).toBe(200);
  });
});

describe('request context keys', () => {
  const conditioned = (condition: object) => ({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: 'iam:GetAccountSummary', Resource: '*', Condition: condition }],
  });

  it('fills aws:PrincipalTag/* from the user’s tags', async () => {
    const policy = conditioned({ StringEquals: { 'aws:PrincipalTag/team': 'ops' } });
    expect((await summaryStatus({ inlinePolicies: { p: policy }, tags: { team: 'ops' } })).res.status).toBe(
      200,
    );
    expect((await summaryStatus({ inlinePolicies: { p: policy }, tags: { team: 'dev' } })).res.status).toBe(
      403,
    );
  });

  it('fills aws:SourceIp, aws:username, aws:PrincipalType and aws:SecureTransport', async () => {
    const fromNet = conditioned({ IpAddress: { 'aws:SourceIp': '192.0.2.0/24' } });
    expect(
      (await summaryStatus({ inlinePolicies: { p: fromNet } }, { 'X-Forwarded-For': '192.0.2.10' })).res
        .status,
    ).toBe(200);
    expect(
      (await summaryStatus({ inlinePolicies: { p: fromNet } }, { 'X-Forwarded-For': '198.51.100.1' })).res
        .status,
    ).toBe(403);

    const named = conditioned({
      StringLike: { 'aws:username': 'carol-*' },
      StringEquals: { 'aws:PrincipalType': 'User' },
    });
    expect(
      (await summaryStatus({ name: `carol-${Date.now()}`, inlinePolicies: { p: named } })).res.status,
    ).toBe(200);
    expect(
      (await summaryStatus({ name: `dave-${Date.now()}`, inlinePolicies: { p: named } })).res.status,
    ).toBe(403);

    const tlsOnly = conditioned({ Bool: { 'aws:SecureTransport': 'true' } });
    expect((await summaryStatus({ inlinePolicies: { p: tlsOnly } })).res.status).toBe(403);
    expect(
      (await summaryStatus({ inlinePolicies: { p: tlsOnly } }, { 'X-Forwarded-Proto': 'https' })).res.status,
    ).toBe(200);
  });

  it('fills aws:CurrentTime from the server’s clock', async () => {
    const before2000 = conditioned({ DateLessThan: { 'aws:CurrentTime': '2000-01-01T00:00:00Z' } });
    expect((await summaryStatus({ inlinePolicies: { p: before2000 } })).res.status).toBe(403);
    const after2000 = conditioned({ DateGreaterThan: { 'aws:CurrentTime': '2000-01-01T00:00:00Z' } });
    expect((await summaryStatus({ inlinePolicies: { p: after2000 } })).res.status).toBe(200);
  });

  it('moves aws:CurrentTime on with the clock, second by second', async () => {
    // Requests in one second share aws:CurrentTime's text: the next second must not reuse it.
    const start = Math.floor(server.clock.now().getTime() / 1000) * 1000;
    server.clock.advance(start + 1000 - server.clock.now().getTime());
    const deadline = new Date(start + 3000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const untilDeadline = conditioned({ DateLessThan: { 'aws:CurrentTime': deadline } });
    const status = async () => (await summaryStatus({ inlinePolicies: { p: untilDeadline } })).res.status;
    expect(await status()).toBe(200); // start + 1 s
    server.clock.advanceSeconds(1);
    expect(await status()).toBe(200); // start + 2 s
    server.clock.advanceSeconds(1);
    expect(await status()).toBe(403); // start + 3 s: not before the deadline
  });
});

describe('the root user', () => {
  it('needs no policy in its own account but cannot reach into another', async () => {
    const { root } = await newRootSession(server);
    expect((await root.get('/api/account')).status).toBe(200);
    const ctx: ServiceContext = {
      ...server.publicContext(),
      principal: {
        type: 'root',
        accountId: account.accountId,
        arn: `arn:aws:iam::${account.accountId}:root`,
        email: 'x',
      },
    };
    await expect(
      authorize(ctx, 'iam:GetUser', `arn:aws:iam::${account.accountId}:user/u`),
    ).resolves.toBeUndefined();
    await expect(
      authorize(ctx, 'iam:GetPolicy', 'arn:aws:iam::aws:policy/ReadOnlyAccess'),
    ).resolves.toBeUndefined();
    await expect(authorize(ctx, 'iam:GetUser', 'arn:aws:iam::999999999999:user/u')).rejects.toMatchObject({
      code: 'AccessDenied',
    });
  });
});

describe('the compiled-policy cache', () => {
  it('serves repeated requests from the cache and drops entries when the account’s version moves', async () => {
    const user = await createTestUser(server, account.accountId, {
      inlinePolicies: { p: allow('iam:GetAccountSummary') },
    });
    const client = await signInAsUser(server, account, user);
    expect((await client.get('/api/account')).status).toBe(200);

    // A change written without bumping the version is not seen: the cached set is used...
    await server.deps.db.inlinePolicy.create({
      data: {
        accountId: account.accountId,
        userId: user.userId,
        name: 'deny',
        document: JSON.stringify(deny('*')),
      },
    });
    expect((await client.get('/api/account')).status).toBe(200);

    // ...and bumping the version in the change's transaction makes every instance reload.
    await server.deps.db.$transaction((tx) => bumpAuthzVersion(tx, account.accountId));
    expect((await client.get('/api/account')).status).toBe(403);
  });

  it('fails closed when a stored policy cannot be parsed', async () => {
    const user = await createTestUser(server, account.accountId, { inlinePolicies: { all: ALLOW_ALL } });
    await server.deps.db.$transaction(async (tx) => {
      await tx.inlinePolicy.create({
        data: { accountId: account.accountId, userId: user.userId, name: 'bad', document: 'not json' },
      });
      await bumpAuthzVersion(tx, account.accountId);
    });
    const client = await signInAsUser(server, account, user);
    expect((await client.get('/api/account')).status).toBe(403);
  });
});
