// The door's JSON 1.1 protocol (Organizations, CloudTrail): signed by the real SDKs, answered in
// JSON with AWS's error shape; operations not served are UnknownOperationException.
import { CloudTrailClient, DescribeTrailsCommand } from '@aws-sdk/client-cloudtrail';
import {
  ListAccountsCommand,
  ListDelegatedAdministratorsCommand,
  OrganizationsClient,
} from '@aws-sdk/client-organizations';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../harness/test-server.js';
import { rootClients } from './aws-clients.js';
import { form, send, signedPost } from './signed-fetch.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('JSON 1.1 requests', () => {
  it('authenticates them and answers an operation not served with UnknownOperationException', async () => {
    const { credentials } = await rootClients(server);
    const config = { endpoint: server.baseUrl, region: 'us-east-1', credentials, maxAttempts: 1 };
    const organizations = new OrganizationsClient(config);
    const cloudtrail = new CloudTrailClient(config);
    const orgs = await organizations
      .send(new ListDelegatedAdministratorsCommand({}))
      .catch((e: unknown) => e);
    const trail = await cloudtrail.send(new DescribeTrailsCommand({})).catch((e: unknown) => e);
    for (const err of [orgs, trail]) {
      expect(err).toMatchObject({ name: 'UnknownOperationException', $metadata: { httpStatusCode: 400 } });
    }
  });

  it('refuses a bad key in JSON, not XML', async () => {
    const config = {
      endpoint: server.baseUrl,
      region: 'us-east-1',
      credentials: { accessKeyId: 'AKIAAAAAAAAAAAAAAAAA', secretAccessKey: 'x' },
      maxAttempts: 1,
    };
    const err = await new OrganizationsClient(config)
      .send(new ListAccountsCommand({}))
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'InvalidClientTokenId', $metadata: { httpStatusCode: 403 } });
  });

  it('does not serve a JSON service through the Query protocol', async () => {
    const { credentials } = await rootClients(server);
    const signed = await signedPost(
      server.baseUrl,
      credentials,
      form({ Action: 'ListAccounts', Version: '2016-11-28' }),
      {
        service: 'organizations',
      },
    );
    const res = await send(signed.url, { method: 'POST', headers: signed.headers, body: signed.body });
    expect(res).toMatchObject({ status: 400, code: 'InvalidAction' });
  });
});
