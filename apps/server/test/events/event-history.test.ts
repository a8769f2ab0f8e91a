// GET /api/events, /api/events/:id and /api/events/export: the caller's account's audit events,
// every filter, keyset pages, the bad inputs, the detail without secrets, the downloads.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient, Json } from '../harness/api-client.js';
import {
  ALLOW_ALL,
  allow,
  createTestUser,
  newRootSession,
  signInAsUser,
  type TestAccount,
  type TestUser,
} from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';
import { CloudTrailClient, LookupEventsCommand, type LookupAttributeKey } from '@aws-sdk/client-cloudtrail';
import { awsClients, createTestAccessKey, followServerClock, type AwsClients } from '../aws/aws-clients.js';
import { CreateUserCommand } from '@aws-sdk/client-iam';

let server: TestServer;
let account: TestAccount;
let root: ApiClient;
let admin: TestUser;
let adminConsole: ApiClient;
let adminAws: AwsClients;
let reader: ApiClient;
let nobody: ApiClient;
let before: Date;
let middle: Date;

const MINUTE = 60_000;

async function events(client: ApiClient, query: Record<string, string | number>) {
  const qs = new URLSearchParams(Object.entries(query).map(([k, v]): [string, string] => [k, String(v)]));
  return client.get(`/api/events?${qs}`);
}

async function all(query: Record<string, string | number>): Promise<Json[]> {
  const res = await events(root, query);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.items;
}

beforeAll(async () => {
  server = await startTestServer();
  ({ account, root } = await newRootSession(server));
  admin = await createTestUser(server, account.accountId, { inlinePolicies: { all: ALLOW_ALL } });
  const readerUser = await createTestUser(server, account.accountId, {
    inlinePolicies: { read: allow('cloudtrail:LookupEvents') },
  });
  const nobodyUser = await createTestUser(server, account.accountId);
  before = server.clock.now();
  server.clock.advance(MINUTE);
  adminConsole = await signInAsUser(server, account, admin);
  expect((await adminConsole.post('/api/users', { userName: 'bob' })).status).toBe(201);
  expect(
    (await adminConsole.put('/api/users/bob/login-profile', { password: 'Secret-Password-77' })).status,
  ).toBeLessThan(300);
  middle = server.clock.now();
  server.clock.advance(MINUTE);
  adminAws = awsClients(server, await createTestAccessKey(server, account.accountId, admin.userId));
  await adminAws.iam.send(new CreateUserCommand({ UserName: 'carol' }));
  reader = await signInAsUser(server, account, readerUser);
  nobody = await signInAsUser(server, account, nobodyUser);
  expect((await nobody.post('/api/users', { userName: 'mallory' })).status).toBe(403);
  // A role session's event (the person behind it as its source identity).
  await server.deps.db.auditEvent.create({
    data: {
      time: server.clock.now(),
      accountId: account.accountId,
      principalArn: `arn:aws:sts::${account.accountId}:assumed-role/audit/alice-session`,
      action: 'iam:ListUsers',
      result: 'Success',
      sourceIp: '198.51.100.7',
      door: 'aws',
      accessKeyId: 'ASIAEXAMPLEEXAMPLE12',
      sourceIdentity: 'alice',
    },
  });
  // Another account's event, never to be seen here.
  const other = await newRootSession(server);
  await other.root.post('/api/users', { userName: 'bob' });
});
afterAll(() => server?.close());

describe('who may read the event history', () => {
  it('refuses a caller without cloudtrail:LookupEvents, and records the denial', async () => {
    for (const path of ['/api/events', '/api/events/1', '/api/events/export?format=csv']) {
      const res = await nobody.get(path);
      expect(res.status, path).toBe(403);
      expect(res.body.error.code).toBe('AccessDenied');
      expect(res.body.error.message).toContain('cloudtrail:LookupEvents');
    }
  });

  it('lets a caller with only cloudtrail:LookupEvents read it', async () => {
    const res = await events(reader, { eventName: 'iam:CreateUser' });
    expect(res.status).toBe(200);
    expect(res.body.items.length).toBeGreaterThan(0);
  });
});

describe('GET /api/events', () => {
  it('lists the account’s events only, newest first', async () => {
    const items = await all({});
    expect(items.length).toBeGreaterThan(4);
    const keys = items.map((e) => `${e.eventTime}|${e.eventId.padStart(18, '0')}`);
    expect([...keys].sort().reverse()).toEqual(keys);
    expect(
      items.filter((e) => e.resource?.endsWith(':user/bob') && e.action === 'iam:CreateUser'),
    ).toHaveLength(1);
    expect(items.every((e) => !e.principalArn || e.principalArn.includes(account.accountId))).toBe(true);
  });

  it('filters by event name, with or without its service', async () => {
    const full = await all({ eventName: 'iam:CreateUser' });
    const bare = await all({ eventName: 'CreateUser' });
    expect(full.map((e) => e.resource).sort()).toEqual([
      `arn:aws:iam::${account.accountId}:user/bob`,
      `arn:aws:iam::${account.accountId}:user/carol`,
      `arn:aws:iam::${account.accountId}:user/mallory`,
    ]);
    expect(bare).toEqual(full);
    expect(full[0]).toMatchObject({ eventName: 'CreateUser', eventSource: 'iam.amazonaws.com' });
  });

  it('filters by principal (exact or prefix) and by user name', async () => {
    const exact = await all({ principal: admin.arn });
    expect(exact.length).toBeGreaterThanOrEqual(3);
    expect(exact.every((e) => e.principalArn === admin.arn)).toBe(true);
    const prefix = await all({
      principal: `arn:aws:iam::${account.accountId}:user/`,
      principalMatch: 'prefix',
    });
    expect(new Set(prefix.map((e) => e.principalArn)).size).toBeGreaterThanOrEqual(2);
    expect(await all({ principal: `arn:aws:iam::${account.accountId}:user/` })).toEqual([]);
    const byName = await all({ userName: admin.name });
    expect(byName.map((e) => e.eventId)).toEqual(exact.map((e) => e.eventId));
    const rootEvents = await all({ userName: 'root' });
    expect(rootEvents.every((e) => e.principalArn === `arn:aws:iam::${account.accountId}:root`)).toBe(true);
    expect((await all({ userName: 'alice-session' })).map((e) => e.action)).toEqual(['iam:ListUsers']);
  });

  it('filters by resource (ARN or name), result and error code', async () => {
    const byArn = await all({ resource: `arn:aws:iam::${account.accountId}:user/carol` });
    expect(byArn.map((e) => e.action)).toEqual(['iam:CreateUser']);
    const byName = await all({ resource: 'bob' });
    expect(byName.map((e) => e.action).sort()).toEqual(['iam:CreateLoginProfile', 'iam:CreateUser']);
    const denied = await all({ result: 'Denied' });
    expect(denied.map((e) => e.resource)).toContain(`arn:aws:iam::${account.accountId}:user/mallory`);
    expect(denied.every((e) => e.result === 'Denied' && e.errorCode === 'AccessDenied')).toBe(true);
    expect(await all({ errorCode: 'AccessDenied' })).toEqual(denied);
    expect(await all({ result: 'Denied', errorCode: 'NoSuchEntity' })).toEqual([]);
  });

  it('filters by source address, access key id and session', async () => {
    const viaKey = await all({ accessKeyId: adminAws.credentials.accessKeyId });
    expect(viaKey.map((e) => [e.action, e.door])).toEqual([['iam:CreateUser', 'aws']]);
    const fromDoc = await all({ sourceIp: '198.51.100.7' });
    expect(fromDoc.map((e) => e.action)).toEqual(['iam:ListUsers']);
    const local = await all({ sourceIp: viaKey[0].sourceIp });
    expect(local.length).toBeGreaterThan(3);
    const session = `arn:aws:sts::${account.accountId}:assumed-role/audit/alice-session`;
    expect(await all({ session: 'alice' })).toEqual(fromDoc);
    expect(await all({ session })).toEqual(fromDoc);
    expect(fromDoc[0]).toMatchObject({ sourceIdentity: 'alice', userName: 'alice-session' });
  });

  it('filters by time range, both ends inclusive', async () => {
    const firstMinute = await all({ startTime: before.toISOString(), endTime: middle.toISOString() });
    expect(firstMinute.map((e) => e.action)).toContain('iam:CreateLoginProfile');
    expect(firstMinute.map((e) => e.action)).not.toContain('iam:ListUsers');
    const later = await all({ startTime: new Date(middle.getTime() + 1).toISOString() });
    expect(later.map((e) => e.resource)).toContain(`arn:aws:iam::${account.accountId}:user/carol`);
    expect(later.map((e) => e.resource)).not.toContain(`arn:aws:iam::${account.accountId}:user/bob`);
  });

  it('pages by keyset: every event once, in order', async () => {
    const everything = await all({});
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const res = await events(root, { limit: 2, ...(cursor ? { cursor } : {}) });
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...res.body.items.map((e: Json) => e.eventId));
      cursor = res.body.nextCursor;
    } while (cursor);
    // Reading adds no events (lookups are not audited), so the walk sees what `all` saw.
    expect(seen).toEqual(everything.map((e) => e.eventId));
  });

  it('refuses bad input: reversed or impossible time range, page size, cursor, result', async () => {
    const reversed = await events(root, { startTime: middle.toISOString(), endTime: before.toISOString() });
    expect(reversed.status).toBe(400);
    expect(reversed.body.error.code).toBe('InvalidInput');
    expect(reversed.body.error.message).toBe('the start time is after the end time');
    const notADate = await events(root, { startTime: 'yesterday' });
    expect(notADate.status).toBe(400);
    expect(notADate.body.error.code).toBe('ValidationError');
    for (const limit of [0, 1000, 51]) {
      const res = await events(root, { limit });
      expect(res.status, String(limit)).toBe(400);
      expect(res.body.error.code).toBe('ValidationError');
    }
    for (const cursor of [
      'not-a-cursor',
      Buffer.from('["events:time:desc",["x","1"]]').toString('base64url'),
    ]) {
      const res = await events(root, { cursor });
      expect(res.status, cursor).toBe(400);
      expect(res.body.error.code).toBe('InvalidInput');
    }
    expect((await events(root, { result: 'Maybe' })).status).toBe(400);
  });
});

describe('GET /api/events/:id', () => {
  it('shows the parameters and the CloudTrail record without secrets', async () => {
    const [event] = await all({ eventName: 'iam:CreateLoginProfile' });
    const res = await root.get(`/api/events/${event.eventId}`);
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.body)).not.toContain('Secret-Password-77');
    expect(res.body.requestParameters).toMatchObject({});
    expect(res.body.cloudTrailEvent).toMatchObject({
      eventVersion: '1.08',
      eventSource: 'iam.amazonaws.com',
      eventName: 'CreateLoginProfile',
      eventID: event.eventId,
      userIdentity: { type: 'IAMUser', arn: admin.arn, accountId: account.accountId, userName: admin.name },
      readOnly: false,
    });
  });

  it('is NoSuchEntity for another account’s event or a bad id', async () => {
    const other = await newRootSession(server);
    const [mine] = await all({});
    for (const id of [mine.eventId, 'abc', '99999999999']) {
      const res = await (id === mine.eventId ? other.root : root).get(`/api/events/${id}`);
      expect(res.status, id).toBe(404);
      expect(res.body.error.code).toBe('NoSuchEntity');
    }
  });
});

describe('GET /api/events/export', () => {
  it('downloads the filtered events as CSV', async () => {
    const res = await root.get('/api/events/export?format=csv&eventName=CreateUser');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="?event-history-\d{12}-[\dTZ-]+\.csv"?$/,
    );
    const lines = String(res.body).trim().split('\n');
    expect(lines[0]).toBe(
      'eventTime,userName,eventName,eventSource,resource,result,errorCode,sourceIp,accessKeyId,' +
        'principalArn,sourceIdentity,readOnly,eventId,requestId',
    );
    expect(lines).toHaveLength(4);
    expect(lines.slice(1).every((l) => l.includes(',CreateUser,iam.amazonaws.com,'))).toBe(true);
  });

  it('downloads the filtered events as JSON with their CloudTrail records', async () => {
    const res = await root.get(
      `/api/events/export?format=json&accessKeyId=${adminAws.credentials.accessKeyId}`,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.body).toHaveLength(1);
    expect(res.body[0]).toMatchObject({
      action: 'iam:CreateUser',
      cloudTrailEvent: { userIdentity: { accessKeyId: adminAws.credentials.accessKeyId } },
    });
    const empty = await root.get('/api/events/export?format=json&eventName=Nothing');
    expect(empty.body).toEqual([]);
  });

  it('refuses a missing format or a reversed time range before sending anything', async () => {
    expect((await root.get('/api/events/export')).status).toBe(400);
    const reversed = await root.get(
      `/api/events/export?format=csv&startTime=${middle.toISOString()}&endTime=${before.toISOString()}`,
    );
    expect(reversed.status).toBe(400);
    expect(reversed.body.error.code).toBe('InvalidInput');
  });
});

describe('filters served by several index scans', () => {
  it('pages a session’s events (its ARN or source identity) once each, newest first', async () => {
    const { account: acct, root: owner } = await newRootSession(server);
    const a = acct.accountId;
    const arn = `arn:aws:sts::${a}:assumed-role/ops/s1`;
    const t0 = server.clock.now().getTime() + 7_200_000;
    // Events by the session ARN, by its source identity, by both, and neither, interleaved.
    const kinds = ['arn', 'identity', 'both', 'neither', 'identity', 'arn', 'both', 'arn', 'identity'];
    await server.deps.db.auditEvent.createMany({
      data: kinds.map((kind, i) => ({
        time: new Date(t0 + Math.floor(i / 2) * 1000),
        accountId: a,
        principalArn: kind === 'arn' || kind === 'both' ? arn : `arn:aws:iam::${a}:user/u${i}`,
        sourceIdentity: kind === 'identity' ? arn : kind === 'both' ? arn : null,
        action: `iam:TagUser`,
        resource: `arn:aws:iam::${a}:user/${kind}-${i}`,
        result: 'Success',
      })),
    });
    const expected = kinds
      .map((kind, i) => ({ kind, i }))
      .filter(({ kind }) => kind !== 'neither')
      .map(({ kind, i }) => `${kind}-${i}`)
      .reverse();
    for (const limit of [1, 2, 3, 50]) {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const qs = new URLSearchParams({ session: arn, limit: String(limit), ...(cursor ? { cursor } : {}) });
        const res = await owner.get(`/api/events?${qs}`);
        expect(res.status).toBe(200);
        seen.push(...res.body.items.map((e: Json) => String(e.resource).split('/').pop()));
        cursor = res.body.nextCursor;
      } while (cursor);
      expect(seen, `limit ${limit}`).toEqual(expected);
    }
  });

  it('finds users and resources by name under any path, and by resource type and service', async () => {
    const { account: acct, root: owner } = await newRootSession(server);
    const a = acct.accountId;
    const t = server.clock.now().getTime() + 7_200_000;
    await server.deps.db.auditEvent.createMany({
      data: [
        [`arn:aws:iam::${a}:user/eng/dana`, 'iam:TagUser', `arn:aws:iam::${a}:user/eng/web`],
        [`arn:aws:iam::${a}:user/dana`, 'iam:TagRole', `arn:aws:iam::${a}:role/web`],
        [`arn:aws:sts::${a}:assumed-role/ops/dana`, 'organizations:ListAccounts', null],
        [`arn:aws:iam::${a}:user/eng/dana2`, 'iam:TagUser', `arn:aws:iam::${a}:user/eng/web2`],
        [`arn:aws:iam::${a}:user/eng/x-dana`, 'sts:GetCallerIdentity', `arn:aws:iam::${a}:mfa/web`],
      ].map(([principalArn, action, resource], i) => ({
        time: new Date(t + i * 1000),
        accountId: a,
        principalArn,
        action: action!,
        resource,
        result: 'Success',
      })),
    });
    const list = async (query: Record<string, string>) => {
      const res = await owner.get(`/api/events?${new URLSearchParams(query)}`);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return res.body.items.map((e: Json) => e.action);
    };
    expect(await list({ userName: 'dana' })).toEqual([
      'organizations:ListAccounts',
      'iam:TagRole',
      'iam:TagUser',
    ]);
    // A path-qualified name finds the user under that path only.
    expect(await list({ userName: 'eng/dana' })).toEqual(['iam:TagUser']);
    expect(await list({ resource: 'web' })).toEqual(['sts:GetCallerIdentity', 'iam:TagRole', 'iam:TagUser']);
    expect(await list({ resource: 'eng/web' })).toEqual(['iam:TagUser']);
    expect(await list({ resource: `arn:aws:iam::${a}:role/web` })).toEqual(['iam:TagRole']);
    // Resource type and event source are CloudTrail's lookup attributes.
    const user = await createTestUser(server, a, { inlinePolicies: { all: ALLOW_ALL } });
    const trail = new CloudTrailClient({
      endpoint: server.baseUrl,
      region: 'us-east-1',
      credentials: await createTestAccessKey(server, a, user.userId),
      maxAttempts: 1,
    });
    followServerClock(server, trail);
    const lookup = async (AttributeKey: LookupAttributeKey, AttributeValue: string) => {
      const out = await trail.send(
        new LookupEventsCommand({
          StartTime: new Date(t),
          LookupAttributes: [{ AttributeKey, AttributeValue }],
        }),
      );
      return (out.Events ?? []).map((e) => `${e.EventSource}/${e.EventName}`);
    };
    expect(await lookup('ResourceType', 'AWS::IAM::User')).toEqual([
      'iam.amazonaws.com/TagUser',
      'iam.amazonaws.com/TagUser',
    ]);
    expect(await lookup('ResourceType', 'AWS::IAM::MFADevice')).toEqual([
      'sts.amazonaws.com/GetCallerIdentity',
    ]);
    expect(await lookup('EventSource', 'organizations.amazonaws.com')).toEqual([
      'organizations.amazonaws.com/ListAccounts',
    ]);
    expect(await lookup('EventSource', 'sts.amazonaws.com')).toEqual(['sts.amazonaws.com/GetCallerIdentity']);
    expect(await lookup('Username', 'dana')).toHaveLength(3);
    expect(await lookup('ResourceName', 'web')).toHaveLength(3);
  });
});

describe('export cap', () => {
  it('holds the newest 10,000 events of a larger set', async () => {
    const big = await newRootSession(server);
    const t0 = server.clock.now().getTime() + 3_600_000;
    await server.deps.db.auditEvent.createMany({
      data: Array.from({ length: 10_050 }, (_, i) => ({
        time: new Date(t0 + i * 1000),
        accountId: big.account.accountId,
        principalArn: `arn:aws:iam::${big.account.accountId}:root`,
        action: 'iam:TagUser',
        resource: `arn:aws:iam::${big.account.accountId}:user/u${i}`,
        result: 'Success',
      })),
    });
    const res = await big.root.get('/api/events/export?format=csv&eventName=TagUser');
    expect(res.status).toBe(200);
    const lines = String(res.body).trim().split('\n');
    expect(lines).toHaveLength(10_001);
    expect(lines[1]).toContain(':user/u10049,');
    expect(lines[10_000]).toContain(':user/u50,');
  }, 90_000); // 10,050 rows written and 10,000 read back: slow on a loaded machine
});
