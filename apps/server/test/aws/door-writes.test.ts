// The door's hottest writes (CreateUser, DeleteUser, AssumeRole) are single statements: each
// leaves exactly the rows and audit events it always did, and a refused one leaves none.
import {
  CreateAccessKeyCommand,
  CreateRoleCommand,
  CreateUserCommand,
  DeleteUserCommand,
  GetRoleCommand,
  GetUserCommand,
} from '@aws-sdk/client-iam';
import { AssumeRoleCommand } from '@aws-sdk/client-sts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allow } from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';
import { rootClients, userClients, type AwsClients } from './aws-clients.js';
import { ALREADY_EXISTS, DELETE_CONFLICT, failureOf } from './sdk-results.js';

let server: TestServer;
let root: AwsClients;
let accountId: string;

beforeAll(async () => {
  server = await startTestServer();
  const clients = await rootClients(server);
  root = clients;
  accountId = clients.account.accountId;
});
afterAll(() => server.close());

const eventsOf = (action: string, resource: string) =>
  server.deps.db.auditEvent.findMany({ where: { action, resource }, orderBy: { id: 'asc' } });

describe('CreateUser and DeleteUser', () => {
  it('writes the user and one audit event, and nothing more for a name already taken', async () => {
    const created = await root.iam.send(new CreateUserCommand({ UserName: 'Writer', Path: '/ops/' }));
    const arn = `arn:aws:iam::${accountId}:user/ops/Writer`;
    expect(created.User).toMatchObject({ UserName: 'Writer', Path: '/ops/', Arn: arn });
    expect(created.User?.CreateDate?.getTime()).toBe(Math.floor(server.clock.now().getTime() / 1000) * 1000);
    const row = await server.deps.db.user.findUniqueOrThrow({ where: { id: created.User!.UserId! } });
    expect(row).toMatchObject({ accountId, name: 'Writer', nameLower: 'writer', path: '/ops/' });
    expect(row.createdAt).toEqual(server.clock.now());
    expect(row.permissionsBoundaryId).toBeNull();
    const read = await root.iam.send(new GetUserCommand({ UserName: 'writer' }));
    expect(read.User).toEqual({ ...created.User, Tags: undefined, PermissionsBoundary: undefined });

    expect(await eventsOf('iam:CreateUser', arn)).toMatchObject([
      {
        accountId,
        principalArn: `arn:aws:iam::${accountId}:root`,
        result: 'Success',
        door: 'aws',
        accessKeyId: root.credentials.accessKeyId,
        sourceIp: '127.0.0.1',
        details: {
          userName: 'Writer',
          userId: row.id,
          path: '/ops/',
          tagKeys: [],
          permissionsBoundary: null,
        },
      },
    ]);

    expect(
      await failureOf(root.iam.send(new CreateUserCommand({ UserName: 'WRITER', Path: '/ops/' }))),
    ).toMatchObject(ALREADY_EXISTS);
    expect(await server.deps.db.user.count({ where: { accountId, nameLower: 'writer' } })).toBe(1);
    expect(await eventsOf('iam:CreateUser', arn)).toHaveLength(1);
  });

  it('deletes the user with one audit event, and refuses a user with a key without deleting anything', async () => {
    const made = await root.iam.send(new CreateUserCommand({ UserName: 'leaving' }));
    const arn = made.User!.Arn!;
    await root.iam.send(new DeleteUserCommand({ UserName: 'leaving' }));
    expect(await server.deps.db.user.findUnique({ where: { id: made.User!.UserId! } })).toBeNull();
    expect(await eventsOf('iam:DeleteUser', arn)).toMatchObject([
      {
        accountId,
        result: 'Success',
        door: 'aws',
        details: { userName: 'leaving', userId: made.User!.UserId, forced: false },
      },
    ]);

    const kept = await root.iam.send(new CreateUserCommand({ UserName: 'staying' }));
    await root.iam.send(new CreateAccessKeyCommand({ UserName: 'staying' }));
    const refused = await failureOf(root.iam.send(new DeleteUserCommand({ UserName: 'staying' })));
    expect(refused).toMatchObject(DELETE_CONFLICT);
    expect(await server.deps.db.user.findUnique({ where: { id: kept.User!.UserId! } })).not.toBeNull();
    expect(await eventsOf('iam:DeleteUser', kept.User!.Arn!)).toHaveLength(0);
  });
});

describe('AssumeRole', () => {
  it('writes the session row, the role’s last use and one audit event', async () => {
    const { user, sts } = await userClients(server, accountId, {
      inlinePolicies: { assume: allow('sts:AssumeRole') },
    });
    const role = await root.iam.send(
      new CreateRoleCommand({
        RoleName: 'writer-role',
        AssumeRolePolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { AWS: user.arn },
              Action: ['sts:AssumeRole', 'sts:TagSession'],
            },
          ],
        }),
      }),
    );
    const out = await sts.send(
      new AssumeRoleCommand({
        RoleArn: role.Role!.Arn!,
        RoleSessionName: 'nightly',
        DurationSeconds: 900,
        Tags: [{ Key: 'team', Value: 'ops' }],
        TransitiveTagKeys: ['team'],
      }),
    );
    const keyId = out.Credentials!.AccessKeyId!;
    const row = await server.deps.db.temporaryCredential.findUniqueOrThrow({ where: { id: keyId } });
    const now = server.clock.now();
    expect(row).toMatchObject({
      accountId,
      roleId: role.Role!.RoleId,
      userId: null,
      forRoot: false,
      sessionName: 'nightly',
      sessionPolicy: null,
      sessionPolicyArns: [],
      sessionTags: { team: 'ops' },
      transitiveTagKeys: ['team'],
      sourceIdentity: null,
      mfaAuthenticatedAt: null,
      chained: false,
      issuedTo: user.arn,
      issuedAt: now,
      expiresAt: new Date(now.getTime() + 900_000),
    });
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.secretEncrypted).not.toContain(out.Credentials!.SecretAccessKey!);

    const got = await root.iam.send(new GetRoleCommand({ RoleName: 'writer-role' }));
    expect(got.Role?.RoleLastUsed?.LastUsedDate?.getTime()).toBe(Math.floor(now.getTime() / 1000) * 1000);
    expect(await eventsOf('sts:AssumeRole', role.Role!.Arn!)).toMatchObject([
      {
        accountId,
        principalArn: user.arn,
        result: 'Success',
        door: 'aws',
        details: {
          roleArn: role.Role!.Arn,
          roleSessionName: 'nightly',
          sessionArn: `arn:aws:sts::${accountId}:assumed-role/writer-role/nightly`,
          durationSeconds: 900,
          sourceIdentity: null,
          tagKeys: ['team'],
          chained: false,
          mfa: false,
          temporaryAccessKeyId: keyId,
        },
      },
    ]);
  });

  it('records a cross-account session in both accounts', async () => {
    const other = await rootClients(server);
    const { user, sts } = await userClients(server, accountId, {
      inlinePolicies: { assume: allow('sts:AssumeRole') },
    });
    const role = await other.iam.send(
      new CreateRoleCommand({
        RoleName: 'visitor',
        AssumeRolePolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Principal: { AWS: accountId }, Action: 'sts:AssumeRole' }],
        }),
      }),
    );
    await sts.send(new AssumeRoleCommand({ RoleArn: role.Role!.Arn!, RoleSessionName: 'visit' }));
    const events = await eventsOf('sts:AssumeRole', role.Role!.Arn!);
    expect(events.map((e) => e.accountId).sort()).toEqual([accountId, other.account.accountId].sort());
    expect(events.find((e) => e.accountId === other.account.accountId)?.details).toMatchObject({
      callerAccount: accountId,
      roleSessionName: 'visit',
    });
    expect(events.every((e) => e.principalArn === user.arn)).toBe(true);
  });

  it('refuses a caller the trust policy does not name without writing a session', async () => {
    const { sts } = await userClients(server, accountId, {
      inlinePolicies: { assume: allow('sts:AssumeRole') },
    });
    const before = await server.deps.db.temporaryCredential.count();
    const refused = await failureOf(
      sts.send(
        new AssumeRoleCommand({
          RoleArn: `arn:aws:iam::${accountId}:role/writer-role`,
          RoleSessionName: 'sneaky',
        }),
      ),
    );
    expect(refused).toMatchObject({ code: 'AccessDenied', status: 403 });
    expect(await server.deps.db.temporaryCredential.count()).toBe(before);
  });
});
