// What the AWS door keeps between requests (opened secrets, compiled policy sets, signers) never
// outlives the change that should end it, on any instance: two servers share one database here,
// as two instances behind a load balancer do, each with its own caches.
import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:http';
import {
  CreateAccessKeyCommand,
  CreateUserCommand,
  DeleteAccessKeyCommand,
  DeleteUserCommand,
  DeleteUserPolicyCommand,
  GetUserCommand,
  IAMClient,
  PutUserPolicyCommand,
  TagUserCommand,
  UpdateAccessKeyCommand,
} from '@aws-sdk/client-iam';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { PolicyCache } from '../../src/authz/policy-cache.js';
import { createDb, type Db } from '../../src/db/client.js';
import { findUser } from '../../src/services/iam/common/targets.js';
import { findUserRow } from '../../src/services/iam/users/find-user-row.js';
import { allow, createManagedPolicy, deny } from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';
import { awsClients, rootClients, userClients, type AwsCredentials } from './aws-clients.js';
import { failureOf } from './sdk-results.js';

let server: TestServer;
let second: { url: string; db: Db; http: Server };
let root: IAMClient;
let accountId: string;

const INVALID_KEY = { code: 'InvalidClientTokenId', status: 403 };
const DENIED = { code: 'AccessDenied', status: 403 };

/** A second instance: its own Express app, pool and caches, on the same database. */
async function startSecondInstance(): Promise<typeof second> {
  const db = createDb(server.databaseUrl, { poolSize: 3 });
  const app = createApp({ ...server.deps, db, policyCache: new PolicyCache() });
  const http: Server = await new Promise((resolve) => {
    const s = createServer(app).listen(0, '127.0.0.1', () => resolve(s));
  });
  return { url: `http://127.0.0.1:${(http.address() as AddressInfo).port}`, db, http };
}

/** The same credentials against both instances. */
function onBoth(credentials: AwsCredentials): [IAMClient, IAMClient] {
  const first = awsClients(server, credentials).iam;
  const other = new IAMClient({
    endpoint: second.url,
    region: 'us-east-1',
    credentials,
    maxAttempts: 1,
  });
  return [first, other];
}

beforeAll(async () => {
  server = await startTestServer();
  second = await startSecondInstance();
  const clients = await rootClients(server);
  root = clients.iam;
  accountId = clients.account.accountId;
});
afterAll(async () => {
  second.http.closeAllConnections();
  await new Promise<void>((resolve) => second.http.close(() => resolve()));
  await second.db.$disconnect();
  await server.close();
});

describe('access keys', () => {
  it('refuses a deactivated key from the next request on, on every instance, and takes it back when reactivated', async () => {
    const { user, credentials } = await userClients(server, accountId, {
      inlinePolicies: { read: allow('iam:GetUser') },
    });
    const instances = onBoth(credentials);
    const getUser = (iam: IAMClient) => iam.send(new GetUserCommand({ UserName: user.name }));
    // Warm every cache of both instances first.
    for (const iam of instances) expect((await getUser(iam)).User?.UserName).toBe(user.name);

    await root.send(
      new UpdateAccessKeyCommand({
        UserName: user.name,
        AccessKeyId: credentials.accessKeyId,
        Status: 'Inactive',
      }),
    );
    for (const iam of instances) expect(await failureOf(getUser(iam))).toMatchObject(INVALID_KEY);

    await root.send(
      new UpdateAccessKeyCommand({
        UserName: user.name,
        AccessKeyId: credentials.accessKeyId,
        Status: 'Active',
      }),
    );
    for (const iam of instances) expect((await getUser(iam)).User?.UserName).toBe(user.name);
  });

  it('refuses a deleted key from the next request on, on every instance', async () => {
    const { user, credentials } = await userClients(server, accountId, {
      inlinePolicies: { read: allow('iam:GetUser') },
    });
    const instances = onBoth(credentials);
    const getUser = (iam: IAMClient) => iam.send(new GetUserCommand({ UserName: user.name }));
    for (const iam of instances) await getUser(iam);

    await root.send(
      new DeleteAccessKeyCommand({ UserName: user.name, AccessKeyId: credentials.accessKeyId }),
    );
    for (const iam of instances) expect(await failureOf(getUser(iam))).toMatchObject(INVALID_KEY);
  });

  it('refuses the key of a deleted user, and a user created again under the name starts with nothing', async () => {
    await root.send(new CreateUserCommand({ UserName: 'phoenix' }));
    await root.send(
      new PutUserPolicyCommand({
        UserName: 'phoenix',
        PolicyName: 'read',
        PolicyDocument: JSON.stringify(allow('iam:GetUser')),
      }),
    );
    const key = (await root.send(new CreateAccessKeyCommand({ UserName: 'phoenix' }))).AccessKey!;
    const instances = onBoth({ accessKeyId: key.AccessKeyId!, secretAccessKey: key.SecretAccessKey! });
    const getUser = (iam: IAMClient) => iam.send(new GetUserCommand({ UserName: 'phoenix' }));
    for (const iam of instances) await getUser(iam);

    await root.send(new DeleteAccessKeyCommand({ UserName: 'phoenix', AccessKeyId: key.AccessKeyId! }));
    await root.send(new DeleteUserPolicyCommand({ UserName: 'phoenix', PolicyName: 'read' }));
    await root.send(new DeleteUserCommand({ UserName: 'phoenix' }));
    for (const iam of instances) expect(await failureOf(getUser(iam))).toMatchObject(INVALID_KEY);

    await root.send(new CreateUserCommand({ UserName: 'phoenix' }));
    const again = (await root.send(new CreateAccessKeyCommand({ UserName: 'phoenix' }))).AccessKey!;
    for (const iam of onBoth({ accessKeyId: again.AccessKeyId!, secretAccessKey: again.SecretAccessKey! })) {
      expect(await failureOf(getUser(iam))).toMatchObject(DENIED);
    }
  });
});

describe('policies', () => {
  it('applies a changed policy from the next request on, on every instance', async () => {
    const { user, credentials } = await userClients(server, accountId, {
      inlinePolicies: { read: allow('iam:GetUser') },
    });
    const instances = onBoth(credentials);
    const getUser = (iam: IAMClient) => iam.send(new GetUserCommand({ UserName: user.name }));
    for (const iam of instances) await getUser(iam);

    await root.send(
      new PutUserPolicyCommand({
        UserName: user.name,
        PolicyName: 'no-reading',
        PolicyDocument: JSON.stringify(deny('iam:GetUser')),
      }),
    );
    for (const iam of instances) expect(await failureOf(getUser(iam))).toMatchObject(DENIED);

    await root.send(new DeleteUserPolicyCommand({ UserName: user.name, PolicyName: 'no-reading' }));
    for (const iam of instances) expect((await getUser(iam)).User?.UserName).toBe(user.name);
  });

  it('applies a tag change to aws:PrincipalTag from the next request on, on every instance', async () => {
    const { user, credentials } = await userClients(server, accountId, {
      inlinePolicies: {
        tagged: {
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Action: 'iam:GetUser',
              Resource: '*',
              Condition: { StringEquals: { 'aws:PrincipalTag/team': 'platform' } },
            },
          ],
        },
      },
    });
    const instances = onBoth(credentials);
    const getUser = (iam: IAMClient) => iam.send(new GetUserCommand({ UserName: user.name }));
    for (const iam of instances) expect(await failureOf(getUser(iam))).toMatchObject(DENIED);

    await root.send(new TagUserCommand({ UserName: user.name, Tags: [{ Key: 'team', Value: 'platform' }] }));
    for (const iam of instances) expect((await getUser(iam)).User?.UserName).toBe(user.name);
  });

  it('keeps other principals’ cached sets when a user with nothing attached is deleted', async () => {
    const version = async () =>
      (await server.deps.db.account.findUniqueOrThrow({ where: { id: accountId } })).authzVersion;
    await root.send(new CreateUserCommand({ UserName: 'plain' }));
    const before = await version();
    await root.send(new DeleteUserCommand({ UserName: 'plain' }));
    expect(await version()).toBe(before);

    await root.send(new CreateUserCommand({ UserName: 'tagged-one', Tags: [{ Key: 'k', Value: 'v' }] }));
    const tagged = await version();
    await root.send(new DeleteUserCommand({ UserName: 'tagged-one' }));
    expect(await version()).toBe(tagged + 1n);
  });
});

describe('GetUser in one statement', () => {
  it('reads exactly what findUser reads: the user, its tags in key order and its boundary', async () => {
    const boundary = await createManagedPolicy(server, accountId, 'door-cache-boundary', allow('iam:*'));
    await root.send(
      new CreateUserCommand({
        UserName: 'Described',
        Path: '/team/',
        PermissionsBoundary: boundary.arn,
        Tags: [
          { Key: 'zone', Value: 'b' },
          { Key: 'Alpha', Value: 'a' },
          { Key: 'middle', Value: '' },
        ],
      }),
    );
    const viaPrisma = await findUser(server.deps.db, accountId, 'described');
    const viaSql = await findUserRow(server.deps.db, accountId, 'described');
    expect(viaPrisma).not.toBeNull();
    expect(viaSql).toEqual(viaPrisma);
    expect(viaSql!.tags.map((t) => t.key)).toEqual(['Alpha', 'middle', 'zone']);

    const plain = await findUserRow(server.deps.db, accountId, 'nobody-here');
    expect(plain).toBeNull();
    const answer = await root.send(new GetUserCommand({ UserName: 'described' }));
    expect(answer.User).toMatchObject({
      UserName: 'Described',
      Path: '/team/',
      PermissionsBoundary: { PermissionsBoundaryArn: boundary.arn },
      Tags: [
        { Key: 'Alpha', Value: 'a' },
        { Key: 'middle', Value: '' },
        { Key: 'zone', Value: 'b' },
      ],
    });
  });
});
