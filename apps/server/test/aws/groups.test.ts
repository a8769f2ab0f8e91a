import {
  AddUserToGroupCommand,
  CreateGroupCommand,
  CreateUserCommand,
  DeleteGroupCommand,
  GetGroupCommand,
  ListGroupsCommand,
  RemoveUserFromGroupCommand,
  UpdateGroupCommand,
  type IAMClient,
} from '@aws-sdk/client-iam';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../harness/test-server.js';
import { rootClients, userClients } from './aws-clients.js';
import {
  allPages,
  failureOf,
  NO_SUCH_ENTITY,
  ALREADY_EXISTS,
  DELETE_CONFLICT,
  LIMIT_EXCEEDED,
  sendAny,
} from './sdk-results.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function createUsers(iam: IAMClient, names: string[]): Promise<void> {
  for (const UserName of names) await iam.send(new CreateUserCommand({ UserName }));
}

describe('groups through the AWS door', () => {
  it('creates, reads, lists, renames and deletes a group with AWS output', async () => {
    const { iam, account } = await rootClients(server);
    const acct = account.accountId;
    const created = await iam.send(new CreateGroupCommand({ GroupName: 'devs', Path: '/eng/' }));
    const group = {
      Path: '/eng/',
      GroupName: 'devs',
      GroupId: expect.stringMatching(/^AGPA[A-Z2-7]{17}$/),
      Arn: `arn:aws:iam::${acct}:group/eng/devs`,
      CreateDate: expect.any(Date),
    };
    expect(created.Group).toEqual(group);

    const got = await iam.send(new GetGroupCommand({ GroupName: 'DEVS' }));
    expect(got).toMatchObject({ Group: group, Users: [], IsTruncated: false });
    expect(got.Marker).toBeUndefined();

    await iam.send(new CreateGroupCommand({ GroupName: 'ops' }));
    const listed = await iam.send(new ListGroupsCommand({ PathPrefix: '/eng/' }));
    expect(listed.Groups).toEqual([group]);
    expect(listed.IsTruncated).toBe(false);
    const all = await iam.send(new ListGroupsCommand({}));
    expect(all.Groups?.map((g) => g.GroupName)).toEqual(['devs', 'ops']);

    const updated = await iam.send(
      new UpdateGroupCommand({ GroupName: 'devs', NewGroupName: 'developers', NewPath: '/team/' }),
    );
    expect(updated.$metadata.httpStatusCode).toBe(200);
    const renamed = await iam.send(new GetGroupCommand({ GroupName: 'developers' }));
    expect(renamed.Group).toEqual({
      ...group,
      GroupName: 'developers',
      Path: '/team/',
      Arn: `arn:aws:iam::${acct}:group/team/developers`,
      GroupId: created.Group?.GroupId,
    });
    expect(await failureOf(iam.send(new GetGroupCommand({ GroupName: 'devs' })))).toMatchObject({
      ...NO_SUCH_ENTITY,
      message: 'The group with name devs cannot be found',
    });

    await iam.send(new DeleteGroupCommand({ GroupName: 'developers' }));
    expect(await failureOf(iam.send(new DeleteGroupCommand({ GroupName: 'developers' })))).toMatchObject(
      NO_SUCH_ENTITY,
    );
  });

  it('adds and removes members; GetGroup lists them', async () => {
    const { iam, account } = await rootClients(server);
    await iam.send(new CreateGroupCommand({ GroupName: 'admins' }));
    await iam.send(new CreateUserCommand({ UserName: 'alice', Path: '/staff/' }));
    await iam.send(new AddUserToGroupCommand({ GroupName: 'admins', UserName: 'alice' }));
    // Adding a member twice is a no-op, as in AWS.
    await iam.send(new AddUserToGroupCommand({ GroupName: 'admins', UserName: 'ALICE' }));
    const got = await iam.send(new GetGroupCommand({ GroupName: 'admins' }));
    expect(got.Users).toEqual([
      {
        Path: '/staff/',
        UserName: 'alice',
        UserId: expect.stringMatching(/^AIDA/),
        Arn: `arn:aws:iam::${account.accountId}:user/staff/alice`,
        CreateDate: expect.any(Date),
      },
    ]);

    await iam.send(new RemoveUserFromGroupCommand({ GroupName: 'admins', UserName: 'alice' }));
    expect((await iam.send(new GetGroupCommand({ GroupName: 'admins' }))).Users).toEqual([]);
    expect(
      await failureOf(iam.send(new RemoveUserFromGroupCommand({ GroupName: 'admins', UserName: 'alice' }))),
    ).toMatchObject({
      ...NO_SUCH_ENTITY,
      message: 'User alice is not a member of group admins',
    });
    expect(
      await failureOf(iam.send(new AddUserToGroupCommand({ GroupName: 'admins', UserName: 'nobody' }))),
    ).toMatchObject(NO_SUCH_ENTITY);
    expect(
      await failureOf(iam.send(new AddUserToGroupCommand({ GroupName: 'nogroup', UserName: 'alice' }))),
    ).toMatchObject(NO_SUCH_ENTITY);
  });

  it('pages GetGroup members and ListGroups by MaxItems and Marker', async () => {
    const { iam } = await rootClients(server);
    const names = ['u1', 'u2', 'u3', 'u4', 'u5'];
    await createUsers(iam, names);
    await iam.send(new CreateGroupCommand({ GroupName: 'big' }));
    for (const UserName of names) await iam.send(new AddUserToGroupCommand({ GroupName: 'big', UserName }));
    const members = await allPages(
      (Marker) => iam.send(new GetGroupCommand({ GroupName: 'big', MaxItems: 2, Marker })),
      (page) => page.Users?.map((u) => u.UserName),
    );
    expect(members.pages).toEqual([['u1', 'u2'], ['u3', 'u4'], ['u5']]);
    expect(members.truncated).toEqual([true, true, false]);

    for (const GroupName of ['g2', 'g3', 'g4', 'g5']) await iam.send(new CreateGroupCommand({ GroupName }));
    const groups = await allPages(
      (Marker) => iam.send(new ListGroupsCommand({ MaxItems: 2, Marker })),
      (page) => page.Groups?.map((g) => g.GroupName),
    );
    expect(groups.pages).toEqual([['big', 'g2'], ['g3', 'g4'], ['g5']]);
    expect(groups.truncated).toEqual([true, true, false]);
  });

  it('answers EntityAlreadyExists, DeleteConflict and LimitExceeded as AWS', async () => {
    const { iam } = await rootClients(server);
    await iam.send(new CreateGroupCommand({ GroupName: 'team' }));
    expect(await failureOf(iam.send(new CreateGroupCommand({ GroupName: 'TEAM' })))).toMatchObject({
      ...ALREADY_EXISTS,
      message: 'A group named TEAM already exists in this account',
    });
    await iam.send(new CreateGroupCommand({ GroupName: 'other' }));
    expect(
      await failureOf(iam.send(new UpdateGroupCommand({ GroupName: 'other', NewGroupName: 'Team' }))),
    ).toMatchObject(ALREADY_EXISTS);

    await iam.send(new CreateUserCommand({ UserName: 'joiner' }));
    await iam.send(new AddUserToGroupCommand({ GroupName: 'team', UserName: 'joiner' }));
    expect(await failureOf(iam.send(new DeleteGroupCommand({ GroupName: 'team' })))).toMatchObject(
      DELETE_CONFLICT,
    );

    // A user is in at most 10 groups.
    for (let i = 1; i <= 9; i++) {
      await iam.send(new CreateGroupCommand({ GroupName: `g${i}` }));
      await iam.send(new AddUserToGroupCommand({ GroupName: `g${i}`, UserName: 'joiner' }));
    }
    expect(
      await failureOf(iam.send(new AddUserToGroupCommand({ GroupName: 'other', UserName: 'joiner' }))),
    ).toMatchObject(LIMIT_EXCEEDED);
  });

  it('refuses an IAM user without policies with AccessDenied', async () => {
    const { iam: root, account } = await rootClients(server);
    const acct = account.accountId;
    await root.send(new CreateGroupCommand({ GroupName: 'locked', Path: '/p/' }));
    const { iam, user } = await userClients(server, acct);
    const cases = [
      [new CreateGroupCommand({ GroupName: 'new' }), 'iam:CreateGroup', `group/new`],
      [new GetGroupCommand({ GroupName: 'locked' }), 'iam:GetGroup', `group/p/locked`],
      [new ListGroupsCommand({}), 'iam:ListGroups', `group/`],
      [new UpdateGroupCommand({ GroupName: 'locked', NewPath: '/' }), 'iam:UpdateGroup', `group/p/locked`],
      [new DeleteGroupCommand({ GroupName: 'locked' }), 'iam:DeleteGroup', `group/p/locked`],
      [
        new AddUserToGroupCommand({ GroupName: 'locked', UserName: user.name }),
        'iam:AddUserToGroup',
        `group/p/locked`,
      ],
      [
        new RemoveUserFromGroupCommand({ GroupName: 'locked', UserName: user.name }),
        'iam:RemoveUserFromGroup',
        `group/p/locked`,
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
