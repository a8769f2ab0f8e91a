// AWS Organizations through the AWS door with the real @aws-sdk/client-organizations: the
// management account builds the tree, creates a member account and switches into its
// OrganizationAccountAccessRole with STS AssumeRole; SCPs written with the SDK bound it.
import {
  AcceptHandshakeCommand,
  AttachPolicyCommand,
  CreateAccountCommand,
  CreateOrganizationalUnitCommand,
  CreateOrganizationCommand,
  CreatePolicyCommand,
  DeleteOrganizationalUnitCommand,
  DescribeAccountCommand,
  DescribeCreateAccountStatusCommand,
  DescribeOrganizationCommand,
  DescribePolicyCommand,
  DetachPolicyCommand,
  EnablePolicyTypeCommand,
  InviteAccountToOrganizationCommand,
  ListAccountsCommand,
  ListAccountsForParentCommand,
  ListOrganizationalUnitsForParentCommand,
  ListPoliciesCommand,
  ListRootsCommand,
  ListTargetsForPolicyCommand,
  MoveAccountCommand,
  OrganizationsClient,
  UpdatePolicyCommand,
} from '@aws-sdk/client-organizations';
import { CreateUserCommand, IAMClient, ListUsersCommand } from '@aws-sdk/client-iam';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALLOW_ALL, uniqueSuffix } from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';
import { followServerClock, rootClients, userClients, type AwsCredentials } from '../aws/aws-clients.js';

let server: TestServer;
let orgs: OrganizationsClient;
let credentials: AwsCredentials;
let managementId: string;

function client<T>(Client: new (config: object) => T, creds: AwsCredentials): T {
  const c = new Client({ endpoint: server.baseUrl, region: 'us-east-1', credentials: creds, maxAttempts: 1 });
  followServerClock(server, c);
  return c;
}

beforeAll(async () => {
  server = await startTestServer();
  const admin = await rootClients(server);
  managementId = admin.account.accountId;
  // An administrator of the management account (the root user cannot assume roles).
  const ops = await userClients(server, managementId, { managedPolicies: { admin: ALLOW_ALL } });
  credentials = ops.credentials;
  orgs = client(OrganizationsClient, credentials);
});
afterAll(() => server?.close());

const deny = (action: string) =>
  JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: action, Resource: '*' }] });

describe('the organization through the SDK', () => {
  let rootId: string;
  let workloads: string;
  let member: string;

  it('creates the organization and answers its description', async () => {
    const created = await orgs.send(new CreateOrganizationCommand({ FeatureSet: 'ALL' }));
    expect(created.Organization).toMatchObject({
      Id: expect.stringMatching(/^o-[a-z0-9]{10}$/),
      MasterAccountId: managementId,
      FeatureSet: 'ALL',
    });
    const described = await orgs.send(new DescribeOrganizationCommand({}));
    expect(described.Organization?.Arn).toBe(
      `arn:aws:organizations::${managementId}:organization/${created.Organization!.Id}`,
    );
    const roots = await orgs.send(new ListRootsCommand({}));
    rootId = roots.Roots![0]!.Id!;
    expect(roots.Roots![0]).toMatchObject({ Name: 'Root', PolicyTypes: [] });
    const enabled = await orgs.send(
      new EnablePolicyTypeCommand({ RootId: rootId, PolicyType: 'SERVICE_CONTROL_POLICY' }),
    );
    expect(enabled.Root?.PolicyTypes).toEqual([{ Type: 'SERVICE_CONTROL_POLICY', Status: 'ENABLED' }]);
    const again = await orgs
      .send(new EnablePolicyTypeCommand({ RootId: rootId, PolicyType: 'SERVICE_CONTROL_POLICY' }))
      .catch((e: unknown) => e);
    expect(again).toMatchObject({
      name: 'PolicyTypeAlreadyEnabledException',
      $metadata: { httpStatusCode: 400 },
    });
  });

  it('builds OUs and creates a member account in one', async () => {
    const ou = await orgs.send(new CreateOrganizationalUnitCommand({ ParentId: rootId, Name: 'workloads' }));
    workloads = ou.OrganizationalUnit!.Id!;
    const listed = await orgs.send(new ListOrganizationalUnitsForParentCommand({ ParentId: rootId }));
    expect(listed.OrganizationalUnits?.map((o) => o.Name)).toEqual(['workloads']);
    const dup = await orgs
      .send(new CreateOrganizationalUnitCommand({ ParentId: rootId, Name: 'Workloads' }))
      .catch((e: unknown) => e);
    expect(dup).toMatchObject({ name: 'DuplicateOrganizationalUnitException' });

    const email = `prod-${uniqueSuffix()}@example.com`;
    const created = await orgs.send(new CreateAccountCommand({ Email: email, AccountName: 'prod' }));
    expect(created.CreateAccountStatus).toMatchObject({ State: 'SUCCEEDED', AccountName: 'prod' });
    member = created.CreateAccountStatus!.AccountId!;
    const status = await orgs.send(
      new DescribeCreateAccountStatusCommand({ CreateAccountRequestId: created.CreateAccountStatus!.Id! }),
    );
    expect(status.CreateAccountStatus?.AccountId).toBe(member);
    const taken = await orgs.send(new CreateAccountCommand({ Email: email, AccountName: 'again' }));
    expect(taken.CreateAccountStatus).toMatchObject({
      State: 'FAILED',
      FailureReason: 'EMAIL_ALREADY_EXISTS',
    });

    await orgs.send(
      new MoveAccountCommand({ AccountId: member, SourceParentId: rootId, DestinationParentId: workloads }),
    );
    const under = await orgs.send(new ListAccountsForParentCommand({ ParentId: workloads }));
    expect(under.Accounts?.map((a) => a.Id)).toEqual([member]);
    const all = await orgs.send(new ListAccountsCommand({}));
    expect(all.Accounts?.map((a) => a.Id).sort()).toEqual([managementId, member].sort());
    const account = await orgs.send(new DescribeAccountCommand({ AccountId: member }));
    expect(account.Account).toMatchObject({
      Name: 'prod',
      Email: email,
      Status: 'ACTIVE',
      JoinedMethod: 'CREATED',
    });

    const notEmpty = await orgs
      .send(new DeleteOrganizationalUnitCommand({ OrganizationalUnitId: workloads }))
      .catch((e: unknown) => e);
    expect(notEmpty).toMatchObject({ name: 'OrganizationalUnitNotEmptyException' });
    const unknownParent = await orgs
      .send(
        new MoveAccountCommand({
          AccountId: member,
          SourceParentId: workloads,
          DestinationParentId: 'r-zzzz',
        }),
      )
      .catch((e: unknown) => e);
    expect(unknownParent).toMatchObject({ name: 'DestinationParentNotFoundException' });
  });

  it('switches into the new account’s OrganizationAccountAccessRole with STS AssumeRole', async () => {
    const sts = client(STSClient, credentials);
    const assumed = await sts.send(
      new AssumeRoleCommand({
        RoleArn: `arn:aws:iam::${member}:role/OrganizationAccountAccessRole`,
        RoleSessionName: 'ops',
      }),
    );
    const c = assumed.Credentials!;
    const iam = client(IAMClient, {
      accessKeyId: c.AccessKeyId!,
      secretAccessKey: c.SecretAccessKey!,
      sessionToken: c.SessionToken!,
    });
    await iam.send(new CreateUserCommand({ UserName: 'made-by-ops' }));
    const users = await iam.send(new ListUsersCommand({}));
    expect(users.Users?.map((u) => u.UserName)).toContain('made-by-ops');

    // An SCP written with the SDK now stops that session (and not the management account).
    const created = await orgs.send(
      new CreatePolicyCommand({
        Name: 'NoNewUsers',
        Description: 'deny iam:CreateUser',
        Type: 'SERVICE_CONTROL_POLICY',
        Content: deny('iam:CreateUser'),
      }),
    );
    const policyId = created.Policy!.PolicySummary!.Id!;
    expect(created.Policy?.PolicySummary).toMatchObject({
      Arn: expect.stringMatching(
        new RegExp(
          `^arn:aws:organizations::${managementId}:policy/o-[a-z0-9]{10}/service_control_policy/p-[a-z0-9]{8}$`,
        ),
      ),
      AwsManaged: false,
    });
    await orgs.send(new AttachPolicyCommand({ PolicyId: policyId, TargetId: workloads }));
    const refused = await iam.send(new CreateUserCommand({ UserName: 'second' })).catch((e: unknown) => e);
    expect(refused).toMatchObject({ name: 'AccessDenied', $metadata: { httpStatusCode: 403 } });
    expect((refused as Error).message).toContain('with an explicit deny in a service control policy');
    const mine = client(IAMClient, credentials);
    await mine.send(new CreateUserCommand({ UserName: `mgmt-${uniqueSuffix()}` }));

    const targets = await orgs.send(new ListTargetsForPolicyCommand({ PolicyId: policyId }));
    expect(targets.Targets).toEqual([
      expect.objectContaining({ TargetId: workloads, Type: 'ORGANIZATIONAL_UNIT', Name: 'workloads' }),
    ]);
    const policies = await orgs.send(new ListPoliciesCommand({ Filter: 'SERVICE_CONTROL_POLICY' }));
    expect(policies.Policies?.map((p) => p.Name)).toEqual(['FullAWSAccess', 'NoNewUsers']);

    // Relaxed with UpdatePolicy: effective on the next request.
    await orgs.send(new UpdatePolicyCommand({ PolicyId: policyId, Content: deny('iam:DeleteUser') }));
    await iam.send(new CreateUserCommand({ UserName: 'third' }));
    const described = await orgs.send(new DescribePolicyCommand({ PolicyId: policyId }));
    expect(JSON.parse(described.Policy!.Content!).Statement[0].Action).toBe('iam:DeleteUser');

    const last = await orgs
      .send(new DetachPolicyCommand({ PolicyId: 'p-FullAWSAccess', TargetId: member }))
      .catch((e: unknown) => e);
    expect(last).toMatchObject({ name: 'ConstraintViolationException' });
  });

  it('invites an existing account, which accepts with its own credentials', async () => {
    const other = await rootClients(server);
    const invited = await orgs.send(
      new InviteAccountToOrganizationCommand({ Target: { Id: other.account.accountId, Type: 'ACCOUNT' } }),
    );
    expect(invited.Handshake).toMatchObject({ State: 'OPEN', Action: 'INVITE' });
    const otherOrgs = client(OrganizationsClient, other.credentials);
    const accepted = await otherOrgs.send(
      new AcceptHandshakeCommand({ HandshakeId: invited.Handshake!.Id! }),
    );
    expect(accepted.Handshake?.State).toBe('ACCEPTED');
    const described = await otherOrgs.send(new DescribeOrganizationCommand({}));
    expect(described.Organization?.MasterAccountId).toBe(managementId);
    // a member account may not list the organization's accounts
    const refused = await otherOrgs.send(new ListAccountsCommand({})).catch((e: unknown) => e);
    expect(refused).toMatchObject({ name: 'AccessDeniedException' });
  });

  it('answers input that breaks the model with InvalidInputException, as Organizations does', async () => {
    const err = await orgs
      .send(new CreateOrganizationalUnitCommand({ ParentId: 'r-abcd', Name: 'x'.repeat(200) }))
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'InvalidInputException', $metadata: { httpStatusCode: 400 } });
    expect((err as Error).message).toContain("'name' failed to satisfy constraint");
  });

  it('answers AWSOrganizationsNotInUseException to an account outside any organization', async () => {
    const lone = await rootClients(server);
    const err = await client(OrganizationsClient, lone.credentials)
      .send(new DescribeOrganizationCommand({}))
      .catch((e: unknown) => e);
    expect(err).toMatchObject({
      name: 'AWSOrganizationsNotInUseException',
      $metadata: { httpStatusCode: 400 },
    });
  });
});
