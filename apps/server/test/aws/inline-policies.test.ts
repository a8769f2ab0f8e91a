import {
  CreateGroupCommand,
  CreateRoleCommand,
  CreateUserCommand,
  DeleteGroupPolicyCommand,
  DeleteRolePolicyCommand,
  DeleteUserPolicyCommand,
  GetGroupPolicyCommand,
  GetRolePolicyCommand,
  GetUserPolicyCommand,
  ListGroupPoliciesCommand,
  ListRolePoliciesCommand,
  ListUserPoliciesCommand,
  PutGroupPolicyCommand,
  PutRolePolicyCommand,
  PutUserPolicyCommand,
  type IAMClient,
} from '@aws-sdk/client-iam';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allow } from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';
import { rootClients, TRUST, userClients } from './aws-clients.js';
import {
  allPages,
  failureOf,
  LIMIT_EXCEEDED,
  MALFORMED_POLICY,
  NO_SUCH_ENTITY,
  sendAny,
  type SdkPage,
} from './sdk-results.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const READ = JSON.stringify(allow('s3:GetObject', 'arn:aws:s3:::reports/*'), null, 2);
const WRITE = JSON.stringify(allow('s3:PutObject'));

type Page = { MaxItems?: number; Marker?: string };

/** The same steps for each kind of owner, with its own commands and member name. */
const OWNERS = [
  {
    kind: 'user',
    member: 'UserName',
    quota: 2048,
    create: (iam: IAMClient, name: string) => iam.send(new CreateUserCommand({ UserName: name })),
    put: (name: string, PolicyName: string, PolicyDocument: string) =>
      new PutUserPolicyCommand({ UserName: name, PolicyName, PolicyDocument }),
    get: (name: string, PolicyName: string) => new GetUserPolicyCommand({ UserName: name, PolicyName }),
    remove: (name: string, PolicyName: string) => new DeleteUserPolicyCommand({ UserName: name, PolicyName }),
    list: (name: string, page: Page = {}) => new ListUserPoliciesCommand({ UserName: name, ...page }),
  },
  {
    kind: 'group',
    member: 'GroupName',
    quota: 5120,
    create: (iam: IAMClient, name: string) => iam.send(new CreateGroupCommand({ GroupName: name })),
    put: (name: string, PolicyName: string, PolicyDocument: string) =>
      new PutGroupPolicyCommand({ GroupName: name, PolicyName, PolicyDocument }),
    get: (name: string, PolicyName: string) => new GetGroupPolicyCommand({ GroupName: name, PolicyName }),
    remove: (name: string, PolicyName: string) =>
      new DeleteGroupPolicyCommand({ GroupName: name, PolicyName }),
    list: (name: string, page: Page = {}) => new ListGroupPoliciesCommand({ GroupName: name, ...page }),
  },
  {
    kind: 'role',
    member: 'RoleName',
    quota: 10240,
    create: (iam: IAMClient, name: string) =>
      iam.send(new CreateRoleCommand({ RoleName: name, AssumeRolePolicyDocument: TRUST })),
    put: (name: string, PolicyName: string, PolicyDocument: string) =>
      new PutRolePolicyCommand({ RoleName: name, PolicyName, PolicyDocument }),
    get: (name: string, PolicyName: string) => new GetRolePolicyCommand({ RoleName: name, PolicyName }),
    remove: (name: string, PolicyName: string) => new DeleteRolePolicyCommand({ RoleName: name, PolicyName }),
    list: (name: string, page: Page = {}) => new ListRolePoliciesCommand({ RoleName: name, ...page }),
  },
] as const;

/** An identity policy of more than `size` characters (not counting white space). */
function policyLargerThan(size: number): string {
  const resources = Array.from({ length: Math.ceil(size / 25) }, (_, i) => `arn:aws:s3:::bucket-${i}/*`);
  return JSON.stringify(allow('s3:GetObject', resources));
}

describe.each(OWNERS)('inline policies of a $kind through the AWS door', (owner) => {
  it('puts, gets, lists, replaces and deletes with AWS output', async () => {
    const { iam } = await rootClients(server);
    await owner.create(iam, 'Holder');
    const put = await sendAny(iam, owner.put('holder', 'read', READ));
    expect(put.$metadata.httpStatusCode).toBe(200);

    // The owner's name as stored; the document as written, URL-encoded as IAM sends it.
    const got = await sendAny(iam, owner.get('holder', 'read'));
    const { $metadata: _meta, ...body } = got;
    expect(body).toEqual({
      [owner.member]: 'Holder',
      PolicyName: 'read',
      PolicyDocument: encodeURIComponent(READ),
    });
    expect(decodeURIComponent(got.PolicyDocument)).toBe(READ);

    await sendAny(iam, owner.put('Holder', 'write', WRITE));
    await sendAny(iam, owner.put('Holder', 'read', WRITE));
    expect(decodeURIComponent((await sendAny(iam, owner.get('Holder', 'read'))).PolicyDocument)).toBe(WRITE);
    const listed = await sendAny(iam, owner.list('Holder'));
    expect(listed).toMatchObject({ PolicyNames: ['read', 'write'], IsTruncated: false });
    expect(listed.Marker).toBeUndefined();

    await sendAny(iam, owner.remove('Holder', 'read'));
    expect((await sendAny(iam, owner.list('Holder'))).PolicyNames).toEqual(['write']);
    expect(await failureOf(sendAny(iam, owner.get('Holder', 'read')))).toMatchObject({
      ...NO_SUCH_ENTITY,
      message: `The inline policy read of ${owner.kind} Holder cannot be found`,
    });
    expect(await failureOf(sendAny(iam, owner.remove('Holder', 'read')))).toMatchObject(NO_SUCH_ENTITY);
  });

  it('pages the policy names by MaxItems and Marker', async () => {
    const { iam } = await rootClients(server);
    await owner.create(iam, 'pager');
    for (const name of ['p5', 'p3', 'p1', 'p4', 'p2']) await sendAny(iam, owner.put('pager', name, WRITE));
    const pages = await allPages(
      (Marker) => sendAny(iam, owner.list('pager', { MaxItems: 2, Marker })),
      (page: SdkPage & { PolicyNames?: string[] }) => page.PolicyNames,
    );
    expect(pages.pages).toEqual([['p1', 'p2'], ['p3', 'p4'], ['p5']]);
    expect(pages.truncated).toEqual([true, true, false]);
  });

  it('answers NoSuchEntity, MalformedPolicyDocument and LimitExceeded as AWS', async () => {
    const { iam } = await rootClients(server);
    await owner.create(iam, 'target');
    for (const command of [owner.put('nobody', 'p', WRITE), owner.get('nobody', 'p'), owner.list('nobody')]) {
      expect(await failureOf(sendAny(iam, command))).toMatchObject(NO_SUCH_ENTITY);
    }
    expect(await failureOf(sendAny(iam, owner.put('target', 'bad', 'not json')))).toMatchObject(
      MALFORMED_POLICY,
    );
    // An identity policy names no principal.
    expect(await failureOf(sendAny(iam, owner.put('target', 'bad', TRUST)))).toMatchObject(MALFORMED_POLICY);
    expect(
      await failureOf(sendAny(iam, owner.put('target', 'big', policyLargerThan(owner.quota)))),
    ).toMatchObject(LIMIT_EXCEEDED);
    // The quota holds for all of the owner's inline policies together.
    const half = policyLargerThan(owner.quota / 2);
    await sendAny(iam, owner.put('target', 'half', half));
    expect(await failureOf(sendAny(iam, owner.put('target', 'other-half', half)))).toMatchObject(
      LIMIT_EXCEEDED,
    );
    expect((await sendAny(iam, owner.list('target'))).PolicyNames).toEqual(['half']);
  });

  it('refuses an IAM user without policies with AccessDenied', async () => {
    const { iam: root, account } = await rootClients(server);
    const acct = account.accountId;
    await owner.create(root, 'locked');
    await sendAny(root, owner.put('locked', 'p', WRITE));
    const { iam, user } = await userClients(server, acct);
    const word = owner.kind.charAt(0).toUpperCase() + owner.kind.slice(1);
    const cases = [
      [owner.put('locked', 'p', READ), `iam:Put${word}Policy`],
      [owner.get('locked', 'p'), `iam:Get${word}Policy`],
      [owner.remove('locked', 'p'), `iam:Delete${word}Policy`],
      [owner.list('locked'), `iam:List${word}Policies`],
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
