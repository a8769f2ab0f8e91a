// A trust policy's IAM users and roles are principals, not names (IAM User Guide, "AWS JSON
// policy elements: Principal"): AWS turns each user or role ARN into the principal's unique id
// when the policy is saved, so it refuses one that does not exist (MalformedPolicyDocument,
// `Invalid principal in policy: "AWS":"<arn>"`), and a user or role deleted and recreated under
// the same name is not trusted (nor denied) by it until the policy is saved again.
import {
  CreateRoleCommand,
  DeleteAccessKeyCommand,
  DeleteRoleCommand,
  DeleteRolePolicyCommand,
  DeleteUserCommand,
  DeleteUserPolicyCommand,
  GetRoleCommand,
  PutRolePolicyCommand,
  UpdateAssumeRolePolicyCommand,
  UpdateUserCommand,
  type IAMClient,
} from '@aws-sdk/client-iam';
import { AssumeRoleCommand, type STSClient } from '@aws-sdk/client-sts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser } from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';
import { awsClients, rootClients, TRUST, userClients } from './aws-clients.js';
import { failureOf, MALFORMED_POLICY, NO_SUCH_ENTITY } from './sdk-results.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const MAY_ASSUME_ANY_ROLE = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' }],
};

function trusting(principals: string[], deny: string[] = []) {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Principal: { AWS: principals }, Action: 'sts:AssumeRole' },
      ...(deny.length > 0 ? [{ Effect: 'Deny', Principal: { AWS: deny }, Action: 'sts:AssumeRole' }] : []),
    ],
  });
}

function notTrusted(callerArn: string, roleArn: string) {
  return `User: ${callerArn} is not authorized to perform: sts:AssumeRole on resource: ${roleArn} because no resource-based policy allows the sts:AssumeRole action`;
}

const invalidPrincipal = (arn: string) => `Invalid principal in policy: "AWS":"${arn}"`;

/** A user named `name` who may assume any role, with an access key. */
async function assumer(accountId: string, name: string) {
  return userClients(server, accountId, {
    name,
    password: null,
    inlinePolicies: { assume: MAY_ASSUME_ANY_ROLE },
  });
}

/** Deletes the user made by assumer() through IAM, as an administrator would. */
async function deleteAssumer(iam: IAMClient, name: string, accessKeyId: string) {
  await iam.send(new DeleteAccessKeyCommand({ UserName: name, AccessKeyId: accessKeyId }));
  await iam.send(new DeleteUserPolicyCommand({ UserName: name, PolicyName: 'assume' }));
  await iam.send(new DeleteUserCommand({ UserName: name }));
}

async function assume(sts: STSClient, roleArn: string) {
  return sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'probe' }));
}

async function storedTrust(iam: IAMClient, roleName: string): Promise<string> {
  const out = await iam.send(new GetRoleCommand({ RoleName: roleName }));
  return decodeURIComponent(out.Role!.AssumeRolePolicyDocument!);
}

describe('a trust policy may only name users and roles that exist', () => {
  it('CreateRole naming a missing user is MalformedPolicyDocument in AWS words, and writes nothing', async () => {
    const { iam, account } = await rootClients(server);
    const acct = account.accountId;
    const missing = `arn:aws:iam::${acct}:user/nobody`;
    const failure = await failureOf(
      iam.send(
        new CreateRoleCommand({ RoleName: 'for-nobody', AssumeRolePolicyDocument: trusting([missing]) }),
      ),
    );
    expect(failure).toMatchObject(MALFORMED_POLICY);
    expect(failure.message).toBe(invalidPrincipal(missing));
    expect(await failureOf(iam.send(new GetRoleCommand({ RoleName: 'for-nobody' })))).toMatchObject(
      NO_SUCH_ENTITY,
    );
    const created = await server.deps.db.auditEvent.count({
      where: { accountId: acct, action: 'iam:CreateRole', result: 'Success' },
    });
    expect(created).toBe(0);
  });

  it('names a user by name case-insensitively but by path exactly; a missing role is refused too', async () => {
    const { iam, account } = await rootClients(server);
    const acct = account.accountId;
    await createTestUser(server, acct, { name: 'Ops', path: '/team/', password: null });
    const wrongPath = `arn:aws:iam::${acct}:user/Ops`;
    expect(
      await failureOf(
        iam.send(new CreateRoleCommand({ RoleName: 'r1', AssumeRolePolicyDocument: trusting([wrongPath]) })),
      ),
    ).toMatchObject({ ...MALFORMED_POLICY, message: invalidPrincipal(wrongPath) });
    const missingRole = `arn:aws:iam::${acct}:role/team/Ops`;
    const both = trusting([`arn:aws:iam::${acct}:user/team/ops`, missingRole]);
    expect(
      await failureOf(iam.send(new CreateRoleCommand({ RoleName: 'r1', AssumeRolePolicyDocument: both }))),
    ).toMatchObject({ ...MALFORMED_POLICY, message: invalidPrincipal(missingRole) });
    // Found case-insensitively; accounts, principals of accounts this deployment does not hold,
    // services and `*` are not checked.
    const fine = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: {
            AWS: [`arn:aws:iam::${acct}:user/team/OPS`, `arn:aws:iam::${acct}:root`, '000000000001'],
            Service: 'ec2.amazonaws.com',
          },
          Action: 'sts:AssumeRole',
        },
        {
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::000000000001:user/elsewhere' },
          Action: 'sts:AssumeRole',
        },
      ],
    });
    await iam.send(new CreateRoleCommand({ RoleName: 'r1', AssumeRolePolicyDocument: fine }));
    expect(await storedTrust(iam, 'r1')).toBe(fine);
  });

  it('UpdateAssumeRolePolicy naming a missing role leaves the policy as it was', async () => {
    const { iam, account } = await rootClients(server);
    const missing = `arn:aws:iam::${account.accountId}:role/gone`;
    await iam.send(new CreateRoleCommand({ RoleName: 'kept', AssumeRolePolicyDocument: TRUST }));
    const failure = await failureOf(
      iam.send(new UpdateAssumeRolePolicyCommand({ RoleName: 'kept', PolicyDocument: trusting([missing]) })),
    );
    expect(failure).toMatchObject({ ...MALFORMED_POLICY, message: invalidPrincipal(missing) });
    expect(await storedTrust(iam, 'kept')).toBe(TRUST);
    const updated = await server.deps.db.auditEvent.count({
      where: { accountId: account.accountId, action: 'iam:UpdateAssumeRolePolicy', result: 'Success' },
    });
    expect(updated).toBe(0);
  });

  it('a user deleted while the trust policy is being saved is not bound: the save is refused', async () => {
    const { iam, account } = await rootClients(server);
    const acct = account.accountId;
    const doomed = await createTestUser(server, acct, { name: 'doomed', password: null });
    await iam.send(new CreateRoleCommand({ RoleName: 'raced', AssumeRolePolicyDocument: TRUST }));
    let update: Promise<unknown> | undefined;
    // The delete is made but not committed when the update starts; the update's read of the user
    // waits for it (FOR KEY SHARE) and then finds no user, rather than binding the one going.
    await server.deps.db.$transaction(async (tx) => {
      await tx.user.delete({ where: { id: doomed.userId } });
      update = iam.send(
        new UpdateAssumeRolePolicyCommand({ RoleName: 'raced', PolicyDocument: trusting([doomed.arn]) }),
      );
      await new Promise((resolve) => setTimeout(resolve, 500));
    });
    expect(await failureOf(update!)).toMatchObject({
      ...MALFORMED_POLICY,
      message: invalidPrincipal(doomed.arn),
    });
    expect(await storedTrust(iam, 'raced')).toBe(TRUST);
  });
});

describe('a trust policy trusts the users and roles that existed when it was saved', () => {
  it('a user deleted and recreated under the same name is refused until the policy is saved again', async () => {
    const { iam, account } = await rootClients(server);
    const acct = account.accountId;
    const first = await assumer(acct, 'alice');
    const policy = trusting([first.user.arn]);
    await iam.send(new CreateRoleCommand({ RoleName: 'alices', AssumeRolePolicyDocument: policy }));
    const roleArn = `arn:aws:iam::${acct}:role/alices`;
    await assume(first.sts, roleArn);

    await deleteAssumer(iam, 'alice', first.credentials.accessKeyId);
    const second = await assumer(acct, 'alice');
    expect(second.user.arn).toBe(first.user.arn);
    const failure = await failureOf(assume(second.sts, roleArn));
    expect(failure).toMatchObject({ code: 'AccessDenied', status: 403 });
    expect(failure.message).toBe(notTrusted(second.user.arn, roleArn));
    // GetRole still shows the document as written.
    expect(await storedTrust(iam, 'alices')).toBe(policy);

    // Saving the policy again binds the ARN to the user who holds it now.
    await iam.send(new UpdateAssumeRolePolicyCommand({ RoleName: 'alices', PolicyDocument: policy }));
    const out = await assume(second.sts, roleArn);
    expect(out.AssumedRoleUser?.Arn).toBe(`arn:aws:sts::${acct}:assumed-role/alices/probe`);
  });

  it('a user renamed is still the user trusted (the policy holds its id), not whoever takes the old name', async () => {
    const { iam, account } = await rootClients(server);
    const acct = account.accountId;
    const bob = await assumer(acct, 'bob');
    await iam.send(
      new CreateRoleCommand({ RoleName: 'bobs', AssumeRolePolicyDocument: trusting([bob.user.arn]) }),
    );
    const roleArn = `arn:aws:iam::${acct}:role/bobs`;
    await iam.send(new UpdateUserCommand({ UserName: 'bob', NewUserName: 'robert', NewPath: '/renamed/' }));
    const out = await assume(bob.sts, roleArn);
    expect(out.AssumedRoleUser?.Arn).toBe(`arn:aws:sts::${acct}:assumed-role/bobs/probe`);
    const impostor = await assumer(acct, 'bob');
    expect((await failureOf(assume(impostor.sts, roleArn))).message).toBe(
      notTrusted(impostor.user.arn, roleArn),
    );
  });

  it('a Deny naming a deleted user does not deny the user recreated under its name', async () => {
    const { iam, account } = await rootClients(server);
    const acct = account.accountId;
    const first = await assumer(acct, 'mallory');
    await iam.send(
      new CreateRoleCommand({
        RoleName: 'not-mallory',
        AssumeRolePolicyDocument: trusting([`arn:aws:iam::${acct}:root`], [first.user.arn]),
      }),
    );
    const roleArn = `arn:aws:iam::${acct}:role/not-mallory`;
    expect((await failureOf(assume(first.sts, roleArn))).message).toContain('with an explicit deny');
    await deleteAssumer(iam, 'mallory', first.credentials.accessKeyId);
    const second = await assumer(acct, 'mallory');
    const out = await assume(second.sts, roleArn);
    expect(out.AssumedRoleUser?.Arn).toBe(`arn:aws:sts::${acct}:assumed-role/not-mallory/probe`);
  });

  it('a role deleted and recreated under the same name: its sessions are refused (role chaining)', async () => {
    const { iam, account } = await rootClients(server);
    const acct = account.accountId;
    const { sts } = await assumer(acct, 'chainer');
    const hop = async () => {
      await iam.send(
        new CreateRoleCommand({
          RoleName: 'hop',
          Path: '/chain/',
          AssumeRolePolicyDocument: trusting([`arn:aws:iam::${acct}:root`]),
        }),
      );
      await iam.send(
        new PutRolePolicyCommand({
          RoleName: 'hop',
          PolicyName: 'assume',
          PolicyDocument: JSON.stringify(MAY_ASSUME_ANY_ROLE),
        }),
      );
      const out = await assume(sts, `arn:aws:iam::${acct}:role/chain/hop`);
      const c = out.Credentials!;
      return awsClients(server, {
        accessKeyId: c.AccessKeyId!,
        secretAccessKey: c.SecretAccessKey!,
        sessionToken: c.SessionToken!,
      }).sts;
    };
    const firstHop = await hop();
    const hopArn = `arn:aws:iam::${acct}:role/chain/hop`;
    await iam.send(
      new CreateRoleCommand({ RoleName: 'target', AssumeRolePolicyDocument: trusting([hopArn]) }),
    );
    const targetArn = `arn:aws:iam::${acct}:role/target`;
    await assume(firstHop, targetArn);

    await iam.send(new DeleteRolePolicyCommand({ RoleName: 'hop', PolicyName: 'assume' }));
    await iam.send(new DeleteRoleCommand({ RoleName: 'hop' }));
    const secondHop = await hop();
    const failure = await failureOf(assume(secondHop, targetArn));
    expect(failure).toMatchObject({ code: 'AccessDenied', status: 403 });
    expect(failure.message).toBe(notTrusted(`arn:aws:sts::${acct}:assumed-role/hop/probe`, targetArn));

    await iam.send(
      new UpdateAssumeRolePolicyCommand({ RoleName: 'target', PolicyDocument: trusting([hopArn]) }),
    );
    const out = await assume(secondHop, targetArn);
    expect(out.AssumedRoleUser?.Arn).toBe(`arn:aws:sts::${acct}:assumed-role/target/probe`);
  });
});
