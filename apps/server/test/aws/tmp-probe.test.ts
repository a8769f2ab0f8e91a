import { GetGroupCommand } from '@aws-sdk/client-iam';
import { afterAll, beforeAll, it } from 'vitest';
import { startTestServer, type TestServer } from '../harness/test-server.js';
import { rootClients } from './aws-clients.js';
let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterAll(() => server.close());
it('probe', async () => {
  const { iam } = await rootClients(server);
  const e = await iam.send(new GetGroupCommand({ GroupName: 'x' })).catch((e: unknown) => e) as Record<string, unknown>;
  console.log(JSON.stringify({ ...e, name: e.name, message: e.message }, null, 1));
});
