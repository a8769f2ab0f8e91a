import {
  AddUserToGroupCommand,
  AttachGroupPolicyCommand,
  AttachRolePolicyCommand,
  AttachUserPolicyCommand,
  CreateAccountAliasCommand,
  CreateGroupCommand,
  CreatePolicyCommand,
  CreatePolicyVersionCommand,
  CreateRoleCommand,
  CreateUserCommand,
  DeleteAccountAliasCommand,
  DeleteAccountPasswordPolicyCommand,
  GenerateCredentialReportCommand,
  GetAccountAuthorizationDetailsCommand,
  GetAccountPasswordPolicyCommand,
  GetAccountSummaryCommand,
  GetCredentialReportCommand,
  ListAccountAliasesCommand,
  PutGroupPolicyCommand,
  PutRolePolicyCommand,
  PutUserPermissionsBoundaryCommand,
  PutUserPolicyCommand,
  UpdateAccountPasswordPolicyCommand,
  type GetAccountAuthorizationDetailsCommandOutput,
  type IAMClient,
} from '@aws-sdk/client-iam';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IAM_MODEL } from '../../src/aws/protocol/service-model.js';
import { CREDENTIAL_REPORT_COLUMNS } from '../../src/services/credentials/credential-report/credential-report-columns.js';
import { allow, uniqueSuffix } from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';
import { READ_ONLY, rootClients, TRUST, userClients } from './aws-clients.js';
import { allPages, failureOf } from './sdk-results.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const doc = (action: string) => JSON.stringify(allow(action));

describe('the account password policy through the AWS door', () => {
  it('is NoSuchEntity until set, then reads back as AWS describes it', async () => {
    const { iam, account } = await rootClients(server);
    expect(await failureOf(iam.send(new GetAccountPasswordPolicyCommand({})))).toMatchObject({
      name: 'NoSuchEntityException',
      status: 404,
      message: `The Password Policy with domain name ${account.accountId} cannot be found.`,
    });
    await iam.send(
      new UpdateAccountPasswordPolicyCommand({
        MinimumPasswordLength: 12,
        RequireSymbols: true,
        RequireNumbers: true,
        AllowUsersToChangePassword: true,
        MaxPasswordAge: 90,
        PasswordReusePrevention: 5,
      }),
    );
    const got = await iam.send(new GetAccountPasswordPolicyCommand({}));
    expect(got.PasswordPolicy).toEqual({
      MinimumPasswordLength: 12,
      RequireSymbols: true,
      RequireNumbers: true,
      RequireUppercaseCharacters: false,
      RequireLowercaseCharacters: false,
      AllowUsersToChangePassword: true,
      ExpirePasswords: true,
      MaxPasswordAge: 90,
      PasswordReusePrevention: 5,
      HardExpiry: false,
    });
    // Each update describes the whole policy: what it leaves out takes AWS's default.
    await iam.send(new UpdateAccountPasswordPolicyCommand({ RequireUppercaseCharacters: true }));
    expect((await iam.send(new GetAccountPasswordPolicyCommand({}))).PasswordPolicy).toEqual({
      MinimumPasswordLength: 6,
      RequireSymbols: false,
      RequireNumbers: false,
      RequireUppercaseCharacters: true,
      RequireLowercaseCharacters: false,
      AllowUsersToChangePassword: false,
      ExpirePasswords: false,
      HardExpiry: false,
    });
    expect(
      await failureOf(iam.send(new UpdateAccountPasswordPolicyCommand({ MinimumPasswordLength: 5 }))),
    ).toMatchObject({ name: 'ValidationError', status: 400 });

    await iam.send(new DeleteAccountPasswordPolicyCommand({}));
    for (const call of [
      () => iam.send(new GetAccountPasswordPolicyCommand({})),
      () => iam.send(new DeleteAccountPasswordPolicyCommand({})),
    ]) {
      expect(await failureOf(call())).toMatchObject({ name: 'NoSuchEntityException', status: 404 });
    }
  });
});

describe('account aliases through the AWS door', () => {
  it('creates, lists and deletes the alias, unique across accounts', async () => {
    const { iam } = await rootClients(server);
    const alias = `team-${uniqueSuffix()}`;
    expect(await iam.send(new ListAccountAliasesCommand({}))).toMatchObject({
      AccountAliases: [],
      IsTruncated: false,
    });
    await iam.send(new CreateAccountAliasCommand({ AccountAlias: alias }));
    expect((await iam.send(new ListAccountAliasesCommand({}))).AccountAliases).toEqual([alias]);

    const other = await rootClients(server);
    expect(
      await failureOf(other.iam.send(new CreateAccountAliasCommand({ AccountAlias: alias }))),
    ).toMatchObject({ name: 'EntityAlreadyExistsException', status: 409 });
    expect(
      await failureOf(other.iam.send(new CreateAccountAliasCommand({ AccountAlias: 'Not_An-Alias' }))),
    ).toMatchObject({ name: 'ValidationError', status: 400 });

    expect(
      await failureOf(iam.send(new DeleteAccountAliasCommand({ AccountAlias: `other-${uniqueSuffix()}` }))),
    ).toMatchObject({ name: 'NoSuchEntityException', status: 404 });
    await iam.send(new DeleteAccountAliasCommand({ AccountAlias: alias }));
    expect((await iam.send(new ListAccountAliasesCommand({}))).AccountAliases).toEqual([]);
    expect(await failureOf(iam.send(new DeleteAccountAliasCommand({ AccountAlias: alias })))).toMatchObject({
      name: 'NoSuchEntityException',
      status: 404,
    });
  });
});

describe('GetAccountSummary through the AWS door', () => {
  it("counts the account's entities under AWS's keys beside AWS's quotas", async () => {
    const { iam } = await rootClients(server);
    await iam.send(new CreateUserCommand({ UserName: 'one' }));
    await iam.send(new CreateUserCommand({ UserName: 'two' }));
    await iam.send(new CreateGroupCommand({ GroupName: 'devs' }));
    await iam.send(new CreateRoleCommand({ RoleName: 'app', AssumeRolePolicyDocument: TRUST }));
    const policy = await iam.send(new CreatePolicyCommand({ PolicyName: 'p', PolicyDocument: doc('s3:*') }));
    await iam.send(
      new CreatePolicyVersionCommand({ PolicyArn: policy.Policy!.Arn, PolicyDocument: doc('s3:Get*') }),
    );

    const { SummaryMap: summary } = await iam.send(new GetAccountSummaryCommand({}));
    const modelKeys = IAM_MODEL.shapes.summaryKeyType!.enum!;
    expect(Object.keys(summary!)).toEqual(expect.arrayContaining(modelKeys));
    expect(summary).toMatchObject({
      Users: 2,
      UsersQuota: 5000,
      Groups: 1,
      GroupsQuota: 300,
      Roles: 1,
      RolesQuota: 1000,
      Policies: 1,
      PoliciesQuota: 1500,
      PolicyVersionsInUse: 2,
      VersionsPerPolicyQuota: 5,
      PolicySizeQuota: 6144,
      UserPolicySizeQuota: 2048,
      GroupPolicySizeQuota: 5120,
      AttachedPoliciesPerUserQuota: 10,
      GroupsPerUserQuota: 10,
      AccessKeysPerUserQuota: 2,
      MFADevices: 0,
      MFADevicesInUse: 0,
      // The root user signs these requests with an access key of its own.
      AccountAccessKeysPresent: 1,
      AccountMFAEnabled: 0,
      ServerCertificates: 0,
    });
  });
});

describe('credential reports through the AWS door', () => {
  it('is ReportNotPresent until generated, then the CSV AWS writes', async () => {
    const { iam, account } = await rootClients(server);
    expect(await failureOf(iam.send(new GetCredentialReportCommand({})))).toMatchObject({
      name: 'CredentialReportNotPresentException',
      status: 410,
    });
    await iam.send(new CreateUserCommand({ UserName: 'reported' }));
    expect(await iam.send(new GenerateCredentialReportCommand({}))).toMatchObject({ State: 'COMPLETE' });

    const report = await iam.send(new GetCredentialReportCommand({}));
    expect(report).toMatchObject({ ReportFormat: 'text/csv', GeneratedTime: expect.any(Date) });
    const lines = Buffer.from(report.Content!).toString('utf8').trim().split('\n');
    expect(lines[0]).toBe(CREDENTIAL_REPORT_COLUMNS.join(','));
    expect(lines[1]).toMatch(new RegExp(`^<root_account>,arn:aws:iam::${account.accountId}:root,`));
    // The root user's access key, which signs these requests, is its first key.
    expect(lines[1]!.split(',')[CREDENTIAL_REPORT_COLUMNS.indexOf('access_key_1_active')]).toBe('true');
    expect(lines[2]).toMatch(new RegExp(`^reported,arn:aws:iam::${account.accountId}:user/reported,`));
    expect(lines).toHaveLength(3);
  });
});

describe('GetAccountAuthorizationDetails through the AWS door', () => {
  async function seedAccount(iam: IAMClient) {
    const local = await iam.send(
      new CreatePolicyCommand({ PolicyName: 'local-p', PolicyDocument: doc('s3:*') }),
    );
    const localArn = local.Policy!.Arn!;
    await iam.send(
      new CreatePolicyVersionCommand({
        PolicyArn: localArn,
        PolicyDocument: doc('s3:Get*'),
        SetAsDefault: true,
      }),
    );
    const boundary = await iam.send(
      new CreatePolicyCommand({ PolicyName: 'boundary-p', PolicyDocument: doc('s3:*') }),
    );
    const boundaryArn = boundary.Policy!.Arn!;
    const user = await iam.send(
      new CreateUserCommand({ UserName: 'alice', Path: '/eng/', Tags: [{ Key: 'team', Value: 'eng' }] }),
    );
    await iam.send(
      new PutUserPolicyCommand({ UserName: 'alice', PolicyName: 'inline-a', PolicyDocument: doc('sqs:*') }),
    );
    await iam.send(new AttachUserPolicyCommand({ UserName: 'alice', PolicyArn: localArn }));
    await iam.send(new AttachUserPolicyCommand({ UserName: 'alice', PolicyArn: READ_ONLY }));
    await iam.send(
      new PutUserPermissionsBoundaryCommand({ UserName: 'alice', PermissionsBoundary: boundaryArn }),
    );
    const group = await iam.send(new CreateGroupCommand({ GroupName: 'devs' }));
    await iam.send(new AddUserToGroupCommand({ GroupName: 'devs', UserName: 'alice' }));
    await iam.send(
      new PutGroupPolicyCommand({ GroupName: 'devs', PolicyName: 'inline-g', PolicyDocument: doc('sns:*') }),
    );
    await iam.send(new AttachGroupPolicyCommand({ GroupName: 'devs', PolicyArn: localArn }));
    const role = await iam.send(
      new CreateRoleCommand({ RoleName: 'deployer', AssumeRolePolicyDocument: TRUST }),
    );
    await iam.send(
      new PutRolePolicyCommand({
        RoleName: 'deployer',
        PolicyName: 'inline-r',
        PolicyDocument: doc('ec2:*'),
      }),
    );
    await iam.send(new AttachRolePolicyCommand({ RoleName: 'deployer', PolicyArn: localArn }));
    return { localArn, boundaryArn, user: user.User!, group: group.Group!, role: role.Role! };
  }

  const names = (page: GetAccountAuthorizationDetailsCommandOutput) => [
    ...(page.UserDetailList ?? []).map((u) => u.UserName),
    ...(page.GroupDetailList ?? []).map((g) => g.GroupName),
    ...(page.RoleDetailList ?? []).map((r) => r.RoleName),
    ...(page.Policies ?? []).map((p) => p.PolicyName),
  ];

  it('describes every user, group, role and used policy with their relationships', async () => {
    const { iam } = await rootClients(server);
    const { localArn, boundaryArn, user, group, role } = await seedAccount(iam);
    const out = await iam.send(new GetAccountAuthorizationDetailsCommand({}));
    expect(out.IsTruncated).toBe(false);
    const attachedLocal = { PolicyName: 'local-p', PolicyArn: localArn };
    expect(out.UserDetailList).toEqual([
      {
        Path: '/eng/',
        UserName: 'alice',
        UserId: user.UserId,
        Arn: user.Arn,
        CreateDate: expect.any(Date),
        UserPolicyList: [{ PolicyName: 'inline-a', PolicyDocument: encodeURIComponent(doc('sqs:*')) }],
        GroupList: ['devs'],
        AttachedManagedPolicies: [attachedLocal, { PolicyName: 'ReadOnlyAccess', PolicyArn: READ_ONLY }],
        PermissionsBoundary: { PermissionsBoundaryType: 'Policy', PermissionsBoundaryArn: boundaryArn },
        Tags: [{ Key: 'team', Value: 'eng' }],
      },
    ]);
    expect(out.GroupDetailList).toEqual([
      {
        Path: '/',
        GroupName: 'devs',
        GroupId: group.GroupId,
        Arn: group.Arn,
        CreateDate: expect.any(Date),
        GroupPolicyList: [{ PolicyName: 'inline-g', PolicyDocument: encodeURIComponent(doc('sns:*')) }],
        AttachedManagedPolicies: [attachedLocal],
      },
    ]);
    expect(out.RoleDetailList).toEqual([
      {
        Path: '/',
        RoleName: 'deployer',
        RoleId: role.RoleId,
        Arn: role.Arn,
        CreateDate: expect.any(Date),
        AssumeRolePolicyDocument: encodeURIComponent(TRUST),
        InstanceProfileList: [],
        RolePolicyList: [{ PolicyName: 'inline-r', PolicyDocument: encodeURIComponent(doc('ec2:*')) }],
        AttachedManagedPolicies: [attachedLocal],
        RoleLastUsed: {},
      },
    ]);
    // The account's own policies, and of AWS's only those it uses.
    expect(out.Policies?.map((p) => p.PolicyName)).toEqual(['boundary-p', 'local-p', 'ReadOnlyAccess']);
    expect(out.Policies![1]).toEqual({
      PolicyName: 'local-p',
      PolicyId: expect.stringMatching(/^ANPA/),
      Arn: localArn,
      Path: '/',
      DefaultVersionId: 'v2',
      AttachmentCount: 3,
      PermissionsBoundaryUsageCount: 0,
      IsAttachable: true,
      CreateDate: expect.any(Date),
      UpdateDate: expect.any(Date),
      PolicyVersionList: [
        {
          Document: encodeURIComponent(doc('s3:Get*')),
          VersionId: 'v2',
          IsDefaultVersion: true,
          CreateDate: expect.any(Date),
        },
        {
          Document: encodeURIComponent(doc('s3:*')),
          VersionId: 'v1',
          IsDefaultVersion: false,
          CreateDate: expect.any(Date),
        },
      ],
    });
    expect(out.Policies![0]).toMatchObject({ AttachmentCount: 0, PermissionsBoundaryUsageCount: 1 });
  });

  it('filters by entity type and pages across all of them', async () => {
    const { iam } = await rootClients(server);
    await seedAccount(iam);
    const roles = await iam.send(new GetAccountAuthorizationDetailsCommand({ Filter: ['Role'] }));
    expect(names(roles)).toEqual(['deployer']);
    expect(roles).toMatchObject({ UserDetailList: [], GroupDetailList: [], Policies: [] });
    const aws = await iam.send(
      new GetAccountAuthorizationDetailsCommand({ Filter: ['AWSManagedPolicy', 'User'] }),
    );
    expect(names(aws)).toEqual(['alice', 'ReadOnlyAccess']);

    const paged = await allPages(
      (Marker) => iam.send(new GetAccountAuthorizationDetailsCommand({ MaxItems: 2, Marker })),
      names,
    );
    expect(paged.pages).toEqual([
      ['alice', 'devs'],
      ['deployer', 'boundary-p'],
      ['local-p', 'ReadOnlyAccess'],
    ]);
    expect(paged.truncated).toEqual([true, true, false]);
    expect(
      await failureOf(iam.send(new GetAccountAuthorizationDetailsCommand({ Filter: ['Robot' as 'User'] }))),
    ).toMatchObject({ name: 'ValidationError', status: 400 });
  });
});

describe('account actions for an IAM user without policies', () => {
  it('are refused in AWS words', async () => {
    const { account } = await rootClients(server);
    const { iam, user } = await userClients(server, account.accountId);
    expect(await failureOf(iam.send(new GetAccountSummaryCommand({})))).toMatchObject({
      name: 'AccessDenied',
      status: 403,
      message: `User: ${user.arn} is not authorized to perform: iam:GetAccountSummary on resource: * because no identity-based policy allows the iam:GetAccountSummary action`,
    });
    for (const call of [
      () => iam.send(new GetAccountPasswordPolicyCommand({})),
      () => iam.send(new UpdateAccountPasswordPolicyCommand({})),
      () => iam.send(new DeleteAccountPasswordPolicyCommand({})),
      () => iam.send(new CreateAccountAliasCommand({ AccountAlias: `x-${uniqueSuffix()}` })),
      () => iam.send(new DeleteAccountAliasCommand({ AccountAlias: `x-${uniqueSuffix()}` })),
      () => iam.send(new ListAccountAliasesCommand({})),
      () => iam.send(new GenerateCredentialReportCommand({})),
      () => iam.send(new GetCredentialReportCommand({})),
      () => iam.send(new GetAccountAuthorizationDetailsCommand({})),
    ]) {
      expect(await failureOf(call())).toMatchObject({ name: 'AccessDenied', status: 403 });
    }
  });
});
