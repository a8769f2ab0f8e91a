import {
  CreatePolicyCommand,
  CreateRoleCommand,
  CreateUserCommand,
  DeleteRolePermissionsBoundaryCommand,
  DeleteUserPermissionsBoundaryCommand,
  GetRoleCommand,
  GetUserCommand,
  ListUsersCommand,
  PutRolePermissionsBoundaryCommand,
  PutUserPermissionsBoundaryCommand,
  type IAMClient,
} from '@aws-sdk/client-iam';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALLOW_ALL, allow } from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';
import { READ_ONLY, rootClients, TRUST, userClients } from './aws-clients.js';
import { failureOf, NO_SUCH_ENTITY, sendAny } from './sdk-results.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function createPolicy(iam: IAMClient, PolicyName: string, document: object): Promise<string> {
  const out = await iam.send(
    new CreatePolicyCommand({ PolicyName, PolicyDocument: JSON.stringify(document) }),
  );
  return out.Policy!.Arn!;
}

describe('permissions boundaries through the AWS door', () => {
  it('puts, replaces and deletes a user boundary; GetUser shows it', async () => {
    const { iam } = await rootClients(server);
    await iam.send(new CreateUserCommand({ UserName: 'bounded' }));
    const cap = await createPolicy(iam, 'cap', allow('s3:*'));
    const put = await iam.send(
      new PutUserPermissionsBoundaryCommand({ UserName: 'bounded', PermissionsBoundary: cap }),
    );
    expect(put.$metadata.httpStatusCode).toBe(200);
    expect((await iam.send(new GetUserCommand({ UserName: 'bounded' }))).User?.PermissionsBoundary).toEqual({
      PermissionsBoundaryType: 'Policy',
      PermissionsBoundaryArn: cap,
    });
    // An AWS managed policy may be a boundary too; putting one replaces the other.
    await iam.send(
      new PutUserPermissionsBoundaryCommand({ UserName: 'bounded', PermissionsBoundary: READ_ONLY }),
    );
    expect(
      (await iam.send(new GetUserCommand({ UserName: 'bounded' }))).User?.PermissionsBoundary
        ?.PermissionsBoundaryArn,
    ).toBe(READ_ONLY);

    await iam.send(new DeleteUserPermissionsBoundaryCommand({ UserName: 'bounded' }));
    expect((await iam.send(new GetUserCommand({ UserName: 'bounded' }))).User).not.toHaveProperty(
      'PermissionsBoundary',
    );
  });

  it('puts and deletes a role boundary; GetRole shows it', async () => {
    const { iam } = await rootClients(server);
    await iam.send(new CreateRoleCommand({ RoleName: 'bounded', AssumeRolePolicyDocument: TRUST }));
    const cap = await createPolicy(iam, 'cap', allow('s3:*'));
    await iam.send(new PutRolePermissionsBoundaryCommand({ RoleName: 'bounded', PermissionsBoundary: cap }));
    expect((await iam.send(new GetRoleCommand({ RoleName: 'bounded' }))).Role?.PermissionsBoundary).toEqual({
      PermissionsBoundaryType: 'Policy',
      PermissionsBoundaryArn: cap,
    });
    await iam.send(new DeleteRolePermissionsBoundaryCommand({ RoleName: 'bounded' }));
    expect((await iam.send(new GetRoleCommand({ RoleName: 'bounded' }))).Role).not.toHaveProperty(
      'PermissionsBoundary',
    );
  });

  it('caps what the user may do from the next request on', async () => {
    const { iam: root, account } = await rootClients(server);
    const { iam, user } = await userClients(server, account.accountId, {
      inlinePolicies: { all: ALLOW_ALL },
    });
    const cap = await createPolicy(root, 'only-get-user', allow('iam:GetUser'));
    expect((await iam.send(new ListUsersCommand({}))).IsTruncated).toBe(false);

    await root.send(new PutUserPermissionsBoundaryCommand({ UserName: user.name, PermissionsBoundary: cap }));
    expect(await failureOf(iam.send(new ListUsersCommand({})))).toEqual({
      name: 'AccessDenied',
      code: 'AccessDenied',
      status: 403,
      message: `User: ${user.arn} is not authorized to perform: iam:ListUsers on resource: arn:aws:iam::${account.accountId}:user/ because no permissions boundary allows the iam:ListUsers action`,
    });
    await root.send(new DeleteUserPermissionsBoundaryCommand({ UserName: user.name }));
    expect((await iam.send(new ListUsersCommand({}))).IsTruncated).toBe(false);
  });

  it('lets a delegated administrator hand out only the boundary iam:PermissionsBoundary names', async () => {
    const { iam: root, account } = await rootClients(server);
    const approved = await createPolicy(root, 'approved', allow('s3:GetObject'));
    const other = await createPolicy(root, 'other', allow('s3:*'));
    await root.send(new CreateUserCommand({ UserName: 'dev' }));
    const { iam, user } = await userClients(server, account.accountId, {
      inlinePolicies: {
        delegate: {
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Action: 'iam:PutUserPermissionsBoundary',
              Resource: '*',
              Condition: { StringEquals: { 'iam:PermissionsBoundary': approved } },
            },
          ],
        },
      },
    });
    await iam.send(new PutUserPermissionsBoundaryCommand({ UserName: 'dev', PermissionsBoundary: approved }));
    expect(
      await failureOf(
        iam.send(new PutUserPermissionsBoundaryCommand({ UserName: 'dev', PermissionsBoundary: other })),
      ),
    ).toMatchObject({
      name: 'AccessDenied',
      status: 403,
      message: expect.stringContaining(
        `User: ${user.arn} is not authorized to perform: iam:PutUserPermissionsBoundary`,
      ),
    });
  });

  it('answers NoSuchEntity for a missing user, role or policy', async () => {
    const { iam, account } = await rootClients(server);
    await iam.send(new CreateUserCommand({ UserName: 'u' }));
    const missing = `arn:aws:iam::${account.accountId}:policy/missing`;
    const cases = [
      new PutUserPermissionsBoundaryCommand({ UserName: 'u', PermissionsBoundary: missing }),
      new PutUserPermissionsBoundaryCommand({ UserName: 'nobody', PermissionsBoundary: READ_ONLY }),
      new PutRolePermissionsBoundaryCommand({ RoleName: 'nobody', PermissionsBoundary: READ_ONLY }),
      new DeleteUserPermissionsBoundaryCommand({ UserName: 'nobody' }),
      new DeleteRolePermissionsBoundaryCommand({ RoleName: 'nobody' }),
    ];
    for (const command of cases) {
      expect(await failureOf(sendAny(iam, command))).toMatchObject(NO_SUCH_ENTITY);
    }
  });

  it('refuses an IAM user without policies with AccessDenied', async () => {
    const { iam: root, account } = await rootClients(server);
    const acct = account.accountId;
    await root.send(new CreateUserCommand({ UserName: 'locked' }));
    await root.send(new CreateRoleCommand({ RoleName: 'locked', AssumeRolePolicyDocument: TRUST }));
    const { iam, user } = await userClients(server, acct);
    const cases = [
      [
        new PutUserPermissionsBoundaryCommand({ UserName: 'locked', PermissionsBoundary: READ_ONLY }),
        'iam:PutUserPermissionsBoundary',
        'user/locked',
      ],
      [
        new DeleteUserPermissionsBoundaryCommand({ UserName: 'locked' }),
        'iam:DeleteUserPermissionsBoundary',
        'user/locked',
      ],
      [
        new PutRolePermissionsBoundaryCommand({ RoleName: 'locked', PermissionsBoundary: READ_ONLY }),
        'iam:PutRolePermissionsBoundary',
        'role/locked',
      ],
      [
        new DeleteRolePermissionsBoundaryCommand({ RoleName: 'locked' }),
        'iam:DeleteRolePermissionsBoundary',
        'role/locked',
      ],
    ] as const;
    for (const [command, action, resource] of cases) {
      expect(await failureOf(sendAny(iam, command)), action).toEqual({
        name: 'AccessDenied',
        code: 'AccessDenied',
        status: 403,
        message: `User: ${user.arn} is not authorized to perform: ${action} on resource: arn:aws:iam::${acct}:${resource} because no identity-based policy allows the ${action} action`,
      });
    }
  });
});
