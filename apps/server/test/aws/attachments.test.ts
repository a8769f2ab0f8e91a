import {
  AttachGroupPolicyCommand,
  AttachRolePolicyCommand,
  AttachUserPolicyCommand,
  CreateGroupCommand,
  CreatePolicyCommand,
  CreateRoleCommand,
  CreateUserCommand,
  DetachGroupPolicyCommand,
  DetachRolePolicyCommand,
  DetachUserPolicyCommand,
  ListAttachedGroupPoliciesCommand,
  ListAttachedRolePoliciesCommand,
  ListAttachedUserPoliciesCommand,
  type IAMClient,
} from '@aws-sdk/client-iam';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allow } from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';
import { READ_ONLY, rootClients, TRUST, userClients } from './aws-clients.js';
import { allPages, failureOf, LIMIT_EXCEEDED, NO_SUCH_ENTITY, type SdkPage, sendAny } from './sdk-results.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function createPolicy(iam: IAMClient, PolicyName: string, Path = '/'): Promise<string> {
  const out = await iam.send(
    new CreatePolicyCommand({ PolicyName, Path, PolicyDocument: JSON.stringify(allow('s3:GetObject')) }),
  );
  return out.Policy!.Arn!;
}

/** The same steps for each kind of owner, with its own commands. */
const OWNERS = [
  {
    kind: 'user',
    create: (iam: IAMClient, name: string) => iam.send(new CreateUserCommand({ UserName: name })),
    attach: (name: string, PolicyArn: string) => new AttachUserPolicyCommand({ UserName: name, PolicyArn }),
    detach: (name: string, PolicyArn: string) => new DetachUserPolicyCommand({ UserName: name, PolicyArn }),
    list: (name: string, more: { PathPrefix?: string; MaxItems?: number; Marker?: string } = {}) =>
      new ListAttachedUserPoliciesCommand({ UserName: name, ...more }),
  },
  {
    kind: 'group',
    create: (iam: IAMClient, name: string) => iam.send(new CreateGroupCommand({ GroupName: name })),
    attach: (name: string, PolicyArn: string) => new AttachGroupPolicyCommand({ GroupName: name, PolicyArn }),
    detach: (name: string, PolicyArn: string) => new DetachGroupPolicyCommand({ GroupName: name, PolicyArn }),
    list: (name: string, more: { PathPrefix?: string; MaxItems?: number; Marker?: string } = {}) =>
      new ListAttachedGroupPoliciesCommand({ GroupName: name, ...more }),
  },
  {
    kind: 'role',
    create: (iam: IAMClient, name: string) =>
      iam.send(new CreateRoleCommand({ RoleName: name, AssumeRolePolicyDocument: TRUST })),
    attach: (name: string, PolicyArn: string) => new AttachRolePolicyCommand({ RoleName: name, PolicyArn }),
    detach: (name: string, PolicyArn: string) => new DetachRolePolicyCommand({ RoleName: name, PolicyArn }),
    list: (name: string, more: { PathPrefix?: string; MaxItems?: number; Marker?: string } = {}) =>
      new ListAttachedRolePoliciesCommand({ RoleName: name, ...more }),
  },
] as const;

describe.each(OWNERS)('managed policies attached to a $kind through the AWS door', (owner) => {
  it('attaches, lists (with PathPrefix) and detaches with AWS output', async () => {
    const { iam, account } = await rootClients(server);
    await owner.create(iam, 'holder');
    const app = await createPolicy(iam, 'app-read', '/app/');
    const base = await createPolicy(iam, 'base-read');
    expect(app).toBe(`arn:aws:iam::${account.accountId}:policy/app/app-read`);
    for (const arn of [base, app, READ_ONLY]) await sendAny(iam, owner.attach('holder', arn));
    // Attaching a policy twice is a no-op, as in AWS.
    await sendAny(iam, owner.attach('HOLDER', app));

    const listed = await sendAny(iam, owner.list('holder'));
    expect(listed).toMatchObject({
      AttachedPolicies: [
        { PolicyName: 'app-read', PolicyArn: app },
        { PolicyName: 'base-read', PolicyArn: base },
        { PolicyName: 'ReadOnlyAccess', PolicyArn: READ_ONLY },
      ],
      IsTruncated: false,
    });
    expect(listed.Marker).toBeUndefined();
    const underApp = await sendAny(iam, owner.list('holder', { PathPrefix: '/app/' }));
    expect(underApp.AttachedPolicies).toEqual([{ PolicyName: 'app-read', PolicyArn: app }]);

    await sendAny(iam, owner.detach('holder', app));
    const after = await sendAny(iam, owner.list('holder', { PathPrefix: '/app/' }));
    expect(after.AttachedPolicies).toEqual([]);
    expect(await failureOf(sendAny(iam, owner.detach('holder', app)))).toMatchObject({
      ...NO_SUCH_ENTITY,
      message: `Policy ${app} is not attached to ${owner.kind} holder`,
    });
  });

  it('pages the attached policies by MaxItems and Marker', async () => {
    const { iam } = await rootClients(server);
    await owner.create(iam, 'pager');
    for (const name of ['p5', 'p3', 'p1', 'p4', 'p2'])
      await sendAny(iam, owner.attach('pager', await createPolicy(iam, name)));
    const pages = await allPages(
      (Marker) => sendAny(iam, owner.list('pager', { MaxItems: 2, Marker })),
      (page: SdkPage & { AttachedPolicies?: { PolicyName?: string }[] }) =>
        page.AttachedPolicies?.map((p) => p.PolicyName),
    );
    expect(pages.pages).toEqual([['p1', 'p2'], ['p3', 'p4'], ['p5']]);
    expect(pages.truncated).toEqual([true, true, false]);
  });

  it('answers NoSuchEntity and LimitExceeded as AWS', async () => {
    const { iam, account } = await rootClients(server);
    await owner.create(iam, 'full');
    const missing = `arn:aws:iam::${account.accountId}:policy/missing`;
    expect(await failureOf(sendAny(iam, owner.attach('full', missing)))).toMatchObject({
      ...NO_SUCH_ENTITY,
      message: `The policy ${missing} cannot be found`,
    });
    expect(await failureOf(sendAny(iam, owner.attach('nobody', READ_ONLY)))).toMatchObject(NO_SUCH_ENTITY);
    expect(await failureOf(sendAny(iam, owner.list('nobody')))).toMatchObject(NO_SUCH_ENTITY);

    // At most 10 managed policies per user, group or role.
    for (let i = 1; i <= 10; i++) await sendAny(iam, owner.attach('full', await createPolicy(iam, `q${i}`)));
    expect(await failureOf(sendAny(iam, owner.attach('full', READ_ONLY)))).toMatchObject(LIMIT_EXCEEDED);
  });

  it('refuses an IAM user without policies with AccessDenied', async () => {
    const { iam: root, account } = await rootClients(server);
    const acct = account.accountId;
    await owner.create(root, 'locked');
    const { iam, user } = await userClients(server, acct);
    const word = owner.kind.charAt(0).toUpperCase() + owner.kind.slice(1);
    const cases = [
      [owner.attach('locked', READ_ONLY), `iam:Attach${word}Policy`],
      [owner.detach('locked', READ_ONLY), `iam:Detach${word}Policy`],
      [owner.list('locked'), `iam:ListAttached${word}Policies`],
    ] as const;
    for (const [command, action] of cases) {
      expect(await failureOf(sendAny(iam, command)), action).toEqual({
        name: 'AccessDenied',
        code: 'AccessDenied',
        status: 403,
        message: `User: ${user.arn} is not authorized to perform: ${action} on resource: arn:aws:iam::${acct}:${owner.kind}/locked because no identity-based policy allows the ${action} action`,
      });
    }
  });
});
