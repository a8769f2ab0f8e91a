import {
  CreateAccessKeyCommand,
  CreateRoleCommand,
  CreateUserCommand,
  DeleteAccessKeyCommand,
  GetAccessKeyLastUsedCommand,
  ListAccessKeysCommand,
  ListMFADevicesCommand,
  PutRolePolicyCommand,
  UpdateAccessKeyCommand,
} from '@aws-sdk/client-iam';
import { AssumeRoleCommand, GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALLOW_ALL } from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';
import { awsClients, rootClients, userClients } from './aws-clients.js';
import { allPages, failureOf } from './sdk-results.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const KEY_ID = /^AKIA[A-Z2-7]{16}$/;

describe('access keys through the AWS door', () => {
  it('creates a key whose secret is shown once and signs requests as its user', async () => {
    const { iam, account } = await rootClients(server);
    await iam.send(new CreateUserCommand({ UserName: 'deployer', Path: '/ci/' }));
    const created = await iam.send(new CreateAccessKeyCommand({ UserName: 'deployer' }));
    expect(created.AccessKey).toEqual({
      UserName: 'deployer',
      AccessKeyId: expect.stringMatching(KEY_ID),
      Status: 'Active',
      SecretAccessKey: expect.stringMatching(/^[A-Za-z0-9+/]{40}$/),
      CreateDate: expect.any(Date),
    });
    const { AccessKeyId: accessKeyId, SecretAccessKey: secretAccessKey } = created.AccessKey!;
    const signed = awsClients(server, { accessKeyId: accessKeyId!, secretAccessKey: secretAccessKey! });
    const identity = await signed.sts.send(new GetCallerIdentityCommand({}));
    expect(identity).toMatchObject({
      Account: account.accountId,
      Arn: `arn:aws:iam::${account.accountId}:user/ci/deployer`,
    });

    const listed = await iam.send(new ListAccessKeysCommand({ UserName: 'deployer' }));
    expect(listed.AccessKeyMetadata).toEqual([
      { UserName: 'deployer', AccessKeyId: accessKeyId, Status: 'Active', CreateDate: expect.any(Date) },
    ]);
    expect(listed.IsTruncated).toBe(false);
  });

  it('keeps two keys per user, pages them, deactivates and deletes them', async () => {
    const { iam } = await rootClients(server);
    await iam.send(new CreateUserCommand({ UserName: 'builder' }));
    const first = (await iam.send(new CreateAccessKeyCommand({ UserName: 'builder' }))).AccessKey!;
    server.clock.advanceSeconds(1);
    const second = (await iam.send(new CreateAccessKeyCommand({ UserName: 'builder' }))).AccessKey!;
    expect(await failureOf(iam.send(new CreateAccessKeyCommand({ UserName: 'builder' })))).toMatchObject({
      name: 'LimitExceededException',
      status: 409,
    });

    const paged = await allPages(
      (Marker) => iam.send(new ListAccessKeysCommand({ UserName: 'builder', MaxItems: 1, Marker })),
      (p) => p.AccessKeyMetadata?.map((k) => k.AccessKeyId),
    );
    expect(paged.pages).toEqual([[first.AccessKeyId], [second.AccessKeyId]]);
    expect(paged.truncated).toEqual([true, false]);

    await iam.send(
      new UpdateAccessKeyCommand({ UserName: 'builder', AccessKeyId: first.AccessKeyId, Status: 'Inactive' }),
    );
    const inactive = awsClients(server, {
      accessKeyId: first.AccessKeyId!,
      secretAccessKey: first.SecretAccessKey!,
    });
    expect(await failureOf(inactive.sts.send(new GetCallerIdentityCommand({})))).toMatchObject({
      name: 'InvalidClientTokenId',
      status: 403,
    });
    const listed = await iam.send(new ListAccessKeysCommand({ UserName: 'builder' }));
    expect(listed.AccessKeyMetadata?.map((k) => k.Status)).toEqual(['Inactive', 'Active']);
    expect(
      await failureOf(
        iam.send(
          new UpdateAccessKeyCommand({
            UserName: 'builder',
            AccessKeyId: first.AccessKeyId,
            Status: 'Paused' as 'Active',
          }),
        ),
      ),
    ).toMatchObject({ name: 'ValidationError', status: 400 });

    await iam.send(new DeleteAccessKeyCommand({ UserName: 'builder', AccessKeyId: first.AccessKeyId }));
    const left = await iam.send(new ListAccessKeysCommand({ UserName: 'builder' }));
    expect(left.AccessKeyMetadata?.map((k) => k.AccessKeyId)).toEqual([second.AccessKeyId]);
    expect(
      await failureOf(
        iam.send(new DeleteAccessKeyCommand({ UserName: 'builder', AccessKeyId: first.AccessKeyId })),
      ),
    ).toMatchObject({ name: 'NoSuchEntityException', status: 404 });
    expect(await failureOf(iam.send(new ListAccessKeysCommand({ UserName: 'nobody' })))).toMatchObject({
      name: 'NoSuchEntityException',
      status: 404,
    });
  });

  it("acts on the caller's own keys without UserName, the root user's included", async () => {
    const { iam: root, account } = await rootClients(server);
    const rootKey = (await root.send(new CreateAccessKeyCommand({}))).AccessKey!;
    expect(rootKey.UserName).toBeUndefined();
    expect(rootKey.AccessKeyId).toMatch(KEY_ID);
    const rootKeys = await root.send(new ListAccessKeysCommand({}));
    expect(rootKeys.AccessKeyMetadata?.map((k) => k.AccessKeyId)).toContain(rootKey.AccessKeyId);

    const selfService = {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: ['iam:CreateAccessKey', 'iam:ListAccessKeys', 'iam:GetAccessKeyLastUsed'],
          Resource: 'arn:aws:iam::*:user/${aws:username}',
        },
      ],
    };
    const { iam, user } = await userClients(server, account.accountId, { inlinePolicies: { selfService } });
    const own = (await iam.send(new CreateAccessKeyCommand({}))).AccessKey!;
    expect(own.UserName).toBe(user.name);
    const ownKeys = await iam.send(new ListAccessKeysCommand({}));
    expect(ownKeys.AccessKeyMetadata).toHaveLength(2);
    expect(ownKeys.AccessKeyMetadata?.every((k) => k.UserName === user.name)).toBe(true);
    // Someone else's keys, and the root user's, stay out of reach.
    expect(await failureOf(iam.send(new ListAccessKeysCommand({ UserName: 'deployer' })))).toMatchObject({
      name: 'AccessDenied',
      status: 403,
    });
    expect(
      await failureOf(iam.send(new GetAccessKeyLastUsedCommand({ AccessKeyId: rootKey.AccessKeyId }))),
    ).toMatchObject({ name: 'AccessDenied', status: 403 });
  });

  it('asks a role session to name the user, never reaching the root user’s keys', async () => {
    const { iam, account } = await rootClients(server);
    const { user, sts } = await userClients(server, account.accountId, {
      inlinePolicies: { all: ALLOW_ALL },
    });
    const trust = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { AWS: user.arn }, Action: 'sts:AssumeRole' }],
    };
    const role = await iam.send(
      new CreateRoleCommand({ RoleName: 'admin', AssumeRolePolicyDocument: JSON.stringify(trust) }),
    );
    await iam.send(
      new PutRolePolicyCommand({
        RoleName: 'admin',
        PolicyName: 'all',
        PolicyDocument: JSON.stringify(ALLOW_ALL),
      }),
    );
    const assumed = await sts.send(
      new AssumeRoleCommand({ RoleArn: role.Role!.Arn, RoleSessionName: 'ops' }),
    );
    const c = assumed.Credentials!;
    const session = awsClients(server, {
      accessKeyId: c.AccessKeyId!,
      secretAccessKey: c.SecretAccessKey!,
      sessionToken: c.SessionToken!,
    });
    for (const call of [
      () => session.iam.send(new CreateAccessKeyCommand({})),
      () => session.iam.send(new ListAccessKeysCommand({})),
      () => session.iam.send(new ListMFADevicesCommand({})),
    ]) {
      expect(await failureOf(call())).toMatchObject({
        name: 'ValidationError',
        status: 400,
        message: 'Must specify userName when calling with non-User credentials',
      });
    }
    expect(
      await server.deps.db.accessKey.count({ where: { accountId: account.accountId, userId: null } }),
    ).toBe(1);
    const named = await session.iam.send(new ListAccessKeysCommand({ UserName: user.name }));
    expect(named.AccessKeyMetadata).toHaveLength(1);
  });

  it('reports when, where and for which service a key was last used', async () => {
    const { iam } = await rootClients(server);
    await iam.send(new CreateUserCommand({ UserName: 'reporter' }));
    const key = (await iam.send(new CreateAccessKeyCommand({ UserName: 'reporter' }))).AccessKey!;
    const never = await iam.send(new GetAccessKeyLastUsedCommand({ AccessKeyId: key.AccessKeyId }));
    expect(never.UserName).toBe('reporter');
    expect(never.AccessKeyLastUsed).toEqual({ ServiceName: 'N/A', Region: 'N/A' });

    const signed = awsClients(server, {
      accessKeyId: key.AccessKeyId!,
      secretAccessKey: key.SecretAccessKey!,
    });
    await signed.sts.send(new GetCallerIdentityCommand({}));
    const used = await iam.send(new GetAccessKeyLastUsedCommand({ AccessKeyId: key.AccessKeyId }));
    expect(used).toMatchObject({
      UserName: 'reporter',
      AccessKeyLastUsed: { LastUsedDate: expect.any(Date), ServiceName: 'sts', Region: 'us-east-1' },
    });
    expect(
      await failureOf(iam.send(new GetAccessKeyLastUsedCommand({ AccessKeyId: 'AKIAAAAAAAAAAAAAAAAA' }))),
    ).toMatchObject({ name: 'NoSuchEntityException', status: 404 });
  });

  it('refuses an IAM user without policies in AWS words', async () => {
    const { account } = await rootClients(server);
    const { iam, user } = await userClients(server, account.accountId);
    expect(await failureOf(iam.send(new CreateAccessKeyCommand({})))).toMatchObject({
      name: 'AccessDenied',
      status: 403,
      message: `User: ${user.arn} is not authorized to perform: iam:CreateAccessKey on resource: ${user.arn} because no identity-based policy allows the iam:CreateAccessKey action`,
    });
    for (const call of [
      () => iam.send(new ListAccessKeysCommand({})),
      () => iam.send(new UpdateAccessKeyCommand({ AccessKeyId: 'AKIAAAAAAAAAAAAAAAAA', Status: 'Inactive' })),
      () => iam.send(new DeleteAccessKeyCommand({ AccessKeyId: 'AKIAAAAAAAAAAAAAAAAA' })),
      () => iam.send(new GetAccessKeyLastUsedCommand({ AccessKeyId: 'AKIAAAAAAAAAAAAAAAAA' })),
    ]) {
      expect(await failureOf(call())).toMatchObject({ name: 'AccessDenied', status: 403 });
    }
  });
});
