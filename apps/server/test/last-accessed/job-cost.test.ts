// What a last-accessed job of a large group costs the requests served meanwhile (issue 13): 3,000
// members who each used ten services. The job keeps each entity once and each use as a few
// numbers, and a Get reads one page of it, so neither the Generate nor the Gets hold the event
// loop for long (before: every entity of every service built and stored in full, 7 MB here, in
// one ~250 ms turn, and read back and parsed whole by each Get). The figure is the main thread's own CPU between two
// turns of a 5 ms ticker (the scheduler's account in /proc/…/schedstat), which a busy machine
// does not inflate.
import {
  GenerateServiceLastAccessedDetailsCommand,
  GetServiceLastAccessedDetailsCommand,
  GetServiceLastAccessedDetailsWithEntitiesCommand,
  type IAMClient,
} from '@aws-sdk/client-iam';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rootClients } from '../aws/aws-clients.js';
import type { TestAccount } from '../harness/fixtures.js';
import { longestTurn } from '../harness/longest-turn.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';
import { seedCrowd } from './seed.js';

const MEMBERS = 3000;
const SERVICES = ['athena', 'dynamodb', 'ec2', 'iam', 'kms', 'lambda', 's3', 'sns', 'sqs', 'sts'];
/** The most a turn of the loop may run meanwhile (before: ~250 ms parsing the stored job). */
const MAX_TURN_MS = 100;
/** What the stored job may take per member (before: ~2,450 bytes, a full entity row per service). */
const MAX_BYTES_PER_MEMBER = 600;

let server: TestServer;
let account: TestAccount;
let iam: IAMClient;
let groupArn: string;
let names: string[];

beforeAll(async () => {
  server = await startTestServer();
  ({ account, iam } = await rootClients(server));
  ({ groupArn, names } = await seedCrowd(server, account.accountId, {
    members: MEMBERS,
    services: SERVICES,
    policy: { name: 'ten-services', action: SERVICES.map((s) => `${s}:*`) },
  }));
}, 120_000);

afterAll(() => server?.close());

describe(`a job for a group of ${MEMBERS.toLocaleString('en')} members who used ${SERVICES.length} services`, () => {
  let jobId: string;

  it('is generated and stored compactly without holding the event loop for long', async () => {
    const { result, turnMs } = await longestTurn(() =>
      iam.send(new GenerateServiceLastAccessedDetailsCommand({ Arn: groupArn })),
    );
    jobId = result.JobId!;
    const [stored] = await server.deps.db.$queryRaw<{ bytes: number }[]>`
      SELECT octet_length("report"::text)::int AS "bytes" FROM "LastAccessedJob" WHERE "id" = ${jobId}`;
    expect(stored!.bytes / MEMBERS).toBeLessThan(MAX_BYTES_PER_MEMBER);
    expect(turnMs).toBeLessThan(MAX_TURN_MS);
  }, 120_000);

  it('answers its services and a page of entities without holding the event loop for long', async () => {
    const { result, turnMs } = await longestTurn(async () => {
      const details = await iam.send(new GetServiceLastAccessedDetailsCommand({ JobId: jobId }));
      const last = await iam.send(
        new GetServiceLastAccessedDetailsWithEntitiesCommand({
          JobId: jobId,
          ServiceNamespace: 'S3',
          MaxItems: 100,
          Marker: String(MEMBERS - 50),
        }),
      );
      return { details, last };
    });
    expect(result.details.ServicesLastAccessed!.map((s) => s.ServiceNamespace)).toEqual(
      expect.arrayContaining(SERVICES),
    );
    const s3 = result.details.ServicesLastAccessed!.find((s) => s.ServiceNamespace === 's3')!;
    expect(s3.TotalAuthenticatedEntities).toBe(MEMBERS);
    expect(s3.LastAuthenticatedEntity).toBe(`arn:aws:iam::${account.accountId}:user/member-0000`);
    // The last 50 users of s3, the oldest last, and no page after them.
    expect(result.last.EntityDetailsList!.map((e) => e.EntityInfo!.Name)).toEqual(names.slice(-50));
    expect(result.last.IsTruncated).toBe(false);
    expect(turnMs).toBeLessThan(MAX_TURN_MS);
  }, 120_000);
});
