// The console's list columns (AWS's users and roles tables): GET /api/users carries each user's
// groups, MFA, password age, access keys with their last use through the AWS door, and last
// activity, as far as the caller may read them; GET /api/roles a role's trust policy and last
// use. A page costs the same queries whatever its size.
import { ListUsersCommand } from '@aws-sdk/client-iam';
import { AssumeRoleCommand } from '@aws-sdk/client-sts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/client.js';
import { nameKey } from '../../src/db/name-key.js';
import { newUniqueId } from '../../src/model/unique-ids.js';
import { userClients } from '../aws/aws-clients.js';
import { addMfaDevice } from '../credentials/credential-helpers.js';
import type { ApiClient, Json } from '../harness/api-client.js';
import {
  allow,
  createTestUser,
  newRootSession,
  signInAsUser,
  uniqueSuffix,
  type TestAccount,
} from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';
import { enc, expectError, expectStatus } from './iam-helpers.js';

let server: TestServer;
let account: TestAccount;
let root: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  ({ account, root } = await newRootSession(server));
});
afterAll(() => server?.close());

const COLUMNS = ['groupCount', 'mfaDeviceCount', 'passwordChangeDate', 'accessKeys', 'lastActivity'];
const INCLUDE_ALL = 'include=groups,mfa,password,accessKeys';

async function listedUser(client: ApiClient, name: string): Promise<Json> {
  const res = await client.get(`/api/users?search=${enc(name)}&${INCLUDE_ALL}`);
  expectStatus(res, 200);
  const row = res.body.items.find((u: { userName: string }) => u.userName === name);
  expect(row, `${name} is listed`).toBeDefined();
  return row;
}

/** Moves the server's clock on (past the door's one-minute throttle on recording key use). */
function later(minutes = 2): string {
  server.clock.advance(minutes * 60_000);
  return server.clock.now().toISOString();
}

describe('GET /api/users: credential columns', () => {
  it('shows groups, MFA, password age, the access key used through the AWS door, and last activity', async () => {
    const { user, credentials, iam } = await userClients(server, account.accountId, {
      name: `ada-${uniqueSuffix()}`,
      groups: { developers: {} },
      inlinePolicies: { list: allow('iam:ListUsers') },
    });
    await addMfaDevice(server, root, `/users/${enc(user.name)}`, `${user.name}-phone`);
    const used = later();
    await iam.send(new ListUsersCommand({}));

    const row = await listedUser(root, user.name);
    expect(row).toMatchObject({
      groupCount: 1,
      mfaDeviceCount: 1,
      passwordChangeDate: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      accessKeys: [
        {
          accessKeyId: credentials.accessKeyId,
          status: 'Active',
          createDate: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
          lastUsed: { date: used, serviceName: 'iam', region: 'us-east-1' },
        },
      ],
      passwordLastUsed: null,
      lastActivity: used,
    });
  });

  it('takes the later of console sign-in and access key use as the last activity', async () => {
    const { user, iam } = await userClients(server, account.accountId, {
      name: `bea-${uniqueSuffix()}`,
      inlinePolicies: { list: allow('iam:ListUsers') },
    });
    const keyUse = later();
    await iam.send(new ListUsersCommand({}));
    expect((await listedUser(root, user.name)).lastActivity).toBe(keyUse);

    const signIn = later();
    await signInAsUser(server, account, user);
    expect(await listedUser(root, user.name)).toMatchObject({
      passwordLastUsed: signIn,
      lastActivity: signIn,
    });

    const keyUseAgain = later();
    await iam.send(new ListUsersCommand({}));
    expect(await listedUser(root, user.name)).toMatchObject({
      passwordLastUsed: signIn,
      lastActivity: keyUseAgain,
    });
  });

  it('shows a user without groups, MFA, password or keys as such', async () => {
    const user = await createTestUser(server, account.accountId, {
      name: `cy-${uniqueSuffix()}`,
      password: null,
    });
    expect(await listedUser(root, user.name)).toMatchObject({
      groupCount: 0,
      mfaDeviceCount: 0,
      passwordChangeDate: null,
      accessKeys: [],
      lastActivity: null,
    });
  });

  it('shows a column only where the caller may read it, as AWS console reads it per user', async () => {
    const suffix = uniqueSuffix();
    const { user: open } = await userClients(server, account.accountId, { name: `open-${suffix}` });
    const { user: closed } = await userClients(server, account.accountId, { name: `closed-${suffix}` });
    const auditor = await createTestUser(server, account.accountId, {
      inlinePolicies: {
        read: {
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Action: 'iam:ListUsers', Resource: '*' },
            { Effect: 'Allow', Action: ['iam:ListAccessKeys', 'iam:ListMFADevices'], Resource: open.arn },
          ],
        },
      },
    });
    const client = await signInAsUser(server, account, auditor);
    const res = await client.get(`/api/users?search=${suffix}&${INCLUDE_ALL}`);
    expectStatus(res, 200);
    const [closedRow, openRow] = res.body.items;
    expect(closedRow.userName).toBe(closed.name);
    for (const column of COLUMNS) expect(closedRow).not.toHaveProperty(column);
    expect(openRow).toMatchObject({ userName: open.name, mfaDeviceCount: 0 });
    expect(openRow.accessKeys).toHaveLength(1);
    // No iam:GetAccessKeyLastUsed: neither the key's last use nor the activity it feeds.
    expect(openRow.accessKeys[0]).not.toHaveProperty('lastUsed');
    for (const column of ['groupCount', 'passwordChangeDate', 'lastActivity'])
      expect(openRow).not.toHaveProperty(column);

    const onlyList = await createTestUser(server, account.accountId, {
      inlinePolicies: { read: allow('iam:ListUsers') },
    });
    const plain = await (
      await signInAsUser(server, account, onlyList)
    ).get(`/api/users?search=${suffix}&${INCLUDE_ALL}`);
    expectStatus(plain, 200);
    for (const row of plain.body.items) for (const column of COLUMNS) expect(row).not.toHaveProperty(column);
  });

  it('gives only the columns asked for, and none without `include`', async () => {
    const { user } = await userClients(server, account.accountId, { name: `dee-${uniqueSuffix()}` });
    const only = await root.get(`/api/users?search=${enc(user.name)}&include=groups,accessKeys`);
    expectStatus(only, 200);
    expect(Object.keys(only.body.items[0])).toEqual(
      expect.arrayContaining(['groupCount', 'accessKeys', 'lastActivity']),
    );
    expect(only.body.items[0]).not.toHaveProperty('mfaDeviceCount');
    expect(only.body.items[0]).not.toHaveProperty('passwordChangeDate');
    const none = await root.get(`/api/users?search=${enc(user.name)}`);
    for (const column of COLUMNS) expect(none.body.items[0]).not.toHaveProperty(column);
  });

  it('refuses an unknown include with a field error', async () => {
    const res = await root.get('/api/users?include=groups,secrets');
    expectError(res, 400, 'ValidationError');
    expect(res.body.error.fieldErrors).toEqual([
      expect.objectContaining({ path: 'include.1', message: expect.stringContaining('`accessKeys`') }),
    ]);
  });

  it('costs the same number of queries for a page of 2 users as for a page of 40', async () => {
    await seedUsersWithCredentials('bulk', 40);
    const small = await countQueries(() => root.get(`/api/users?search=bulk-&limit=2&${INCLUDE_ALL}`));
    const large = await countQueries(() => root.get(`/api/users?search=bulk-&limit=40&${INCLUDE_ALL}`));
    expect(small.status).toBe(200);
    expect(large.body.items).toHaveLength(40);
    expect(large.body.items.every((u: Json) => u.groupCount === 1 && u.accessKeys.length === 1)).toBe(true);
    // The counter sees the list's own queries (ids, rows, columns), raw ones included.
    expect(small.queries).toBeGreaterThanOrEqual(4);
    expect(large.queries).toBe(small.queries);
  });
});

describe('GET /api/roles: list columns', () => {
  it("carries the trust policy the trusted entities are read from, and the role's last use", async () => {
    const roleName = `deployer-${uniqueSuffix()}`;
    const trustPolicy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' },
        {
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${account.accountId}:root` },
          Action: 'sts:AssumeRole',
        },
      ],
    });
    expectStatus(await root.post('/api/roles', { roleName, trustPolicy }), 201);
    const before = await listedRole(roleName);
    expect(before.roleLastUsed).toBeNull();
    expect(JSON.parse(before.trustPolicy).Statement.map((s: Json) => s.Principal)).toEqual([
      { Service: 'ec2.amazonaws.com' },
      { AWS: `arn:aws:iam::${account.accountId}:root` },
    ]);

    const { sts } = await userClients(server, account.accountId, {
      inlinePolicies: { assume: allow('sts:AssumeRole', before.arn) },
    });
    const assumed = later();
    await sts.send(new AssumeRoleCommand({ RoleArn: before.arn, RoleSessionName: 'deploy' }));
    expect((await listedRole(roleName)).roleLastUsed).toBe(assumed);
  });
});

async function listedRole(name: string): Promise<Json> {
  const res = await root.get(`/api/roles?search=${enc(name)}`);
  expectStatus(res, 200);
  expect(res.body.items).toHaveLength(1);
  return res.body.items[0];
}

/** Users with a group, a console password, an enabled MFA device and a used access key each. */
async function seedUsersWithCredentials(prefix: string, count: number): Promise<void> {
  const db = server.deps.db;
  const accountId = account.accountId;
  const users = Array.from({ length: count }, (_, i) => {
    const name = `${prefix}-${String(i).padStart(3, '0')}`;
    return { id: newUniqueId('user'), accountId, name, nameLower: nameKey(name) };
  });
  const groupId = newUniqueId('group');
  const groupName = `${prefix}-group`;
  const now = server.clock.now();
  await db.$transaction([
    db.user.createMany({ data: users }),
    db.group.create({ data: { id: groupId, accountId, name: groupName, nameLower: nameKey(groupName) } }),
    db.groupMembership.createMany({ data: users.map((u) => ({ accountId, groupId, userId: u.id })) }),
    db.loginProfile.createMany({ data: users.map((u) => ({ userId: u.id, accountId, passwordHash: 'x' })) }),
    db.mfaDevice.createMany({
      data: users.map((u) => ({
        serialNumber: `arn:aws:iam::${accountId}:mfa/${u.name}`,
        accountId,
        userId: u.id,
        name: u.name,
        seedEncrypted: 'x',
        enabledAt: now,
      })),
    }),
    db.accessKey.createMany({
      data: users.map((u) => ({
        id: newUniqueId('accessKey'),
        accountId,
        userId: u.id,
        secretEncrypted: 'x',
        lastUsedAt: now,
        lastUsedService: 'iam',
        lastUsedRegion: 'us-east-1',
      })),
    }),
  ]);
}

/** The database operations a request makes, counted by swapping the app's client for a counting one. */
async function countQueries(request: () => Promise<{ status: number; body: Json }>) {
  const db = server.deps.db;
  let queries = 0;
  server.deps.db = db.$extends({
    query: {
      $allOperations({ args, query }) {
        queries++;
        return query(args);
      },
    },
  }) as unknown as Db;
  try {
    const res = await request();
    return { ...res, queries };
  } finally {
    server.deps.db = db;
  }
}
