import {
  ChangePasswordCommand,
  CreateLoginProfileCommand,
  CreateUserCommand,
  DeleteLoginProfileCommand,
  GetLoginProfileCommand,
  UpdateLoginProfileCommand,
} from '@aws-sdk/client-iam';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allow, signInAsUser, TEST_PASSWORD } from '../harness/fixtures.js';
import { ApiClient } from '../harness/api-client.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';
import { rootClients, userClients } from './aws-clients.js';
import { failureOf } from './sdk-results.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const NEW_PASSWORD = 'Another-Horse-7';

async function consoleSignIn(accountId: string, userName: string, password: string): Promise<number> {
  const res = await new ApiClient(server.baseUrl).post('/api/auth/signin/iam', {
    account: accountId,
    userName,
    password,
  });
  return res.status;
}

describe('login profiles through the AWS door', () => {
  it('creates, reads, updates and deletes a console password as AWS does', async () => {
    const { iam, account } = await rootClients(server);
    await iam.send(new CreateUserCommand({ UserName: 'operator' }));
    const created = await iam.send(
      new CreateLoginProfileCommand({
        UserName: 'operator',
        Password: TEST_PASSWORD,
        PasswordResetRequired: true,
      }),
    );
    expect(created.LoginProfile).toEqual({
      UserName: 'operator',
      CreateDate: expect.any(Date),
      PasswordResetRequired: true,
    });
    expect(
      await failureOf(
        iam.send(new CreateLoginProfileCommand({ UserName: 'operator', Password: NEW_PASSWORD })),
      ),
    ).toMatchObject({ name: 'EntityAlreadyExistsException', status: 409 });
    // Refused as a create, the password stayed as it was.
    expect(await consoleSignIn(account.accountId, 'operator', TEST_PASSWORD)).toBe(200);

    const got = await iam.send(new GetLoginProfileCommand({ UserName: 'operator' }));
    expect(got.LoginProfile).toEqual(created.LoginProfile);

    await iam.send(
      new UpdateLoginProfileCommand({
        UserName: 'operator',
        Password: NEW_PASSWORD,
        PasswordResetRequired: false,
      }),
    );
    expect((await iam.send(new GetLoginProfileCommand({ UserName: 'operator' }))).LoginProfile).toMatchObject(
      {
        PasswordResetRequired: false,
      },
    );
    expect(await consoleSignIn(account.accountId, 'operator', NEW_PASSWORD)).toBe(200);

    await iam.send(new DeleteLoginProfileCommand({ UserName: 'operator' }));
    for (const call of [
      () => iam.send(new GetLoginProfileCommand({ UserName: 'operator' })),
      () => iam.send(new UpdateLoginProfileCommand({ UserName: 'operator', PasswordResetRequired: true })),
      () => iam.send(new DeleteLoginProfileCommand({ UserName: 'operator' })),
      () => iam.send(new CreateLoginProfileCommand({ UserName: 'nobody', Password: TEST_PASSWORD })),
    ]) {
      expect(await failureOf(call())).toMatchObject({ name: 'NoSuchEntityException', status: 404 });
    }
    expect(await consoleSignIn(account.accountId, 'operator', NEW_PASSWORD)).toBe(401);
  });

  it('holds passwords to the account password policy', async () => {
    const { iam } = await rootClients(server);
    await iam.send(new CreateUserCommand({ UserName: 'weak' }));
    expect(
      await failureOf(iam.send(new CreateLoginProfileCommand({ UserName: 'weak', Password: 'short' }))),
    ).toMatchObject({ name: 'PasswordPolicyViolationException', status: 400 });
    expect(
      await failureOf(iam.send(new CreateLoginProfileCommand({ UserName: 'weak', Password: '' }))),
    ).toMatchObject({ name: 'ValidationError', status: 400 });
    await iam.send(new CreateLoginProfileCommand({ UserName: 'weak', Password: TEST_PASSWORD }));
    expect(
      await failureOf(iam.send(new UpdateLoginProfileCommand({ UserName: 'weak', Password: 'password' }))),
    ).toMatchObject({ name: 'PasswordPolicyViolationException', status: 400 });
  });

  it('lets an IAM user change their own password with ChangePassword', async () => {
    const { account, iam: root } = await rootClients(server);
    const { iam, user } = await userClients(server, account.accountId, {
      inlinePolicies: { own: allow('iam:ChangePassword', 'arn:aws:iam::*:user/${aws:username}') },
    });
    expect(
      await failureOf(
        iam.send(new ChangePasswordCommand({ OldPassword: 'Wrong-Horse-1', NewPassword: NEW_PASSWORD })),
      ),
    ).toMatchObject({ name: 'InvalidInputException', status: 400 });
    expect(
      await failureOf(
        iam.send(new ChangePasswordCommand({ OldPassword: TEST_PASSWORD, NewPassword: 'abc' })),
      ),
    ).toMatchObject({ name: 'PasswordPolicyViolationException', status: 400 });
    await iam.send(new ChangePasswordCommand({ OldPassword: TEST_PASSWORD, NewPassword: NEW_PASSWORD }));
    await signInAsUser(server, account, { name: user.name, password: NEW_PASSWORD });
    expect(await consoleSignIn(account.accountId, user.name, TEST_PASSWORD)).toBe(401);

    // The API changes IAM users' passwords only: the root user's is the console's.
    expect(
      await failureOf(
        root.send(new ChangePasswordCommand({ OldPassword: TEST_PASSWORD, NewPassword: NEW_PASSWORD })),
      ),
    ).toMatchObject({ name: 'InvalidUserTypeException', status: 400 });
  });

  it('refuses an IAM user without policies in AWS words', async () => {
    const { account, iam: root } = await rootClients(server);
    await root.send(new CreateUserCommand({ UserName: 'target' }));
    const { iam, user } = await userClients(server, account.accountId);
    const target = `arn:aws:iam::${account.accountId}:user/target`;
    expect(await failureOf(iam.send(new GetLoginProfileCommand({ UserName: 'target' })))).toMatchObject({
      name: 'AccessDenied',
      status: 403,
      message: `User: ${user.arn} is not authorized to perform: iam:GetLoginProfile on resource: ${target} because no identity-based policy allows the iam:GetLoginProfile action`,
    });
    for (const call of [
      () => iam.send(new CreateLoginProfileCommand({ UserName: 'target', Password: TEST_PASSWORD })),
      () => iam.send(new UpdateLoginProfileCommand({ UserName: 'target', PasswordResetRequired: true })),
      () => iam.send(new DeleteLoginProfileCommand({ UserName: 'target' })),
      () => iam.send(new ChangePasswordCommand({ OldPassword: TEST_PASSWORD, NewPassword: NEW_PASSWORD })),
    ]) {
      expect(await failureOf(call())).toMatchObject({ name: 'AccessDenied', status: 403 });
    }
  });
});
