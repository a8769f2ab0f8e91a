import {
  CreatePolicyCommand,
  CreateRoleCommand,
  CreateUserCommand,
  ListPolicyTagsCommand,
  ListRoleTagsCommand,
  ListUserTagsCommand,
  TagPolicyCommand,
  TagRoleCommand,
  TagUserCommand,
  UntagPolicyCommand,
  UntagRoleCommand,
  UntagUserCommand,
  type IAMClient,
  type Tag,
} from '@aws-sdk/client-iam';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allow } from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';
import { READ_ONLY, rootClients, TRUST, userClients } from './aws-clients.js';
import {
  allPages,
  failureOf,
  INVALID_INPUT,
  LIMIT_EXCEEDED,
  NO_SUCH_ENTITY,
  VALIDATION_ERROR,
  sendAny,
  type SdkPage,
} from './sdk-results.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

type Page = { MaxItems?: number; Marker?: string };

/** The same steps for users, roles and managed policies: each is named by its own member. */
const TAGGABLE = [
  {
    kind: 'user',
    word: 'User',
    create: async (iam: IAMClient, name: string) => {
      await iam.send(new CreateUserCommand({ UserName: name }));
      return name;
    },
    arnOf: (acct: string, id: string) => `arn:aws:iam::${acct}:user/${id}`,
    missing: () => 'nobody',
    tag: (id: string, Tags: Tag[]) => new TagUserCommand({ UserName: id, Tags }),
    untag: (id: string, TagKeys: string[]) => new UntagUserCommand({ UserName: id, TagKeys }),
    list: (id: string, page: Page = {}) => new ListUserTagsCommand({ UserName: id, ...page }),
  },
  {
    kind: 'role',
    word: 'Role',
    create: async (iam: IAMClient, name: string) => {
      await iam.send(new CreateRoleCommand({ RoleName: name, AssumeRolePolicyDocument: TRUST }));
      return name;
    },
    arnOf: (acct: string, id: string) => `arn:aws:iam::${acct}:role/${id}`,
    missing: () => 'nobody',
    tag: (id: string, Tags: Tag[]) => new TagRoleCommand({ RoleName: id, Tags }),
    untag: (id: string, TagKeys: string[]) => new UntagRoleCommand({ RoleName: id, TagKeys }),
    list: (id: string, page: Page = {}) => new ListRoleTagsCommand({ RoleName: id, ...page }),
  },
  {
    kind: 'policy',
    word: 'Policy',
    create: async (iam: IAMClient, name: string) => {
      const out = await iam.send(
        new CreatePolicyCommand({ PolicyName: name, PolicyDocument: JSON.stringify(allow('s3:GetObject')) }),
      );
      return out.Policy!.Arn!;
    },
    arnOf: (_acct: string, id: string) => id,
    missing: (acct?: string) => `arn:aws:iam::${acct ?? '000000000000'}:policy/nobody`,
    tag: (id: string, Tags: Tag[]) => new TagPolicyCommand({ PolicyArn: id, Tags }),
    untag: (id: string, TagKeys: string[]) => new UntagPolicyCommand({ PolicyArn: id, TagKeys }),
    list: (id: string, page: Page = {}) => new ListPolicyTagsCommand({ PolicyArn: id, ...page }),
  },
] as const;

describe.each(TAGGABLE)('tags of a $kind through the AWS door', (target) => {
  it('tags, overwrites, lists and untags with AWS output', async () => {
    const { iam } = await rootClients(server);
    const id = await target.create(iam, 'tagged');
    const tagged = await sendAny(
      iam,
      target.tag(id, [
        { Key: 'team', Value: 'platform' },
        { Key: 'cost-center', Value: '42' },
      ]),
    );
    expect(tagged.$metadata.httpStatusCode).toBe(200);
    // A key given again in another case takes the new value and spelling, as AWS overwrites.
    await sendAny(iam, target.tag(id, [{ Key: 'Team', Value: 'core' }]));
    const listed = await sendAny(iam, target.list(id));
    expect(listed).toMatchObject({
      Tags: [
        { Key: 'cost-center', Value: '42' },
        { Key: 'Team', Value: 'core' },
      ],
      IsTruncated: false,
    });
    expect(listed.Marker).toBeUndefined();

    // Keys it does not have are ignored; keys are compared without case.
    await sendAny(iam, target.untag(id, ['TEAM', 'absent']));
    expect((await sendAny(iam, target.list(id))).Tags).toEqual([{ Key: 'cost-center', Value: '42' }]);
    await sendAny(iam, target.untag(id, ['cost-center']));
    expect((await sendAny(iam, target.list(id))).Tags).toEqual([]);
  });

  it('pages the tags by MaxItems and Marker', async () => {
    const { iam } = await rootClients(server);
    const id = await target.create(iam, 'pager');
    const tags = ['k5', 'k3', 'k1', 'k4', 'k2'].map((Key) => ({ Key, Value: `v-${Key}` }));
    await sendAny(iam, target.tag(id, tags));
    const pages = await allPages(
      (Marker) => sendAny(iam, target.list(id, { MaxItems: 2, Marker })),
      (page: SdkPage & { Tags?: Tag[] }) => page.Tags?.map((t) => t.Key),
    );
    expect(pages.pages).toEqual([['k1', 'k2'], ['k3', 'k4'], ['k5']]);
    expect(pages.truncated).toEqual([true, true, false]);
  });

  it('answers NoSuchEntity, LimitExceeded, InvalidInput and ValidationError as AWS', async () => {
    const { iam, account } = await rootClients(server);
    const id = await target.create(iam, 'full');
    const missing = target.missing(account.accountId);
    for (const command of [
      target.tag(missing, [{ Key: 'a', Value: 'b' }]),
      target.untag(missing, ['a']),
      target.list(missing),
    ]) {
      expect(await failureOf(sendAny(iam, command))).toMatchObject(NO_SUCH_ENTITY);
    }

    expect(
      await failureOf(
        sendAny(
          iam,
          target.tag(id, [
            { Key: 'dup', Value: '1' },
            { Key: 'DUP', Value: '2' },
          ]),
        ),
      ),
    ).toMatchObject({ ...INVALID_INPUT, message: 'The tag key DUP is repeated' });
    expect(await failureOf(sendAny(iam, target.tag(id, [{ Key: 'aws:team', Value: 'x' }])))).toMatchObject(
      INVALID_INPUT,
    );
    expect(await failureOf(sendAny(iam, target.tag(id, [{ Key: 'a#b', Value: 'x' }])))).toMatchObject(
      VALIDATION_ERROR,
    );

    // At most 50 tags on one entity.
    const fifty = Array.from({ length: 50 }, (_, i) => ({ Key: `key-${i}`, Value: `${i}` }));
    await sendAny(iam, target.tag(id, fifty));
    expect(await failureOf(sendAny(iam, target.tag(id, [{ Key: 'one-more', Value: 'x' }])))).toMatchObject(
      LIMIT_EXCEEDED,
    );
    // Overwriting a tag it has is no new tag.
    await sendAny(iam, target.tag(id, [{ Key: 'KEY-0', Value: 'new' }]));
  });

  it('authorises tagging with aws:TagKeys and refuses an IAM user without policies', async () => {
    const { iam: root, account } = await rootClients(server);
    const acct = account.accountId;
    const id = await target.create(root, 'locked');
    const { iam, user } = await userClients(server, acct);
    const cases = [
      [target.tag(id, [{ Key: 'team', Value: 'x' }]), `iam:Tag${target.word}`],
      [target.untag(id, ['team']), `iam:Untag${target.word}`],
      [target.list(id), `iam:List${target.word}Tags`],
    ] as const;
    for (const [command, action] of cases) {
      expect(await failureOf(sendAny(iam, command)), action).toEqual({
        name: 'AccessDenied',
        code: 'AccessDenied',
        status: 403,
        message: `User: ${user.arn} is not authorized to perform: ${action} on resource: ${target.arnOf(acct, id)} because no identity-based policy allows the ${action} action`,
      });
    }

    const { iam: tagger } = await userClients(server, acct, {
      inlinePolicies: {
        team: {
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Action: `iam:Tag${target.word}`,
              Resource: '*',
              Condition: { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['team'] } },
            },
          ],
        },
      },
    });
    await sendAny(tagger, target.tag(id, [{ Key: 'team', Value: 'ok' }]));
    expect(await failureOf(sendAny(tagger, target.tag(id, [{ Key: 'cost', Value: 'no' }])))).toMatchObject({
      name: 'AccessDenied',
      status: 403,
    });
  });
});

describe('tags of AWS managed policies', () => {
  it('lists them but refuses changes, as AWS does', async () => {
    const { iam } = await rootClients(server);
    expect((await iam.send(new ListPolicyTagsCommand({ PolicyArn: READ_ONLY }))).Tags).toEqual([]);
    expect(
      await failureOf(
        iam.send(new TagPolicyCommand({ PolicyArn: READ_ONLY, Tags: [{ Key: 'a', Value: 'b' }] })),
      ),
    ).toMatchObject({ name: 'AccessDenied', status: 403 });
  });
});
