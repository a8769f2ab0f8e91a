// AWS lets UserName default to the caller on CreateLoginProfile, GetLoginProfile,
// DeleteLoginProfile and DeactivateMFADevice (an IAM user acts on itself, authorised on its own
// ARN); the root user may omit it only in an AssumeRoot session and a role session is no user.
import {
  CreateAccessKeyCommand,
  CreateLoginProfileCommand,
  CreateRoleCommand,
  CreateVirtualMFADeviceCommand,
  DeactivateMFADeviceCommand,
  DeleteLoginProfileCommand,
  EnableMFADeviceCommand,
  GetLoginProfileCommand,
  ListMFADevicesCommand,
  PutRolePolicyCommand,
  UpdateAccessKeyCommand,
  type IAMClient,
} from '@aws-sdk/client-iam';
import { AssumeRoleCommand } from '@aws-sdk/client-sts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeAt } from '../credentials/credential-helpers.js';
import { allow, TEST_PASSWORD } from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';
import { awsClients, rootClients, userClients } from './aws-clients.js';
import { failureOf, INVALID_INPUT, NO_SUCH_ENTITY, sendAny, VALIDATION_ERROR } from './sdk-results.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const OWN = 'arn:aws:iam::*:user/${aws:username}';
const SELF_SERVICE = allow(
  ['iam:CreateLoginProfile', 'iam:GetLoginProfile', 'iam:DeleteLoginProfile', 'iam:DeactivateMFADevice'],
  OWN,
);
const NON_USER = {
  ...VALIDATION_ERROR,
  message: 'Must specify userName when calling with non-User credentials',
};

/** A virtual MFA device the root user creates and enables for `userName`. */
async function enabledDevice(root: IAMClient, userName: string): Promise<string> {
  const out = await root.send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: `${userName}-mfa` }));
  const serialNumber = out.VirtualMFADevice!.SerialNumber!;
  const seed = Buffer.from(out.VirtualMFADevice!.Base32StringSeed!).toString('ascii');
  await root.send(
    new EnableMFADeviceCommand({
      UserName: userName,
      SerialNumber: serialNumber,
      AuthenticationCode1: codeAt(server, seed, -1),
      AuthenticationCode2: codeAt(server, seed, 0),
    }),
  );
  return serialNumber;
}

describe('UserName defaults to the calling IAM user', () => {
  it('lets a user create, read and delete its own console password and deactivate its own MFA device', async () => {
    const { account, iam: root } = await rootClients(server);
    const { user, iam } = await userClients(server, account.accountId, {
      password: null,
      inlinePolicies: { self: SELF_SERVICE },
    });
    // Another user's password is out of reach of the same calls.
    const { user: other } = await userClients(server, account.accountId);

    expect(await failureOf(iam.send(new GetLoginProfileCommand({})))).toMatchObject({
      ...NO_SUCH_ENTITY,
      message: `The login profile for user ${user.name} cannot be found`,
    });
    const created = await iam.send(
      new CreateLoginProfileCommand({ Password: TEST_PASSWORD, PasswordResetRequired: true }),
    );
    expect(created.LoginProfile).toEqual({
      UserName: user.name,
      CreateDate: expect.any(Date),
      PasswordResetRequired: true,
    });
    expect((await iam.send(new GetLoginProfileCommand({}))).LoginProfile).toEqual(created.LoginProfile);
    expect((await root.send(new GetLoginProfileCommand({ UserName: user.name }))).LoginProfile).toEqual(
      created.LoginProfile,
    );

    await iam.send(new DeleteLoginProfileCommand({}));
    expect(await failureOf(root.send(new GetLoginProfileCommand({ UserName: user.name })))).toMatchObject(
      NO_SUCH_ENTITY,
    );
    // The other user's password was never touched.
    expect(
      (await root.send(new GetLoginProfileCommand({ UserName: other.name }))).LoginProfile,
    ).toMatchObject({
      UserName: other.name,
    });

    const serialNumber = await enabledDevice(root, user.name);
    await iam.send(new DeactivateMFADeviceCommand({ SerialNumber: serialNumber }));
    expect((await root.send(new ListMFADevicesCommand({ UserName: user.name }))).MFADevices).toEqual([]);
  });

  it('still requires a password to create one', async () => {
    const { account } = await rootClients(server);
    const { iam } = await userClients(server, account.accountId, {
      password: null,
      inlinePolicies: { self: SELF_SERVICE },
    });
    expect(await failureOf(iam.send(new CreateLoginProfileCommand({})))).toEqual({
      ...VALIDATION_ERROR,
      message:
        "1 validation error detected: Value null at 'password' failed to satisfy constraint: Member must not be null",
    });
    expect(await failureOf(iam.send(new GetLoginProfileCommand({})))).toMatchObject(NO_SUCH_ENTITY);
  });

  it("is authorised on the caller's own ARN: without the right, AccessDenied names it", async () => {
    const { account, iam: root } = await rootClients(server);
    const { user, iam } = await userClients(server, account.accountId);
    const serialNumber = await enabledDevice(root, user.name);
    const denied = (action: string) => ({
      name: 'AccessDenied',
      status: 403,
      message: `User: ${user.arn} is not authorized to perform: iam:${action} on resource: ${user.arn} because no identity-based policy allows the iam:${action} action`,
    });
    expect(await failureOf(iam.send(new GetLoginProfileCommand({})))).toMatchObject(
      denied('GetLoginProfile'),
    );
    expect(
      await failureOf(iam.send(new CreateLoginProfileCommand({ Password: 'Fresh-Horse-42' }))),
    ).toMatchObject(denied('CreateLoginProfile'));
    expect(await failureOf(iam.send(new DeleteLoginProfileCommand({})))).toMatchObject(
      denied('DeleteLoginProfile'),
    );
    expect(
      await failureOf(iam.send(new DeactivateMFADeviceCommand({ SerialNumber: serialNumber }))),
    ).toMatchObject(denied('DeactivateMFADevice'));
    // Nothing changed.
    expect((await root.send(new GetLoginProfileCommand({ UserName: user.name }))).LoginProfile).toBeDefined();
    expect((await root.send(new ListMFADevicesCommand({ UserName: user.name }))).MFADevices).toHaveLength(1);
  });

  it('makes the root user and a role session name the user', async () => {
    const { account, iam: root } = await rootClients(server);
    const { user: owner } = await userClients(server, account.accountId);
    const serialNumber = await enabledDevice(root, owner.name);
    const { user, sts } = await userClients(server, account.accountId, {
      inlinePolicies: { assume: allow('sts:AssumeRole') },
    });
    const role = await root.send(
      new CreateRoleCommand({
        RoleName: 'helper',
        AssumeRolePolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Principal: { AWS: user.arn }, Action: 'sts:AssumeRole' }],
        }),
      }),
    );
    await root.send(
      new PutRolePolicyCommand({
        RoleName: 'helper',
        PolicyName: 'all-iam',
        PolicyDocument: JSON.stringify(allow('iam:*')),
      }),
    );
    const session = await sts.send(
      new AssumeRoleCommand({ RoleArn: role.Role!.Arn, RoleSessionName: 'ops' }),
    );
    const { iam: roleIam } = awsClients(server, {
      accessKeyId: session.Credentials!.AccessKeyId!,
      secretAccessKey: session.Credentials!.SecretAccessKey!,
      sessionToken: session.Credentials!.SessionToken!,
    });
    for (const iam of [root, roleIam]) {
      expect(await failureOf(iam.send(new GetLoginProfileCommand({})))).toEqual(NON_USER);
      expect(await failureOf(iam.send(new CreateLoginProfileCommand({ Password: TEST_PASSWORD })))).toEqual(
        NON_USER,
      );
      expect(await failureOf(iam.send(new DeleteLoginProfileCommand({})))).toEqual(NON_USER);
      expect(
        await failureOf(iam.send(new DeactivateMFADeviceCommand({ SerialNumber: serialNumber }))),
      ).toEqual(NON_USER);
    }
    // The device is still enabled for its user, and the root user has none of its own.
    expect((await root.send(new ListMFADevicesCommand({ UserName: owner.name }))).MFADevices).toEqual([
      { UserName: owner.name, SerialNumber: serialNumber, EnableDate: expect.any(Date) },
    ]);
    expect((await root.send(new ListMFADevicesCommand({}))).MFADevices).toEqual([]);
  });
});

describe('what the newer model admits and the door refuses', () => {
  it('refuses AssumeRole with ProvidedContexts, as a context assertion no trusted provider made', async () => {
    const { account, iam: root } = await rootClients(server);
    const { user, sts } = await userClients(server, account.accountId, {
      inlinePolicies: { assume: allow('sts:AssumeRole') },
    });
    const role = await root.send(
      new CreateRoleCommand({
        RoleName: 'contextual',
        AssumeRolePolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Principal: { AWS: user.arn }, Action: ['sts:AssumeRole', 'sts:SetContext'] },
          ],
        }),
      }),
    );
    expect(
      await failureOf(
        sts.send(
          new AssumeRoleCommand({
            RoleArn: role.Role!.Arn,
            RoleSessionName: 'ctx',
            ProvidedContexts: [
              {
                ProviderArn: 'arn:aws:iam::aws:contextProvider/IdentityCenter',
                ContextAssertion: 'assertion',
              },
            ],
          }),
        ),
      ),
    ).toEqual({
      name: 'InvalidContextAssertionException',
      code: 'InvalidContextAssertion',
      status: 400,
      message:
        'ProvidedContexts is not supported: no trusted context provider is configured, so the context assertion cannot be verified',
    });
  });

  it('still refuses a session policy past 2,048 characters as the model used to', async () => {
    const { account, iam: root } = await rootClients(server);
    const { user, sts } = await userClients(server, account.accountId, {
      inlinePolicies: { assume: allow('sts:AssumeRole') },
    });
    const role = await root.send(
      new CreateRoleCommand({
        RoleName: 'scoped',
        AssumeRolePolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Principal: { AWS: user.arn }, Action: 'sts:AssumeRole' }],
        }),
      }),
    );
    const policy = JSON.stringify(
      allow(
        's3:GetObject',
        Array.from({ length: 60 }, (_, i) => `arn:aws:s3:::bucket-number-${i}/*`),
      ),
    );
    expect(policy.length).toBeGreaterThan(2048);
    expect(
      await failureOf(
        sts.send(new AssumeRoleCommand({ RoleArn: role.Role!.Arn, RoleSessionName: 'big', Policy: policy })),
      ),
    ).toEqual({
      ...VALIDATION_ERROR,
      message: `1 validation error detected: Value '${policy}' at 'policy' failed to satisfy constraint: Member must have length less than or equal to 2048`,
    });
  });

  it('refuses UpdateAccessKey to Expired (a status only service-specific credentials reach)', async () => {
    const { iam } = await rootClients(server);
    const key = await iam.send(new CreateAccessKeyCommand({}));
    expect(
      await failureOf(
        sendAny(
          iam,
          new UpdateAccessKeyCommand({
            AccessKeyId: key.AccessKey!.AccessKeyId,
            Status: 'Expired' as 'Active',
          }),
        ),
      ),
    ).toMatchObject(INVALID_INPUT);
  });
});
