import {
  CreateRoleCommand,
  GetRoleCommand,
  ListUsersCommand,
  PutRolePolicyCommand,
  type IAMClient,
} from '@aws-sdk/client-iam';
import {
  AssumeRoleCommand,
  GetAccessKeyInfoCommand,
  GetCallerIdentityCommand,
  GetSessionTokenCommand,
} from '@aws-sdk/client-sts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMfaDevice, codeAt } from '../credentials/credential-helpers.js';
import { createTestUser, signInAsRoot, signInAsUser, TEST_PASSWORD } from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';
import { awsClients, rootClients, userClients, type AwsCredentials } from './aws-clients.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const ALLOW_ALL = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
const LIST_USERS = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 'iam:ListUsers', Resource: '*' }],
};

function trust(principal: string, condition?: object) {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: principal },
        Action: ['sts:AssumeRole', 'sts:TagSession'],
        ...(condition ? { Condition: condition } : {}),
      },
    ],
  });
}

async function createRole(
  iam: IAMClient,
  name: string,
  trustPolicy: string,
  inline = LIST_USERS,
  max?: number,
) {
  const out = await iam.send(
    new CreateRoleCommand({
      RoleName: name,
      AssumeRolePolicyDocument: trustPolicy,
      ...(max ? { MaxSessionDuration: max } : {}),
    }),
  );
  await iam.send(
    new PutRolePolicyCommand({ RoleName: name, PolicyName: 'p', PolicyDocument: JSON.stringify(inline) }),
  );
  return out.Role!.Arn!;
}

function sessionCredentials(out: {
  Credentials?: { AccessKeyId?: string; SecretAccessKey?: string; SessionToken?: string };
}): AwsCredentials {
  return {
    accessKeyId: out.Credentials!.AccessKeyId!,
    secretAccessKey: out.Credentials!.SecretAccessKey!,
    sessionToken: out.Credentials!.SessionToken!,
  };
}

describe('sts:AssumeRole', () => {
  it('gives a user named by the trust policy a session that acts with the role policies only', async () => {
    const { account, iam } = await rootClients(server);
    const { user, sts } = await userClients(server, account.accountId);
    const roleArn = await createRole(iam, 'reader', trust(user.arn));
    const out = await sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'alice' }));
    expect(out.AssumedRoleUser?.Arn).toBe(`arn:aws:sts::${account.accountId}:assumed-role/reader/alice`);
    expect(out.AssumedRoleUser?.AssumedRoleId).toMatch(/^AROA[A-Z2-7]{17}:alice$/);
    expect(out.Credentials?.AccessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/);
    expect(out.Credentials?.Expiration!.getTime()).toBe(
      server.clock.now().getTime() - (server.clock.now().getTime() % 1000) + 3600_000,
    );

    const session = awsClients(server, sessionCredentials(out));
    const me = await session.sts.send(new GetCallerIdentityCommand({}));
    expect(me).toMatchObject({
      Arn: out.AssumedRoleUser?.Arn,
      UserId: out.AssumedRoleUser?.AssumedRoleId,
      Account: account.accountId,
    });
    await expect(session.iam.send(new ListUsersCommand({}))).resolves.toMatchObject({ IsTruncated: false });
    const err = await session.iam.send(new GetRoleCommand({ RoleName: 'reader' })).catch((e: unknown) => e);
    expect(err).toMatchObject({
      name: 'AccessDenied',
      message: `User: ${out.AssumedRoleUser?.Arn} is not authorized to perform: iam:GetRole on resource: ${roleArn} because no identity-based policy allows the iam:GetRole action`,
    });
    const role = await iam.send(new GetRoleCommand({ RoleName: 'reader' }));
    expect(role.Role?.RoleLastUsed?.LastUsedDate).toBeInstanceOf(Date);
  });

  it('refuses a caller the trust policy does not name, in AWS words', async () => {
    const { account, iam } = await rootClients(server);
    const { user, sts } = await userClients(server, account.accountId, {
      inlinePolicies: { all: ALLOW_ALL },
    });
    // A trust policy may only name a user that exists (AWS: "Invalid principal in policy").
    const other = await createTestUser(server, account.accountId, { name: 'someone-else' });
    const roleArn = await createRole(iam, 'locked', trust(other.arn));
    const err = await sts
      .send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'session' }))
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'AccessDenied', $metadata: { httpStatusCode: 403 } });
    expect((err as Error).message).toContain(
      `User: ${user.arn} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`,
    );
  });

  it('delegates a trust policy naming the account to the caller identity policies', async () => {
    const { account, iam } = await rootClients(server);
    const roleArn = await createRole(iam, 'delegated', trust(`arn:aws:iam::${account.accountId}:root`));
    const without = await userClients(server, account.accountId);
    await expect(
      without.sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'session' })),
    ).rejects.toMatchObject({ name: 'AccessDenied' });
    const allowed = await userClients(server, account.accountId, {
      inlinePolicies: {
        assume: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: roleArn }],
        },
      },
    });
    await expect(
      allowed.sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'session' })),
    ).resolves.toBeDefined();
  });

  it('crosses accounts when the trust policy trusts the other account and its policy allows', async () => {
    const a = await rootClients(server);
    const b = await rootClients(server);
    const roleArn = await createRole(b.iam, 'audit', trust(`arn:aws:iam::${a.account.accountId}:root`));
    const { sts } = await userClients(server, a.account.accountId, {
      inlinePolicies: {
        assume: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: roleArn }],
        },
      },
    });
    const out = await sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'infosec' }));
    const session = awsClients(server, sessionCredentials(out));
    const me = await session.sts.send(new GetCallerIdentityCommand({}));
    expect(me.Account).toBe(b.account.accountId);
    // A user of another account without an allow is refused, even though B trusts A.
    const other = await userClients(server, a.account.accountId);
    await expect(
      other.sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'xx' })),
    ).rejects.toMatchObject({ name: 'AccessDenied' });
  });

  it('checks sts:ExternalId, the role MaxSessionDuration and role chaining (at most one hour)', async () => {
    const { account, iam } = await rootClients(server);
    const { user, sts } = await userClients(server, account.accountId, {
      inlinePolicies: { all: ALLOW_ALL },
    });
    const roleArn = await createRole(
      iam,
      'vendor',
      trust(user.arn, { StringEquals: { 'sts:ExternalId': 'x-123' } }),
      ALLOW_ALL,
      7200,
    );
    await expect(
      sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'session' })),
    ).rejects.toMatchObject({ name: 'AccessDenied' });
    await expect(
      sts.send(
        new AssumeRoleCommand({
          RoleArn: roleArn,
          RoleSessionName: 'session',
          ExternalId: 'x-123',
          DurationSeconds: 10800,
        }),
      ),
    ).rejects.toMatchObject({
      name: 'ValidationError',
      message: 'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
    });
    const first = await sts.send(
      new AssumeRoleCommand({
        RoleArn: roleArn,
        RoleSessionName: 'session',
        ExternalId: 'x-123',
        DurationSeconds: 7200,
      }),
    );
    const session = awsClients(server, sessionCredentials(first));
    const chainedArn = await createRole(iam, 'next', trust(roleArn));
    await expect(
      session.sts.send(
        new AssumeRoleCommand({ RoleArn: chainedArn, RoleSessionName: 'chain', DurationSeconds: 7200 }),
      ),
    ).rejects.toMatchObject({
      name: 'ValidationError',
      message:
        'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.',
    });
    const chained = await session.sts.send(
      new AssumeRoleCommand({ RoleArn: chainedArn, RoleSessionName: 'chain' }),
    );
    expect(chained.AssumedRoleUser?.Arn).toBe(`arn:aws:sts::${account.accountId}:assumed-role/next/chain`);
  });

  it('narrows a session with a session policy and reports PackedPolicySize', async () => {
    const { account, iam } = await rootClients(server);
    const { user, sts } = await userClients(server, account.accountId);
    const roleArn = await createRole(iam, 'wide', trust(user.arn), ALLOW_ALL);
    const out = await sts.send(
      new AssumeRoleCommand({
        RoleArn: roleArn,
        RoleSessionName: 'narrow',
        Policy: JSON.stringify(LIST_USERS),
      }),
    );
    expect(out.PackedPolicySize).toBeGreaterThan(0);
    const session = awsClients(server, sessionCredentials(out));
    await expect(session.iam.send(new ListUsersCommand({}))).resolves.toBeDefined();
    await expect(session.iam.send(new GetRoleCommand({ RoleName: 'wide' }))).rejects.toMatchObject({
      name: 'AccessDenied',
    });
    await expect(
      sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'bad', Policy: '{"Version":' })),
    ).rejects.toMatchObject({ name: 'MalformedPolicyDocumentException', $metadata: { httpStatusCode: 400 } });
  });

  it('passes session tags as aws:PrincipalTag and refuses an expired session with ExpiredToken', async () => {
    const { account, iam } = await rootClients(server);
    const { user, sts } = await userClients(server, account.accountId);
    const byTag = {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: 'iam:ListUsers',
          Resource: '*',
          Condition: { StringEquals: { 'aws:PrincipalTag/team': 'ops' } },
        },
      ],
    };
    const roleArn = await createRole(iam, 'tagged', trust(user.arn), byTag);
    const ops = await sts.send(
      new AssumeRoleCommand({
        RoleArn: roleArn,
        RoleSessionName: 'ops',
        Tags: [{ Key: 'team', Value: 'ops' }],
        DurationSeconds: 900,
      }),
    );
    const dev = await sts.send(
      new AssumeRoleCommand({
        RoleArn: roleArn,
        RoleSessionName: 'dev',
        Tags: [{ Key: 'team', Value: 'dev' }],
      }),
    );
    await expect(
      awsClients(server, sessionCredentials(ops)).iam.send(new ListUsersCommand({})),
    ).resolves.toBeDefined();
    await expect(
      awsClients(server, sessionCredentials(dev)).iam.send(new ListUsersCommand({})),
    ).rejects.toMatchObject({ name: 'AccessDenied' });
    server.clock.advance(901_000);
    await expect(
      awsClients(server, sessionCredentials(ops)).sts.send(new GetCallerIdentityCommand({})),
    ).rejects.toMatchObject({
      name: 'ExpiredToken',
      $metadata: { httpStatusCode: 403 },
    });
  });

  it('refuses the root user', async () => {
    const { account, iam, sts } = await rootClients(server);
    const roleArn = await createRole(iam, 'r', trust(`arn:aws:iam::${account.accountId}:root`));
    await expect(
      sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'session' })),
    ).rejects.toMatchObject({
      name: 'AccessDenied',
      message: 'Roles may not be assumed by root accounts.',
    });
  });
});

describe('sts:GetSessionToken and GetAccessKeyInfo', () => {
  it('issues session credentials that act as the user, and tells a key account', async () => {
    const { account } = await rootClients(server);
    const { user, sts, credentials } = await userClients(server, account.accountId, {
      inlinePolicies: { all: ALLOW_ALL },
    });
    const out = await sts.send(new GetSessionTokenCommand({ DurationSeconds: 900 }));
    const session = awsClients(server, sessionCredentials(out));
    await expect(session.sts.send(new GetCallerIdentityCommand({}))).resolves.toMatchObject({
      Arn: user.arn,
    });
    await expect(session.sts.send(new GetSessionTokenCommand({}))).rejects.toMatchObject({
      name: 'AccessDenied',
    });
    // Without MFA, GetSessionToken credentials may not call IAM at all (AWS's rule).
    await expect(session.iam.send(new ListUsersCommand({}))).rejects.toMatchObject({
      name: 'AccessDenied',
      message:
        'You cannot call any IAM API operations unless MFA authentication information is included in the request.',
    });
    const info = await sts.send(new GetAccessKeyInfoCommand({ AccessKeyId: credentials.accessKeyId }));
    expect(info.Account).toBe(account.accountId);
  });
});

describe('revoking a role active sessions', () => {
  it('denies sessions issued before the revocation and not those issued after', async () => {
    const { account, iam } = await rootClients(server);
    const { user, sts } = await userClients(server, account.accountId);
    const roleArn = await createRole(iam, 'revocable', trust(user.arn));
    const before = await sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'before' }));
    const old = awsClients(server, sessionCredentials(before));
    await expect(old.iam.send(new ListUsersCommand({}))).resolves.toBeDefined();
    server.clock.advance(2000);
    const root = await signInAsRoot(server, account);
    expect((await root.post('/api/roles/revocable/revoke-sessions', {})).status).toBe(200);
    await expect(old.iam.send(new ListUsersCommand({}))).rejects.toMatchObject({
      name: 'AccessDenied',
      message: expect.stringContaining('with an explicit deny in an identity-based policy'),
    });
    server.clock.advance(1000);
    const after = await sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'after' }));
    await expect(
      awsClients(server, sessionCredentials(after)).iam.send(new ListUsersCommand({})),
    ).resolves.toBeDefined();
  });
});

describe('MFA-authenticated sessions', () => {
  it('requires a valid code for a role whose trust policy demands MFA, and throttles guesses', async () => {
    const { account, iam } = await rootClients(server);
    const selfMfa = {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: ['iam:CreateVirtualMFADevice', 'iam:EnableMFADevice'], Resource: '*' },
        {
          Effect: 'Allow',
          Action: 'iam:ListUsers',
          Resource: '*',
          Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
        },
      ],
    };
    const { user, sts, credentials } = await userClients(server, account.accountId, {
      password: TEST_PASSWORD,
      inlinePolicies: { mfa: selfMfa },
    });
    const console = await signInAsUser(server, account, user);
    const { serialNumber, seed } = await addMfaDevice(server, console, '/self', 'phone');
    const roleArn = await createRole(
      iam,
      'mfa-only',
      trust(user.arn, { Bool: { 'aws:MultiFactorAuthPresent': 'true' } }),
    );
    await expect(
      sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'nomfa' })),
    ).rejects.toMatchObject({
      name: 'AccessDenied',
    });
    server.clock.advance(60_000);
    const out = await sts.send(
      new AssumeRoleCommand({
        RoleArn: roleArn,
        RoleSessionName: 'mfa',
        SerialNumber: serialNumber,
        TokenCode: codeAt(server, seed),
      }),
    );
    expect(out.AssumedRoleUser?.Arn).toContain('assumed-role/mfa-only/mfa');
    // The same code is never accepted twice.
    await expect(
      sts.send(
        new AssumeRoleCommand({
          RoleArn: roleArn,
          RoleSessionName: 'again',
          SerialNumber: serialNumber,
          TokenCode: codeAt(server, seed),
        }),
      ),
    ).rejects.toMatchObject({ name: 'AccessDenied' });
    // Guessing is throttled after a few wrong codes.
    const guesses: string[] = [];
    for (let i = 0; i < 8; i++) {
      const err = await sts
        .send(
          new AssumeRoleCommand({
            RoleArn: roleArn,
            RoleSessionName: 'guess',
            SerialNumber: serialNumber,
            TokenCode: '000000',
          }),
        )
        .catch((e: { name: string }) => e.name);
      guesses.push(String(err));
    }
    expect(guesses).toContain('Throttling');
    // GetSessionToken with MFA gives credentials that may call IAM.
    server.clock.advance(600_000);
    const session = await awsClients(server, credentials).sts.send(
      new GetSessionTokenCommand({ SerialNumber: serialNumber, TokenCode: codeAt(server, seed) }),
    );
    const mfaSession = awsClients(server, sessionCredentials(session));
    await expect(mfaSession.sts.send(new GetCallerIdentityCommand({}))).resolves.toMatchObject({
      Arn: user.arn,
    });
    await expect(mfaSession.iam.send(new ListUsersCommand({}))).resolves.toBeDefined();
    await expect(awsClients(server, credentials).iam.send(new ListUsersCommand({}))).rejects.toMatchObject({
      name: 'AccessDenied',
    });
  });
});
