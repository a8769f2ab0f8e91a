// What one last-accessed report may cost: the console's report of a group whose members all used
// a service lists the newest 100 of them (the count stays exact), so a 5,000-member group's
// report stays small; the AWS door's job still pages through every one of them.
import {
  GenerateServiceLastAccessedDetailsCommand,
  GetServiceLastAccessedDetailsWithEntitiesCommand,
  type IAMClient,
} from '@aws-sdk/client-iam';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSOLE_ENTITIES_PER_SERVICE } from '../../src/services/last-accessed/build-report.js';
import { rootClients } from '../aws/aws-clients.js';
import type { ApiClient } from '../harness/api-client.js';
import { signInAsRoot, type TestAccount } from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';
import { seedCrowd } from './seed.js';

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
  // member-000 used s3 last, member-001 before it, and so on.
  ({ groupArn, names: newest } = await seedCrowd(server, account.accountId, {
    members: MEMBERS,
    services: ['s3'],
    policy: { name: 'read', action: 's3:GetObject' },
  }));
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
