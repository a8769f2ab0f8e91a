// cloudtrail:LookupEvents through the AWS door, signed by the real @aws-sdk/client-cloudtrail:
// each lookup attribute, time range, MaxResults/NextToken pages, CloudTrail's record and errors.
import {
  CloudTrailClient,
  LookupEventsCommand,
  type LookupEventsCommandInput,
  type LookupAttributeKey,
} from '@aws-sdk/client-cloudtrail';
import { CreateUserCommand, ListUsersCommand } from '@aws-sdk/client-iam';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  awsClients,
  createTestAccessKey,
  followServerClock,
  type AwsCredentials,
} from '../aws/aws-clients.js';
import {
  ALLOW_ALL,
  createTestUser,
  newRootSession,
  type TestAccount,
  type TestUser,
} from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';

let server: TestServer;
let account: TestAccount;
let admin: TestUser;
let adminKey: AwsCredentials;
let trail: CloudTrailClient;
let start: Date;

function cloudTrail(credentials: AwsCredentials): CloudTrailClient {
  const client = new CloudTrailClient({
    endpoint: server.baseUrl,
    region: 'us-east-1',
    credentials,
    maxAttempts: 1,
  });
  followServerClock(server, client);
  return client;
}

const lookup = (input: LookupEventsCommandInput = {}) => trail.send(new LookupEventsCommand(input));
const by = (key: LookupAttributeKey, value: string) =>
  lookup({ LookupAttributes: [{ AttributeKey: key, AttributeValue: value }] });

beforeAll(async () => {
  server = await startTestServer();
  let root;
  ({ account, root } = await newRootSession(server));
  admin = await createTestUser(server, account.accountId, { inlinePolicies: { all: ALLOW_ALL } });
  adminKey = await createTestAccessKey(server, account.accountId, admin.userId);
  start = server.clock.now();
  server.clock.advance(1000);
  const { iam } = awsClients(server, adminKey);
  await iam.send(new CreateUserCommand({ UserName: 'dave' }));
  // Reads are audited only when denied: a user without permissions tries one.
  const nobody = await createTestUser(server, account.accountId, { name: 'nobody' });
  const nobodyIam = awsClients(
    server,
    await createTestAccessKey(server, account.accountId, nobody.userId),
  ).iam;
  await expect(nobodyIam.send(new ListUsersCommand({}))).rejects.toMatchObject({ name: 'AccessDenied' });
  await root.post('/api/users', { userName: 'erin' });
  trail = cloudTrail(adminKey);
});
afterAll(() => server?.close());

describe('LookupEvents', () => {
  it('answers the account’s events newest first in CloudTrail’s shape', async () => {
    const { Events } = await lookup();
    expect(Events!.length).toBeGreaterThanOrEqual(2);
    const dave = Events!.find((e) => e.EventName === 'CreateUser' && e.Username === admin.name)!;
    expect(dave).toMatchObject({
      EventSource: 'iam.amazonaws.com',
      ReadOnly: 'false',
      AccessKeyId: adminKey.accessKeyId,
      Resources: [{ ResourceType: 'AWS::IAM::User', ResourceName: 'dave' }],
    });
    expect(dave.EventTime).toBeInstanceOf(Date);
    const record = JSON.parse(dave.CloudTrailEvent!);
    expect(record).toMatchObject({
      eventVersion: '1.08',
      eventSource: 'iam.amazonaws.com',
      eventName: 'CreateUser',
      eventID: dave.EventId,
      userIdentity: {
        type: 'IAMUser',
        arn: admin.arn,
        accountId: account.accountId,
        accessKeyId: adminKey.accessKeyId,
        userName: admin.name,
      },
    });
    expect(record.requestID).toEqual(expect.any(String));
    expect(record.sourceIPAddress).toEqual(expect.any(String));
    const times = Events!.map((e) => e.EventTime!.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it('looks up by each attribute', async () => {
    const names = async (key: LookupAttributeKey, value: string) =>
      ((await by(key, value)).Events ?? []).map((e) => `${e.EventName}:${e.Username}`);
    expect(await names('EventName', 'CreateUser')).toEqual([`CreateUser:root`, `CreateUser:${admin.name}`]);
    expect(await names('Username', admin.name)).toEqual([`CreateUser:${admin.name}`]);
    expect(await names('Username', 'nobody')).toEqual(['ListUsers:nobody']);
    expect(await names('Username', 'root')).toContain('CreateUser:root');
    expect(await names('AccessKeyId', adminKey.accessKeyId)).toEqual([`CreateUser:${admin.name}`]);
    expect(await names('ReadOnly', 'true')).toEqual(['ListUsers:nobody']);
    expect(await names('ReadOnly', 'false')).not.toContain('ListUsers:nobody');
    expect(await names('ResourceName', 'erin')).toEqual(['CreateUser:root']);
    expect(await names('ResourceType', 'AWS::IAM::User')).toHaveLength(3);
    expect(await names('ResourceType', 'AWS::S3::Bucket')).toEqual([]);
    expect(await names('EventSource', 'iam.amazonaws.com')).toHaveLength(3);
    expect(await names('EventSource', 'iam.amazonaws.com')).toEqual(
      await names('ResourceType', 'AWS::IAM::User'),
    );
    expect(await names('EventSource', 'sts.amazonaws.com')).toEqual([]);
    const [first] = (await by('EventName', 'ListUsers')).Events!;
    expect((await by('EventId', first!.EventId!)).Events!.map((e) => e.EventId)).toEqual([first!.EventId]);
  });

  it('reads a time range', async () => {
    const before = (await lookup({ EndTime: start })).Events!;
    expect(before.map((e) => e.EventName)).not.toContain('CreateUser');
    const after = (await lookup({ StartTime: new Date(start.getTime() + 1), EndTime: server.clock.now() }))
      .Events!;
    expect(after.map((e) => `${e.EventName}:${e.Username}`)).toEqual([
      'CreateUser:root',
      'ListUsers:nobody',
      `CreateUser:${admin.name}`,
    ]);
  });

  it('pages with MaxResults and NextToken', async () => {
    const ids: string[] = [];
    let token: string | undefined;
    do {
      const page = await lookup({ MaxResults: 1, NextToken: token });
      expect(page.Events!.length).toBe(1);
      ids.push(page.Events![0]!.EventId!);
      token = page.NextToken;
    } while (token);
    expect(ids).toEqual((await lookup()).Events!.map((e) => e.EventId));
  });

  it('answers bad input with CloudTrail’s exceptions', async () => {
    const cases: [LookupEventsCommandInput, string][] = [
      [{ StartTime: server.clock.now(), EndTime: start }, 'InvalidTimeRangeException'],
      [{ StartTime: new Date(Date.UTC(-100, 0, 1)) }, 'InvalidTimeRangeException'],
      [{ MaxResults: 0 }, 'InvalidMaxResultsException'],
      [{ MaxResults: 1000 }, 'InvalidMaxResultsException'],
      [{ NextToken: 'garbage' }, 'InvalidNextTokenException'],
      [
        { LookupAttributes: [{ AttributeKey: 'Nonsense' as LookupAttributeKey, AttributeValue: 'x' }] },
        'InvalidLookupAttributesException',
      ],
      [
        {
          LookupAttributes: [
            { AttributeKey: 'EventName', AttributeValue: 'CreateUser' },
            { AttributeKey: 'Username', AttributeValue: 'root' },
          ],
        },
        'InvalidLookupAttributesException',
      ],
      [
        { LookupAttributes: [{ AttributeKey: 'ReadOnly', AttributeValue: 'maybe' }] },
        'InvalidLookupAttributesException',
      ],
    ];
    for (const [input, name] of cases) {
      const err = await lookup(input).catch((e: unknown) => e);
      expect(err, JSON.stringify(input)).toMatchObject({ name, $metadata: { httpStatusCode: 400 } });
    }
  });

  it('is AccessDeniedException without cloudtrail:LookupEvents', async () => {
    const user = await createTestUser(server, account.accountId);
    const key = await createTestAccessKey(server, account.accountId, user.userId);
    const err = await cloudTrail(key)
      .send(new LookupEventsCommand({}))
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'AccessDeniedException', $metadata: { httpStatusCode: 403 } });
    expect(String((err as Error).message)).toContain('cloudtrail:LookupEvents');
  });
});
