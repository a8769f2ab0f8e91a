// What one last-accessed report may cost: the console's report of a group whose members all used
// a service lists the newest 100 of them (the count stays exact), so a 5,000-member group's
// report stays small; the AWS door's job still pages through every one of them.
import {
  GenerateServiceLastAccessedDetailsCommand,
  GetServiceLastAccessedDetailsWithEntitiesCommand,
  type IAMClient,
} from '@aws-sdk/client-iam';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nameKey } from '../../src/db/name-key.js';
import { newUniqueId } from '../../src/model/unique-ids.js';
import { CONSOLE_ENTITIES_PER_SERVICE } from '../../src/services/last-accessed/build-report.js';
import { rootClients } from '../aws/aws-clients.js';
import type { ApiClient } from '../harness/api-client.js';
import { signInAsRoot, type TestAccount } from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';

const MEMBERS = CONSOLE_ENTITIES_PER_SERVICE + 20;

let server: TestServer;
let account: TestAccount;
let root: ApiClient;
let iam: IAMClient;
let groupArn: string;
let newest: string[];

beforeAll(async () => {
  server = await startTestServer();
  ({ account, iam } = await rootClients(server));
  root = await signInAsRoot(server, account);
  const { accountId } = account;
  const db = server.deps.db;
  const groupId = newUniqueId('group');
  // The members and their notes written directly: 120 signed-in callers would only be slower.
  const users = Array.from({ length: MEMBERS }, (_, i) => ({
    id: newUniqueId('user'),
    name: `member-${String(i).padStart(3, '0')}`,
  }));
  await db.group.create({ data: { id: groupId, accountId, name: 'crowd', nameLower: 'crowd' } });
  await db.user.createMany({
    data: users.map((u) => ({ id: u.id, accountId, name: u.name, nameLower: nameKey(u.name) })),
  });
  await db.groupMembership.createMany({ data: users.map((u) => ({ accountId, groupId, userId: u.id })) });
  await db.inlinePolicy.create({
    data: {
      accountId,
      groupId,
      name: 'read',
      document: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }],
      }),
    },
  });
  const now = server.clock.now().getTime();
  // member-000 used s3 last, member-001 before it, and so on.
  await db.serviceLastAccess.createMany({
    data: users.map((u, i) => ({
      entityId: u.id,
      service: 's3',
      action: '',
      accountId,
      userId: u.id,
      entityArn: `arn:aws:iam::${accountId}:user/${u.name}`,
      lastAccessed: new Date(now - i * 60_000),
    })),
  });
  newest = users.map((u) => u.name);
  groupArn = `arn:aws:iam::${accountId}:group/crowd`;
});

afterAll(() => server.close());

describe('a large group', () => {
  it('the console report lists the newest 100 entities of a service, and counts them all', async () => {
    const res = await root.get(`/api/last-accessed?arn=${encodeURIComponent(groupArn)}`);
    expect(res.status).toBe(200);
    const s3 = res.body.services.find((s: { serviceNamespace: string }) => s.serviceNamespace === 's3');
    expect(s3.totalAuthenticatedEntities).toBe(MEMBERS);
    expect(s3.lastAuthenticatedEntity).toBe(`arn:aws:iam::${account.accountId}:user/member-000`);
    expect(s3.entities.map((e: { name: string }) => e.name)).toEqual(
      newest.slice(0, CONSOLE_ENTITIES_PER_SERVICE),
    );
  });

  it("the AWS door's job pages through every entity that used the service", async () => {
    const { JobId } = await iam.send(new GenerateServiceLastAccessedDetailsCommand({ Arn: groupArn }));
    const names: string[] = [];
    let marker: string | undefined;
    do {
      const page = await iam.send(
        new GetServiceLastAccessedDetailsWithEntitiesCommand({
          JobId,
          ServiceNamespace: 's3',
          MaxItems: 50,
          Marker: marker,
        }),
      );
      names.push(...page.EntityDetailsList!.map((e) => e.EntityInfo!.Name!));
      marker = page.IsTruncated ? page.Marker : undefined;
    } while (marker);
    expect(names).toEqual(newest);
  });
});
