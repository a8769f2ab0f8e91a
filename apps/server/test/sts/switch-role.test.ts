// Console switch role: the console session becomes the role session (same AssumeRole as STS),
// every check uses the role's policies, audit events name the assumed-role ARN and the person
// behind it, and "Switch back" returns to the user.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestAccount, createTestUser, signInAsUser, uniqueSuffix } from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function roleIn(accountId: string, name: string, trustedAccount: string, maxSessionDuration = 3600) {
  const id = `AROA${uniqueSuffix()
    .toUpperCase()
    .replace(/[^A-Z2-7]/g, 'A')}AAAAAAAAA`.slice(0, 21);
  await server.deps.db.role.create({
    data: {
      id,
      accountId,
      name,
      nameLower: name.toLowerCase(),
      maxSessionDuration,
      trustPolicy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { AWS: `arn:aws:iam::${trustedAccount}:root` },
            Action: 'sts:AssumeRole',
          },
        ],
      }),
      inlinePolicies: {
        create: {
          accountId,
          name: 'read',
          document: JSON.stringify({
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Action: ['iam:Get*', 'iam:List*'], Resource: '*' }],
          }),
        },
      },
    },
  });
  return `arn:aws:iam::${accountId}:role/${name}`;
}

describe('console switch role', () => {
  it('switches a user into a role of another account and back', async () => {
    const security = await createTestAccount(server);
    const dev = await createTestAccount(server, { alias: `dev-${uniqueSuffix()}` });
    const roleArn = await roleIn(dev.accountId, 'InfosecAudit', security.accountId);
    const user = await createTestUser(server, security.accountId, {
      name: 'infosec',
      inlinePolicies: {
        assume: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: roleArn }],
        },
      },
    });
    const console = await signInAsUser(server, security, user);

    const refused = await console.post('/api/auth/switch-role', {
      account: dev.alias,
      roleName: 'NoSuchRole',
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatchObject({
      code: 'AccessDenied',
      message: `User: ${user.arn} is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::${dev.accountId}:role/NoSuchRole because no identity-based policy allows the sts:AssumeRole action`,
    });

    const switched = await console.post('/api/auth/switch-role', {
      account: dev.alias,
      roleName: 'InfosecAudit',
      displayName: 'Dev audit',
      color: 'green',
    });
    expect(switched.status, JSON.stringify(switched.body)).toBe(204);
    const who = await console.get('/api/auth/whoami');
    expect(who.body).toMatchObject({
      type: 'assumed-role',
      accountId: dev.accountId,
      arn: `arn:aws:sts::${dev.accountId}:assumed-role/InfosecAudit/infosec`,
      role: { roleName: 'InfosecAudit', displayName: 'Dev audit', color: 'green', sourceArn: user.arn },
    });
    expect((await console.get('/api/users')).status).toBe(200);
    const write = await console.post('/api/users', { userName: 'intruder' });
    expect(write.status).toBe(403);
    expect(write.body.error.message).toBe(
      `User: arn:aws:sts::${dev.accountId}:assumed-role/InfosecAudit/infosec is not authorized to perform: iam:CreateUser on resource: arn:aws:iam::${dev.accountId}:user/intruder because no identity-based policy allows the iam:CreateUser action`,
    );
    const denial = await server.deps.db.auditEvent.findFirst({
      where: { accountId: dev.accountId, action: 'iam:CreateUser', result: 'Denied' },
    });
    expect(denial).toMatchObject({
      principalArn: `arn:aws:sts::${dev.accountId}:assumed-role/InfosecAudit/infosec`,
      sourceIdentity: 'infosec',
      door: 'console',
    });

    expect((await console.post('/api/auth/switch-back', {})).status).toBe(204);
    expect((await console.get('/api/auth/whoami')).body).toMatchObject({
      type: 'user',
      accountId: security.accountId,
      arn: user.arn,
    });
  });

  it('ends the role session after the role MaxSessionDuration', async () => {
    const account = await createTestAccount(server);
    const roleArn = await roleIn(account.accountId, 'Short', account.accountId, 3600);
    const user = await createTestUser(server, account.accountId, {
      inlinePolicies: {
        assume: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: roleArn }],
        },
      },
    });
    const console = await signInAsUser(server, account, user);
    expect(
      (await console.post('/api/auth/switch-role', { account: account.accountId, roleName: 'Short' })).status,
    ).toBe(204);
    expect((await console.get('/api/auth/whoami')).body.type).toBe('assumed-role');
    // Touched within the console's idle window, the console session outlives the role session.
    server.clock.advance(3_000_000);
    expect((await console.get('/api/auth/whoami')).body.type).toBe('assumed-role');
    server.clock.advance(700_000);
    expect((await console.get('/api/auth/whoami')).body).toMatchObject({ type: 'user', arn: user.arn });
  });

  it('switches from one role to another as the user, not by role chaining', async () => {
    const account = await createTestAccount(server);
    const first = await roleIn(account.accountId, 'First', account.accountId, 7200);
    const second = await roleIn(account.accountId, 'Second', account.accountId, 7200);
    const user = await createTestUser(server, account.accountId, {
      inlinePolicies: {
        assume: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: [first, second] }],
        },
      },
    });
    const console = await signInAsUser(server, account, user);
    expect(
      (await console.post('/api/auth/switch-role', { account: account.accountId, roleName: 'First' })).status,
    ).toBe(204);
    // First's own policies do not allow sts:AssumeRole: only the user's do.
    expect(
      (await console.post('/api/auth/switch-role', { account: account.accountId, roleName: 'Second' }))
        .status,
    ).toBe(204);
    const who = (await console.get('/api/auth/whoami')).body;
    expect(who).toMatchObject({ type: 'assumed-role', role: { roleName: 'Second', sourceArn: user.arn } });
    // Not chained: the role's own MaxSessionDuration (2 hours), not one hour.
    const lasts = new Date(who.role.expiresAt).getTime() - server.clock.now().getTime();
    expect(lasts).toBeGreaterThan(3_600_000);
    expect((await console.post('/api/auth/switch-back', {})).status).toBe(204);
    expect((await console.get('/api/auth/whoami')).body.arn).toBe(user.arn);
  });

  it('refuses bad input in its own words', async () => {
    const account = await createTestAccount(server);
    const user = await createTestUser(server, account.accountId);
    const console = await signInAsUser(server, account, user);
    const bad = await console.post('/api/auth/switch-role', { account: 'Not An Account', roleName: 'x y' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('ValidationError');
  });
});
