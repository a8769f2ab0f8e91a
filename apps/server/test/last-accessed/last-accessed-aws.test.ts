// Access Advisor through the AWS door with the real @aws-sdk/client-iam and -sts: a user's and a
// role session's calls show as last accessed for the user, the role, a group and a policy;
// IAM actions one by one at ACTION_LEVEL; entities of a group's or policy's report; errors.
import {
  AddUserToGroupCommand,
  AttachGroupPolicyCommand,
  CreateGroupCommand,
  CreatePolicyCommand,
  CreateRoleCommand,
  GenerateServiceLastAccessedDetailsCommand,
  GetServiceLastAccessedDetailsCommand,
  GetServiceLastAccessedDetailsWithEntitiesCommand,
  ListRolesCommand,
  ListUsersCommand,
  PutRolePolicyCommand,
  type IAMClient,
  type ServiceLastAccessed,
} from '@aws-sdk/client-iam';
import { AssumeRoleCommand } from '@aws-sdk/client-sts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { awsClients, rootClients, userClients, type AwsClients } from '../aws/aws-clients.js';
import { allow, createTestUser, type TestAccount, type TestUser } from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';

let server: TestServer;
let account: TestAccount;
let rootIam: IAMClient;
let alice: { user: TestUser } & AwsClients;
let policyArn: string;
let roleArn: string;
let userCalledAt: Date;
let roleCalledAt: Date;

const ACCESS = {
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Action: ['iam:List*', 's3:GetObject', 'sts:AssumeRole', 'sts:SetSourceIdentity'],
      Resource: '*',
    },
  ],
};

async function report(arn: string, granularity?: 'SERVICE_LEVEL' | 'ACTION_LEVEL') {
  const { JobId } = await rootIam.send(
    new GenerateServiceLastAccessedDetailsCommand({ Arn: arn, Granularity: granularity }),
  );
  expect(JobId).toMatch(/^[0-9a-f-]{36}$/);
  const details = await rootIam.send(new GetServiceLastAccessedDetailsCommand({ JobId }));
  return { jobId: JobId!, details };
}

/** AWS's wire dates carry whole seconds. */
const seconds = (d: Date | undefined) => d && new Date(Math.floor(d.getTime() / 1000) * 1000).toISOString();

const service = (services: ServiceLastAccessed[] | undefined, ns: string) =>
  services?.find((s) => s.ServiceNamespace === ns);

beforeAll(async () => {
  server = await startTestServer();
  const root = await rootClients(server);
  account = root.account;
  rootIam = root.iam;
  const created = await rootIam.send(
    new CreatePolicyCommand({ PolicyName: 'Access', PolicyDocument: JSON.stringify(ACCESS) }),
  );
  policyArn = created.Policy!.Arn!;
  await rootIam.send(new CreateGroupCommand({ GroupName: 'readers' }));
  await rootIam.send(new AttachGroupPolicyCommand({ GroupName: 'readers', PolicyArn: policyArn }));
  alice = await userClients(server, account.accountId, { name: 'alice' });
  await rootIam.send(new AddUserToGroupCommand({ GroupName: 'readers', UserName: 'alice' }));
  const role = await rootIam.send(
    new CreateRoleCommand({
      RoleName: 'auditor',
      AssumeRolePolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { AWS: `arn:aws:iam::${account.accountId}:root` },
            Action: ['sts:AssumeRole', 'sts:SetSourceIdentity'],
          },
        ],
      }),
    }),
  );
  roleArn = role.Role!.Arn!;
  await rootIam.send(
    new PutRolePolicyCommand({
      RoleName: 'auditor',
      PolicyName: 'read',
      PolicyDocument: JSON.stringify(allow('iam:ListRoles')),
    }),
  );
  server.clock.advance(60_000);
  userCalledAt = server.clock.now();
  await alice.iam.send(new ListUsersCommand({}));
  server.clock.advance(60_000);
  const assumed = await alice.sts.send(
    new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'audit-1', SourceIdentity: 'alice' }),
  );
  const session = awsClients(server, {
    accessKeyId: assumed.Credentials!.AccessKeyId!,
    secretAccessKey: assumed.Credentials!.SecretAccessKey!,
    sessionToken: assumed.Credentials!.SessionToken!,
  });
  roleCalledAt = server.clock.now();
  await session.iam.send(new ListRolesCommand({}));
  server.clock.advance(60_000);
});

afterAll(() => server.close());

describe('GetServiceLastAccessedDetails', () => {
  it("lists each service a user's policies allow, with when it was last used and by whom", async () => {
    const { details } = await report(alice.user.arn);
    expect(details.JobStatus).toBe('COMPLETED');
    expect(details.JobType).toBe('SERVICE_LEVEL');
    expect(details.IsTruncated).toBe(false);
    const namespaces = details.ServicesLastAccessed!.map((s) => s.ServiceNamespace).sort();
    expect(namespaces).toEqual(['iam', 's3', 'sts']);
    const iam = service(details.ServicesLastAccessed, 'iam')!;
    expect(seconds(iam.LastAuthenticated)).toBe(seconds(userCalledAt));
    expect(iam.LastAuthenticatedEntity).toBe(alice.user.arn);
    expect(iam.TotalAuthenticatedEntities).toBe(1);
    expect(iam.TrackedActionsLastAccessed).toBeUndefined();
    // AssumeRole is decided by STS itself, not authorize(): it counts all the same.
    const sts = service(details.ServicesLastAccessed, 'sts')!;
    expect(seconds(sts.LastAuthenticated)).toBe(seconds(roleCalledAt));
    expect(sts.LastAuthenticatedEntity).toBe(alice.user.arn);
    const s3 = service(details.ServicesLastAccessed, 's3')!;
    expect(s3.LastAuthenticated).toBeUndefined();
    expect(s3.TotalAuthenticatedEntities).toBe(0);
  });

  it('at ACTION_LEVEL, gives each IAM action the policies allow with its own last use', async () => {
    const { details } = await report(alice.user.arn, 'ACTION_LEVEL');
    expect(details.JobType).toBe('ACTION_LEVEL');
    const actions = service(details.ServicesLastAccessed, 'iam')!.TrackedActionsLastAccessed!;
    expect(actions.every((a) => a.ActionName!.startsWith('List'))).toBe(true);
    const listUsers = actions.find((a) => a.ActionName === 'ListUsers')!;
    expect(seconds(listUsers.LastAccessedTime)).toBe(seconds(userCalledAt));
    expect(listUsers.LastAccessedEntity).toBe(alice.user.arn);
    expect(listUsers.LastAccessedRegion).toBe('us-east-1');
    const listRoles = actions.find((a) => a.ActionName === 'ListRoles')!;
    expect(listRoles.LastAccessedTime).toBeUndefined();
  });

  it("reports a role's use by its sessions with the role as the entity", async () => {
    const { details } = await report(roleArn);
    expect(details.ServicesLastAccessed!.map((s) => s.ServiceNamespace)).toEqual(['iam']);
    const iam = service(details.ServicesLastAccessed, 'iam')!;
    expect(seconds(iam.LastAuthenticated)).toBe(seconds(roleCalledAt));
    expect(iam.LastAuthenticatedEntity).toBe(roleArn);
  });

  it("counts a group's members and a policy's entities, and lists them with their last use", async () => {
    const bob = await createTestUser(server, account.accountId, { name: 'bob' });
    await rootIam.send(new AddUserToGroupCommand({ GroupName: 'readers', UserName: 'bob' }));
    const group = await report(`arn:aws:iam::${account.accountId}:group/readers`);
    expect(service(group.details.ServicesLastAccessed, 'iam')!.TotalAuthenticatedEntities).toBe(1);
    const entities = await rootIam.send(
      new GetServiceLastAccessedDetailsWithEntitiesCommand({ JobId: group.jobId, ServiceNamespace: 'iam' }),
    );
    expect(entities.JobStatus).toBe('COMPLETED');
    expect(
      entities.EntityDetailsList!.map((e) => [
        e.EntityInfo!.Name,
        e.EntityInfo!.Type,
        seconds(e.LastAuthenticated),
      ]),
    ).toEqual([
      ['alice', 'USER', seconds(userCalledAt)],
      ['bob', 'USER', undefined],
    ]);
    expect(entities.EntityDetailsList![1]!.EntityInfo!.Arn).toBe(bob.arn);

    const policy = await report(policyArn);
    const iam = service(policy.details.ServicesLastAccessed, 'iam')!;
    expect(iam.LastAuthenticatedEntity).toBe(alice.user.arn);
  });

  it('pages with MaxItems and Marker', async () => {
    const { jobId } = await report(alice.user.arn);
    const first = await rootIam.send(new GetServiceLastAccessedDetailsCommand({ JobId: jobId, MaxItems: 2 }));
    expect(first.IsTruncated).toBe(true);
    expect(first.ServicesLastAccessed).toHaveLength(2);
    const second = await rootIam.send(
      new GetServiceLastAccessedDetailsCommand({ JobId: jobId, MaxItems: 2, Marker: first.Marker }),
    );
    expect(second.IsTruncated).toBe(false);
    expect(second.ServicesLastAccessed).toHaveLength(1);
  });

  it("answers AWS's errors for an unknown entity or job, a malformed ARN, and a caller without permission", async () => {
    await expect(
      rootIam.send(
        new GenerateServiceLastAccessedDetailsCommand({
          Arn: `arn:aws:iam::${account.accountId}:user/ghost`,
        }),
      ),
    ).rejects.toMatchObject({ name: 'NoSuchEntityException', $metadata: { httpStatusCode: 404 } });
    await expect(
      rootIam.send(new GenerateServiceLastAccessedDetailsCommand({ Arn: 'arn:aws:s3:::some-bucket-name' })),
    ).rejects.toMatchObject({ name: 'InvalidInputException', $metadata: { httpStatusCode: 400 } });
    await expect(
      rootIam.send(
        new GetServiceLastAccessedDetailsCommand({ JobId: '00000000-0000-4000-8000-000000000000' }),
      ),
    ).rejects.toMatchObject({ name: 'NoSuchEntityException' });
    await expect(
      alice.iam.send(new GenerateServiceLastAccessedDetailsCommand({ Arn: alice.user.arn })),
    ).rejects.toMatchObject({ name: 'AccessDenied', $metadata: { httpStatusCode: 403 } });
  });
});

describe('GetServiceLastAccessedDetailsWithEntities', () => {
  it('pages the entities with MaxItems and Marker: those that used the service, then the others', async () => {
    const { jobId } = await report(`arn:aws:iam::${account.accountId}:group/readers`);
    const entities = (marker?: string) =>
      rootIam.send(
        new GetServiceLastAccessedDetailsWithEntitiesCommand({
          JobId: jobId,
          ServiceNamespace: 'IAM',
          MaxItems: 1,
          Marker: marker,
        }),
      );
    const first = await entities();
    expect(first.EntityDetailsList!.map((e) => [e.EntityInfo!.Name, seconds(e.LastAuthenticated)])).toEqual([
      ['alice', seconds(userCalledAt)],
    ]);
    expect(first.EntityDetailsList![0]!.EntityInfo).toEqual({
      Arn: alice.user.arn,
      Name: 'alice',
      Type: 'USER',
      Id: expect.stringMatching(/^AIDA[A-Z0-9]{17}$/),
      Path: '/',
    });
    expect(first).toMatchObject({ IsTruncated: true, Marker: '1' });
    const second = await entities(first.Marker);
    expect(second.EntityDetailsList!.map((e) => [e.EntityInfo!.Name, e.LastAuthenticated])).toEqual([
      ['bob', undefined],
    ]);
    expect(second.IsTruncated).toBe(false);
    expect(second.Marker).toBeUndefined();
    await expect(entities('3')).rejects.toMatchObject({ name: 'InvalidInputException' });
    await expect(entities('not-a-marker')).rejects.toMatchObject({ name: 'InvalidInputException' });
  });

  it("lists a role's report with the role as the entity", async () => {
    const { jobId } = await report(roleArn);
    const iam = await rootIam.send(
      new GetServiceLastAccessedDetailsWithEntitiesCommand({ JobId: jobId, ServiceNamespace: 'iam' }),
    );
    expect(
      iam.EntityDetailsList!.map((e) => [
        e.EntityInfo!.Arn,
        e.EntityInfo!.Type,
        seconds(e.LastAuthenticated),
      ]),
    ).toEqual([[roleArn, 'ROLE', seconds(roleCalledAt)]]);
    expect(iam.JobCompletionDate).toBeInstanceOf(Date);
  });

  it('still answers a job stored in the former format (every entity row with its service)', async () => {
    const jobId = '11111111-1111-4111-8111-111111111111';
    const entity = (name: string, used: string | null) => ({
      arn: `arn:aws:iam::${account.accountId}:user/${name}`,
      name,
      type: 'USER',
      id: `AIDA${name.toUpperCase().padEnd(17, 'X')}`,
      path: '/',
      lastAuthenticated: used,
      sessionArn: null,
      sourceIdentity: null,
    });
    const used = '2026-01-02T03:04:05.000Z';
    const s3 = {
      serviceName: 'Amazon S3',
      serviceNamespace: 's3',
      lastAuthenticated: used,
      lastAuthenticatedEntity: entity('carol', used).arn,
      lastAuthenticatedRegion: 'us-east-1',
      lastSessionArn: null,
      lastSourceIdentity: null,
      totalAuthenticatedEntities: 1,
      policies: [],
      entities: [entity('carol', used)],
    };
    const { lastAuthenticated: _, sessionArn: __, sourceIdentity: ___, ...dave } = entity('dave', null);
    await server.deps.db.lastAccessedJob.create({
      data: {
        id: jobId,
        accountId: account.accountId,
        arn: `arn:aws:iam::${account.accountId}:group/former`,
        granularity: 'SERVICE_LEVEL',
        createdAt: server.clock.now(),
        completedAt: server.clock.now(),
        report: {
          report: {
            arn: 'x',
            entityType: 'group',
            generatedAt: used,
            trackingPeriodDays: 400,
            services: [s3],
          },
          entities: [dave, entity('carol', used)],
        },
      },
    });
    const details = await rootIam.send(new GetServiceLastAccessedDetailsCommand({ JobId: jobId }));
    expect(
      details.ServicesLastAccessed!.map((s) => [s.ServiceNamespace, s.TotalAuthenticatedEntities]),
    ).toEqual([['s3', 1]]);
    const entities = await rootIam.send(
      new GetServiceLastAccessedDetailsWithEntitiesCommand({ JobId: jobId, ServiceNamespace: 's3' }),
    );
    expect(
      entities.EntityDetailsList!.map((e) => [e.EntityInfo!.Name, e.LastAuthenticated?.toISOString()]),
    ).toEqual([
      ['carol', used],
      ['dave', undefined],
    ]);
  });

  it('lists no entity for a service the permissions do not allow', async () => {
    const { jobId } = await report(policyArn);
    const none = await rootIam.send(
      new GetServiceLastAccessedDetailsWithEntitiesCommand({ JobId: jobId, ServiceNamespace: 'dynamodb' }),
    );
    expect(none.EntityDetailsList).toEqual([]);
    expect(none.IsTruncated).toBe(false);
  });
});
