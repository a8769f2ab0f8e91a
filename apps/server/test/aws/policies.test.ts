import {
  CreatePolicyCommand,
  CreatePolicyVersionCommand,
  DeletePolicyCommand,
  DeletePolicyVersionCommand,
  GetPolicyCommand,
  GetPolicyVersionCommand,
  ListEntitiesForPolicyCommand,
  ListPoliciesCommand,
  ListPolicyVersionsCommand,
  SetDefaultPolicyVersionCommand,
  type IAMClient,
  type ListPoliciesCommandInput,
} from '@aws-sdk/client-iam';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nameKey } from '../../src/db/name-key.js';
import { newUniqueId } from '../../src/model/unique-ids.js';
import { allow } from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';
import { rootClients, userClients } from './aws-clients.js';
import { allPages, failureOf } from './sdk-results.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const doc = (action: string) => JSON.stringify(allow(action));

async function newPolicy(iam: IAMClient, name: string, path = '/'): Promise<string> {
  const out = await iam.send(
    new CreatePolicyCommand({ PolicyName: name, Path: path, PolicyDocument: doc('s3:GetObject') }),
  );
  return out.Policy!.Arn!;
}

type Kind = 'user' | 'group' | 'role';

/** A user, group or role written straight to the database (their AWS actions live elsewhere). */
async function seedEntity(accountId: string, kind: Kind, name: string, path = '/'): Promise<string> {
  const db = server.deps.db;
  const common = { accountId, name, nameLower: nameKey(name), path };
  if (kind === 'user') {
    const id = newUniqueId('user');
    await db.user.create({ data: { id, ...common } });
    return id;
  }
  if (kind === 'group') {
    const id = newUniqueId('group');
    await db.group.create({ data: { id, ...common } });
    return id;
  }
  const id = newUniqueId('role');
  await db.role.create({ data: { id, ...common, trustPolicy: '{}' } });
  return id;
}

async function attach(accountId: string, policyArn: string, kind: Kind, entityId: string): Promise<void> {
  const policy = await server.deps.db.managedPolicy.findUniqueOrThrow({ where: { arn: policyArn } });
  await server.deps.db.policyAttachment.create({
    data: { accountId, policyId: policy.id, [`${kind}Id`]: entityId },
  });
}

async function useAsBoundary(policyArn: string, kind: 'user' | 'role', entityId: string): Promise<void> {
  const policy = await server.deps.db.managedPolicy.findUniqueOrThrow({ where: { arn: policyArn } });
  const data = { permissionsBoundaryId: policy.id };
  if (kind === 'user') await server.deps.db.user.update({ where: { id: entityId }, data });
  else await server.deps.db.role.update({ where: { id: entityId }, data });
}

describe('managed policies through the AWS door', () => {
  it('creates a policy with path, description and tags, and reads it back as AWS does', async () => {
    const { iam, account } = await rootClients(server);
    const document = doc('s3:ListBucket');
    const created = await iam.send(
      new CreatePolicyCommand({
        PolicyName: 'read-buckets',
        Path: '/app/',
        PolicyDocument: document,
        Description: 'lists the buckets',
        Tags: [{ Key: 'team', Value: 'ops' }],
      }),
    );
    const policy = {
      PolicyName: 'read-buckets',
      PolicyId: expect.stringMatching(/^ANPA[A-Z2-7]{17}$/),
      Arn: `arn:aws:iam::${account.accountId}:policy/app/read-buckets`,
      Path: '/app/',
      DefaultVersionId: 'v1',
      AttachmentCount: 0,
      PermissionsBoundaryUsageCount: 0,
      IsAttachable: true,
      Description: 'lists the buckets',
      CreateDate: expect.any(Date),
      UpdateDate: expect.any(Date),
      Tags: [{ Key: 'team', Value: 'ops' }],
    };
    expect(created.Policy).toEqual(policy);

    const got = await iam.send(new GetPolicyCommand({ PolicyArn: policy.Arn }));
    expect(got.Policy).toEqual({ ...policy, PolicyId: created.Policy!.PolicyId });

    // The document travels URL-encoded, as IAM sends it.
    const version = await iam.send(new GetPolicyVersionCommand({ PolicyArn: policy.Arn, VersionId: 'v1' }));
    expect(version.PolicyVersion).toEqual({
      Document: encodeURIComponent(document),
      VersionId: 'v1',
      IsDefaultVersion: true,
      CreateDate: expect.any(Date),
    });
    expect(decodeURIComponent(version.PolicyVersion!.Document!)).toBe(document);
  });

  it('refuses a taken name, a malformed document, an invalid path and an unknown policy', async () => {
    const { iam, account } = await rootClients(server);
    await newPolicy(iam, 'taken');
    expect(
      await failureOf(
        iam.send(new CreatePolicyCommand({ PolicyName: 'TAKEN', PolicyDocument: doc('s3:*') })),
      ),
    ).toMatchObject({ name: 'EntityAlreadyExistsException', status: 409 });
    expect(
      await failureOf(
        iam.send(new CreatePolicyCommand({ PolicyName: 'broken', PolicyDocument: '{"Version":' })),
      ),
    ).toMatchObject({ name: 'MalformedPolicyDocumentException', status: 400 });
    expect(
      await failureOf(
        iam.send(new CreatePolicyCommand({ PolicyName: 'p', Path: 'no-slash', PolicyDocument: doc('s3:*') })),
      ),
    ).toMatchObject({ name: 'ValidationError', status: 400 });
    expect(
      await failureOf(
        iam.send(
          new CreatePolicyCommand({
            PolicyName: 'tagged',
            PolicyDocument: doc('s3:*'),
            Tags: [
              { Key: 'team', Value: 'a' },
              { Key: 'TEAM', Value: 'b' },
            ],
          }),
        ),
      ),
    ).toMatchObject({ name: 'InvalidInputException', status: 400 });
    const missing = `arn:aws:iam::${account.accountId}:policy/missing`;
    expect(await failureOf(iam.send(new GetPolicyCommand({ PolicyArn: missing })))).toMatchObject({
      name: 'NoSuchEntityException',
      status: 404,
    });
    expect(
      await failureOf(iam.send(new GetPolicyVersionCommand({ PolicyArn: missing, VersionId: 'v1' }))),
    ).toMatchObject({ name: 'NoSuchEntityException', status: 404 });
  });

  it('keeps versions as AWS does: default, five at most, never deleting the default', async () => {
    const { iam } = await rootClients(server);
    const arn = await newPolicy(iam, 'versioned');
    const v2 = await iam.send(
      new CreatePolicyVersionCommand({
        PolicyArn: arn,
        PolicyDocument: doc('s3:PutObject'),
        SetAsDefault: true,
      }),
    );
    expect(v2.PolicyVersion).toEqual({
      VersionId: 'v2',
      IsDefaultVersion: true,
      CreateDate: expect.any(Date),
    });
    const v3 = await iam.send(
      new CreatePolicyVersionCommand({ PolicyArn: arn, PolicyDocument: doc('s3:*') }),
    );
    expect(v3.PolicyVersion).toMatchObject({ VersionId: 'v3', IsDefaultVersion: false });

    const versions = await iam.send(new ListPolicyVersionsCommand({ PolicyArn: arn }));
    expect(versions.Versions).toEqual([
      { VersionId: 'v3', IsDefaultVersion: false, CreateDate: expect.any(Date) },
      { VersionId: 'v2', IsDefaultVersion: true, CreateDate: expect.any(Date) },
      { VersionId: 'v1', IsDefaultVersion: false, CreateDate: expect.any(Date) },
    ]);
    expect(versions.IsTruncated).toBe(false);
    const paged = await allPages(
      (Marker) => iam.send(new ListPolicyVersionsCommand({ PolicyArn: arn, MaxItems: 2, Marker })),
      (p) => p.Versions?.map((v) => v.VersionId),
    );
    expect(paged.pages).toEqual([['v3', 'v2'], ['v1']]);

    expect(
      await failureOf(iam.send(new DeletePolicyVersionCommand({ PolicyArn: arn, VersionId: 'v2' }))),
    ).toMatchObject({ name: 'DeleteConflictException', status: 409 });
    await iam.send(new SetDefaultPolicyVersionCommand({ PolicyArn: arn, VersionId: 'v3' }));
    const policy = await iam.send(new GetPolicyCommand({ PolicyArn: arn }));
    expect(policy.Policy?.DefaultVersionId).toBe('v3');
    await iam.send(new DeletePolicyVersionCommand({ PolicyArn: arn, VersionId: 'v2' }));
    expect(
      await failureOf(iam.send(new GetPolicyVersionCommand({ PolicyArn: arn, VersionId: 'v2' }))),
    ).toMatchObject({ name: 'NoSuchEntityException', status: 404 });

    await iam.send(new CreatePolicyVersionCommand({ PolicyArn: arn, PolicyDocument: doc('s3:A*') }));
    await iam.send(new CreatePolicyVersionCommand({ PolicyArn: arn, PolicyDocument: doc('s3:B*') }));
    await iam.send(new CreatePolicyVersionCommand({ PolicyArn: arn, PolicyDocument: doc('s3:C*') }));
    expect(
      await failureOf(
        iam.send(new CreatePolicyVersionCommand({ PolicyArn: arn, PolicyDocument: doc('s3:D*') })),
      ),
    ).toMatchObject({ name: 'LimitExceededException', status: 409 });
    expect(
      await failureOf(iam.send(new SetDefaultPolicyVersionCommand({ PolicyArn: arn, VersionId: 'v9' }))),
    ).toMatchObject({ name: 'NoSuchEntityException', status: 404 });
    expect(
      await failureOf(
        iam.send(new CreatePolicyVersionCommand({ PolicyArn: arn, PolicyDocument: '{"Statement":[]' })),
      ),
    ).toMatchObject({ name: 'MalformedPolicyDocumentException', status: 400 });
  });

  it('deletes a policy only once it is detached and has no other versions', async () => {
    const { iam, account } = await rootClients(server);
    const arn = await newPolicy(iam, 'in-use');
    const userId = await seedEntity(account.accountId, 'user', 'holder');
    await attach(account.accountId, arn, 'user', userId);
    await iam.send(new CreatePolicyVersionCommand({ PolicyArn: arn, PolicyDocument: doc('s3:*') }));
    expect(await failureOf(iam.send(new DeletePolicyCommand({ PolicyArn: arn })))).toMatchObject({
      name: 'DeleteConflictException',
      status: 409,
    });
    await server.deps.db.policyAttachment.deleteMany({ where: { userId } });
    await iam.send(new DeletePolicyVersionCommand({ PolicyArn: arn, VersionId: 'v2' }));
    await iam.send(new DeletePolicyCommand({ PolicyArn: arn }));
    expect(await failureOf(iam.send(new GetPolicyCommand({ PolicyArn: arn })))).toMatchObject({
      name: 'NoSuchEntityException',
      status: 404,
    });
    // AWS managed policies belong to AWS.
    expect(
      await failureOf(
        iam.send(new DeletePolicyCommand({ PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' })),
      ),
    ).toMatchObject({ name: 'AccessDenied', status: 403 });
  });

  it('pages through every AWS managed policy by Marker and finds AdministratorAccess', async () => {
    const { iam } = await rootClients(server);
    const { pages, truncated } = await allPages(
      (Marker) => iam.send(new ListPoliciesCommand({ Scope: 'AWS', MaxItems: 100, Marker })),
      (p) => p.Policies,
    );
    const all = pages.flat();
    const expected = await server.deps.db.managedPolicy.count({ where: { scope: 'AWS' } });
    expect(expected).toBeGreaterThan(1000);
    expect(all).toHaveLength(expected);
    expect(new Set(all.map((p) => p.Arn)).size).toBe(expected);
    expect(pages.slice(0, -1).every((p) => p.length === 100)).toBe(true);
    expect(truncated.at(-1)).toBe(false);
    const admin = all.find((p) => p.PolicyName === 'AdministratorAccess');
    expect(admin).toMatchObject({
      Arn: 'arn:aws:iam::aws:policy/AdministratorAccess',
      Path: '/',
      IsAttachable: true,
      AttachmentCount: 0,
    });
    // A list shows neither the description nor the tags, as AWS's.
    expect(admin).not.toHaveProperty('Description');
    expect(admin).not.toHaveProperty('Tags');
  });

  it('filters ListPolicies by scope, path, attachment and usage', async () => {
    const { iam, account } = await rootClients(server);
    const acct = account.accountId;
    const attached = await newPolicy(iam, 'attached', '/team/');
    const boundary = await newPolicy(iam, 'boundary', '/team/');
    await newPolicy(iam, 'unused');
    const userId = await seedEntity(acct, 'user', 'bounded');
    await attach(acct, attached, 'user', userId);
    await attach(acct, 'arn:aws:iam::aws:policy/ReadOnlyAccess', 'user', userId);
    await useAsBoundary(boundary, 'user', userId);

    const names = async (input: ListPoliciesCommandInput) =>
      (await iam.send(new ListPoliciesCommand(input))).Policies?.map((p) => p.PolicyName);
    expect(await names({ Scope: 'Local' })).toEqual(['attached', 'boundary', 'unused']);
    expect(await names({ Scope: 'Local', PathPrefix: '/team/' })).toEqual(['attached', 'boundary']);
    expect(await names({ OnlyAttached: true })).toEqual(['attached', 'boundary', 'ReadOnlyAccess']);
    expect(await names({ OnlyAttached: true, Scope: 'AWS' })).toEqual(['ReadOnlyAccess']);
    expect(await names({ OnlyAttached: true, PolicyUsageFilter: 'PermissionsBoundary' })).toEqual([
      'boundary',
    ]);
    expect(await names({ OnlyAttached: true, PolicyUsageFilter: 'PermissionsPolicy' })).toEqual([
      'attached',
      'ReadOnlyAccess',
    ]);
    const readOnly = await iam.send(
      new GetPolicyCommand({ PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }),
    );
    expect(readOnly.Policy).toMatchObject({ AttachmentCount: 1, PermissionsBoundaryUsageCount: 0 });
    expect(await failureOf(iam.send(new ListPoliciesCommand({ MaxItems: 0 })))).toMatchObject({
      name: 'ValidationError',
      status: 400,
    });
  });

  it('lists the entities using a policy, by type, path and usage, across pages', async () => {
    const { iam, account } = await rootClients(server);
    const acct = account.accountId;
    const arn = await newPolicy(iam, 'shared');
    const ids = {
      alice: await seedEntity(acct, 'user', 'alice', '/eng/'),
      bob: await seedEntity(acct, 'user', 'bob'),
      devs: await seedEntity(acct, 'group', 'devs', '/eng/'),
      deployer: await seedEntity(acct, 'role', 'deployer'),
      carol: await seedEntity(acct, 'user', 'carol'),
    };
    await attach(acct, arn, 'user', ids.alice);
    await attach(acct, arn, 'user', ids.bob);
    await attach(acct, arn, 'group', ids.devs);
    await attach(acct, arn, 'role', ids.deployer);
    await useAsBoundary(arn, 'user', ids.carol);

    const all = await iam.send(new ListEntitiesForPolicyCommand({ PolicyArn: arn }));
    expect(all).toMatchObject({
      PolicyGroups: [{ GroupName: 'devs', GroupId: ids.devs }],
      PolicyUsers: [
        { UserName: 'alice', UserId: ids.alice },
        { UserName: 'bob', UserId: ids.bob },
        { UserName: 'carol', UserId: ids.carol },
      ],
      PolicyRoles: [{ RoleName: 'deployer', RoleId: ids.deployer }],
      IsTruncated: false,
    });
    const only = await iam.send(
      new ListEntitiesForPolicyCommand({
        PolicyArn: arn,
        EntityFilter: 'User',
        PolicyUsageFilter: 'PermissionsPolicy',
      }),
    );
    expect(only.PolicyUsers?.map((u) => u.UserName)).toEqual(['alice', 'bob']);
    expect(only).toMatchObject({ PolicyGroups: [], PolicyRoles: [] });
    const boundaries = await iam.send(
      new ListEntitiesForPolicyCommand({ PolicyArn: arn, PolicyUsageFilter: 'PermissionsBoundary' }),
    );
    expect(boundaries.PolicyUsers?.map((u) => u.UserName)).toEqual(['carol']);
    const underEng = await iam.send(
      new ListEntitiesForPolicyCommand({ PolicyArn: arn, PathPrefix: '/eng/' }),
    );
    expect(underEng.PolicyUsers?.map((u) => u.UserName)).toEqual(['alice']);
    expect(underEng.PolicyGroups?.map((g) => g.GroupName)).toEqual(['devs']);
    expect(underEng.PolicyRoles).toEqual([]);
    const policies = await iam.send(
      new ListEntitiesForPolicyCommand({ PolicyArn: arn, EntityFilter: 'LocalManagedPolicy' }),
    );
    expect(policies).toMatchObject({ PolicyUsers: [], PolicyGroups: [], PolicyRoles: [] });

    const paged = await allPages(
      (Marker) => iam.send(new ListEntitiesForPolicyCommand({ PolicyArn: arn, MaxItems: 2, Marker })),
      (p) => [
        ...(p.PolicyUsers ?? []).map((u) => u.UserName),
        ...(p.PolicyGroups ?? []).map((g) => g.GroupName),
        ...(p.PolicyRoles ?? []).map((r) => r.RoleName),
      ],
    );
    expect(paged.pages.flat().sort()).toEqual(['alice', 'bob', 'carol', 'deployer', 'devs']);
    expect(paged.pages.length).toBe(3);
    expect(
      await failureOf(
        iam.send(new ListEntitiesForPolicyCommand({ PolicyArn: `arn:aws:iam::${acct}:policy/none` })),
      ),
    ).toMatchObject({ name: 'NoSuchEntityException', status: 404 });
  });

  it('refuses an IAM user without policies in AWS words', async () => {
    const { account } = await rootClients(server);
    const { iam, user } = await userClients(server, account.accountId);
    const arn = `arn:aws:iam::${account.accountId}:policy/denied`;
    const failure = await failureOf(
      iam.send(new CreatePolicyCommand({ PolicyName: 'denied', PolicyDocument: doc('s3:*') })),
    );
    expect(failure).toMatchObject({
      name: 'AccessDenied',
      status: 403,
      message: `User: ${user.arn} is not authorized to perform: iam:CreatePolicy on resource: ${arn} because no identity-based policy allows the iam:CreatePolicy action`,
    });
    for (const call of [
      () => iam.send(new ListPoliciesCommand({})),
      () => iam.send(new GetPolicyCommand({ PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' })),
      () => iam.send(new ListPolicyVersionsCommand({ PolicyArn: arn })),
      () => iam.send(new ListEntitiesForPolicyCommand({ PolicyArn: arn })),
    ]) {
      expect(await failureOf(call())).toMatchObject({ name: 'AccessDenied', status: 403 });
    }
  });
});
