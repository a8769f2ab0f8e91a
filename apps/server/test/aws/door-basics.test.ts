import { CreateUserCommand, GetUserCommand, ListUsersCommand } from '@aws-sdk/client-iam';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../harness/test-server.js';
import { rootClients, userClients } from './aws-clients.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('the AWS door with the AWS SDK', () => {
  it('answers GetCallerIdentity for a root key', async () => {
    const { account, sts } = await rootClients(server);
    const out = await sts.send(new GetCallerIdentityCommand({}));
    expect(out).toMatchObject({
      Account: account.accountId,
      Arn: `arn:aws:iam::${account.accountId}:root`,
      UserId: account.accountId,
    });
  });

  it('creates, reads and lists users', async () => {
    const { iam, account } = await rootClients(server);
    const created = await iam.send(
      new CreateUserCommand({ UserName: 'backup', Path: '/app/', Tags: [{ Key: 'team', Value: 'ops' }] }),
    );
    expect(created.User).toMatchObject({
      UserName: 'backup',
      Path: '/app/',
      Arn: `arn:aws:iam::${account.accountId}:user/app/backup`,
      Tags: [{ Key: 'team', Value: 'ops' }],
    });
    expect(created.User?.UserId).toMatch(/^AIDA[A-Z2-7]{17}$/);
    expect(created.User?.CreateDate).toBeInstanceOf(Date);
    const got = await iam.send(new GetUserCommand({ UserName: 'backup' }));
    expect(got.User?.UserId).toBe(created.User?.UserId);
    const list = await iam.send(new ListUsersCommand({}));
    expect(list.Users?.map((u) => u.UserName)).toEqual(['backup']);
    expect(list.IsTruncated).toBe(false);
  });

  it('refuses an IAM user without policies in AWS words', async () => {
    const { account } = await rootClients(server);
    const { iam, user } = await userClients(server, account.accountId);
    const err = await iam.send(new ListUsersCommand({})).catch((e: unknown) => e);
    expect(err).toMatchObject({
      name: 'AccessDenied',
      $metadata: { httpStatusCode: 403 },
      message: `User: ${user.arn} is not authorized to perform: iam:ListUsers on resource: arn:aws:iam::${account.accountId}:user/ because no identity-based policy allows the iam:ListUsers action`,
    });
  });
});
