import {
  CreateRoleCommand,
  DeleteRoleCommand,
  GetRoleCommand,
  ListRolesCommand,
  PutRolePolicyCommand,
  UpdateAssumeRolePolicyCommand,
  UpdateRoleCommand,
  UpdateRoleDescriptionCommand,
} from '@aws-sdk/client-iam';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allow } from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';
import { rootClients, TRUST, userClients } from './aws-clients.js';
import {
  allPages,
  failureOf,
  NO_SUCH_ENTITY,
  ALREADY_EXISTS,
  DELETE_CONFLICT,
  LIMIT_EXCEEDED,
  MALFORMED_POLICY,
  VALIDATION_ERROR,
  sendAny,
} from './sdk-results.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const trustOf = (accountId: string) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${accountId}:root` }, Action: 'sts:AssumeRole' },
    ],
  });

describe('roles through the AWS door', () => {
  it('creates a role and reads it back with AWS output', async () => {
    const { iam, account } = await rootClients(server);
    const acct = account.accountId;
    const created = await iam.send(
      new CreateRoleCommand({
        RoleName: 'app-runner',
        Path: '/svc/',
        AssumeRolePolicyDocument: TRUST,
        Description: 'runs the app',
        MaxSessionDuration: 7200,
        Tags: [{ Key: 'team', Value: 'platform' }],
      }),
    );
    const role = {
      Path: '/svc/',
      RoleName: 'app-runner',
      RoleId: expect.stringMatching(/^AROA[A-Z2-7]{17}$/),
      Arn: `arn:aws:iam::${acct}:role/svc/app-runner`,
      CreateDate: expect.any(Date),
      // IAM sends policy documents URL-encoded; the SDK hands them over as sent.
      AssumeRolePolicyDocument: encodeURIComponent(TRUST),
      Description: 'runs the app',
      MaxSessionDuration: 7200,
      Tags: [{ Key: 'team', Value: 'platform' }],
    };
    expect(created.Role).toEqual(role);

    const got = await iam.send(new GetRoleCommand({ RoleName: 'APP-RUNNER' }));
    expect(got.Role).toEqual({ ...role, RoleLastUsed: {} });

    const listed = await iam.send(new ListRolesCommand({ PathPrefix: '/svc/' }));
    // Lists leave out tags, boundary and last use, as AWS's ListRoles does.
    const { Tags: _tags, ...summary } = role;
    expect(listed.Roles).toEqual([summary]);
    expect(listed.IsTruncated).toBe(false);
    expect((await iam.send(new ListRolesCommand({ PathPrefix: '/other/' }))).Roles).toEqual([]);
  });

  it('updates the description, session duration and trust policy, then deletes', async () => {
    const { iam, account } = await rootClients(server);
    await iam.send(new CreateRoleCommand({ RoleName: 'r', AssumeRolePolicyDocument: TRUST }));
    const plain = await iam.send(new GetRoleCommand({ RoleName: 'r' }));
    expect(plain.Role?.MaxSessionDuration).toBe(3600);
    expect(plain.Role).not.toHaveProperty('Description');
    expect(plain.Role).not.toHaveProperty('Tags');

    const updated = await iam.send(
      new UpdateRoleCommand({ RoleName: 'r', Description: 'first', MaxSessionDuration: 43200 }),
    );
    expect(updated.$metadata.httpStatusCode).toBe(200);
    expect((await iam.send(new GetRoleCommand({ RoleName: 'r' }))).Role).toMatchObject({
      Description: 'first',
      MaxSessionDuration: 43200,
    });

    const described = await iam.send(
      new UpdateRoleDescriptionCommand({ RoleName: 'r', Description: 'second' }),
    );
    expect(described.Role).toEqual({
      Path: '/',
      RoleName: 'r',
      RoleId: plain.Role?.RoleId,
      Arn: `arn:aws:iam::${account.accountId}:role/r`,
      CreateDate: plain.Role?.CreateDate,
      AssumeRolePolicyDocument: encodeURIComponent(TRUST),
      Description: 'second',
      MaxSessionDuration: 43200,
    });

    const trust = trustOf(account.accountId);
    await iam.send(new UpdateAssumeRolePolicyCommand({ RoleName: 'r', PolicyDocument: trust }));
    const after = await iam.send(new GetRoleCommand({ RoleName: 'r' }));
    expect(decodeURIComponent(after.Role?.AssumeRolePolicyDocument ?? '')).toBe(trust);

    await iam.send(new DeleteRoleCommand({ RoleName: 'r' }));
    expect(await failureOf(iam.send(new GetRoleCommand({ RoleName: 'r' })))).toMatchObject({
      ...NO_SUCH_ENTITY,
      message: 'The role with name r cannot be found',
    });
  });

  it('pages ListRoles by MaxItems and Marker', async () => {
    const { iam } = await rootClients(server);
    for (const RoleName of ['r5', 'r3', 'r1', 'r4', 'r2'])
      await iam.send(new CreateRoleCommand({ RoleName, AssumeRolePolicyDocument: TRUST }));
    const roles = await allPages(
      (Marker) => iam.send(new ListRolesCommand({ MaxItems: 2, Marker })),
      (page) => page.Roles?.map((r) => r.RoleName),
    );
    expect(roles.pages).toEqual([['r1', 'r2'], ['r3', 'r4'], ['r5']]);
    expect(roles.truncated).toEqual([true, true, false]);
  });

  it('answers NoSuchEntity, EntityAlreadyExists, MalformedPolicyDocument, LimitExceeded and DeleteConflict', async () => {
    const { iam } = await rootClients(server);
    await iam.send(new CreateRoleCommand({ RoleName: 'taken', AssumeRolePolicyDocument: TRUST }));
    expect(
      await failureOf(
        iam.send(new CreateRoleCommand({ RoleName: 'TAKEN', AssumeRolePolicyDocument: TRUST })),
      ),
    ).toMatchObject({ ...ALREADY_EXISTS, message: 'A role named TAKEN already exists in this account' });

    for (const command of [
      new UpdateRoleCommand({ RoleName: 'missing', Description: 'x' }),
      new UpdateRoleDescriptionCommand({ RoleName: 'missing', Description: 'x' }),
      new UpdateAssumeRolePolicyCommand({ RoleName: 'missing', PolicyDocument: TRUST }),
      new DeleteRoleCommand({ RoleName: 'missing' }),
    ]) {
      expect(await failureOf(sendAny(iam, command))).toMatchObject(NO_SUCH_ENTITY);
    }

    expect(
      await failureOf(
        iam.send(new CreateRoleCommand({ RoleName: 'bad', AssumeRolePolicyDocument: 'not json' })),
      ),
    ).toMatchObject(MALFORMED_POLICY);
    const noPrincipal = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole' }],
    });
    expect(
      await failureOf(
        iam.send(new UpdateAssumeRolePolicyCommand({ RoleName: 'taken', PolicyDocument: noPrincipal })),
      ),
    ).toMatchObject(MALFORMED_POLICY);

    // A trust policy holds at most 2,048 characters (not counting white space).
    const principals = Array.from({ length: 80 }, (_, i) => `arn:aws:iam::${100000000000 + i}:root`);
    const large = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { AWS: principals }, Action: 'sts:AssumeRole' }],
    });
    expect(
      await failureOf(
        iam.send(new UpdateAssumeRolePolicyCommand({ RoleName: 'taken', PolicyDocument: large })),
      ),
    ).toMatchObject(LIMIT_EXCEEDED);

    await iam.send(
      new PutRolePolicyCommand({
        RoleName: 'taken',
        PolicyName: 'read',
        PolicyDocument: JSON.stringify(allow('s3:GetObject')),
      }),
    );
    expect(await failureOf(iam.send(new DeleteRoleCommand({ RoleName: 'taken' })))).toMatchObject(
      DELETE_CONFLICT,
    );

    expect(
      await failureOf(iam.send(new UpdateRoleCommand({ RoleName: 'taken', MaxSessionDuration: 60 }))),
    ).toMatchObject(VALIDATION_ERROR);
  });

  it('authorises UpdateRoleDescription as iam:UpdateRoleDescription, not iam:UpdateRole', async () => {
    const { iam: root, account } = await rootClients(server);
    await root.send(new CreateRoleCommand({ RoleName: 'described', AssumeRolePolicyDocument: TRUST }));
    const { iam, user } = await userClients(server, account.accountId, {
      inlinePolicies: { describe: allow('iam:UpdateRoleDescription') },
    });
    const out = await iam.send(
      new UpdateRoleDescriptionCommand({ RoleName: 'described', Description: 'ok' }),
    );
    expect(out.Role?.Description).toBe('ok');
    expect(
      await failureOf(iam.send(new UpdateRoleCommand({ RoleName: 'described', Description: 'no' }))),
    ).toMatchObject({
      name: 'AccessDenied',
      status: 403,
      message: expect.stringContaining(`User: ${user.arn} is not authorized to perform: iam:UpdateRole on`),
    });
  });

  it('refuses an IAM user without policies with AccessDenied', async () => {
    const { iam: root, account } = await rootClients(server);
    const acct = account.accountId;
    await root.send(
      new CreateRoleCommand({ RoleName: 'locked', Path: '/p/', AssumeRolePolicyDocument: TRUST }),
    );
    const { iam, user } = await userClients(server, acct);
    const cases = [
      [
        new CreateRoleCommand({ RoleName: 'new', AssumeRolePolicyDocument: TRUST }),
        'iam:CreateRole',
        'role/new',
      ],
      [new GetRoleCommand({ RoleName: 'locked' }), 'iam:GetRole', 'role/p/locked'],
      [new ListRolesCommand({ PathPrefix: '/p/' }), 'iam:ListRoles', 'role/p/'],
      [new UpdateRoleCommand({ RoleName: 'locked' }), 'iam:UpdateRole', 'role/p/locked'],
      [
        new UpdateRoleDescriptionCommand({ RoleName: 'locked', Description: 'd' }),
        'iam:UpdateRoleDescription',
        'role/p/locked',
      ],
      [
        new UpdateAssumeRolePolicyCommand({ RoleName: 'locked', PolicyDocument: TRUST }),
        'iam:UpdateAssumeRolePolicy',
        'role/p/locked',
      ],
      [new DeleteRoleCommand({ RoleName: 'locked' }), 'iam:DeleteRole', 'role/p/locked'],
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
