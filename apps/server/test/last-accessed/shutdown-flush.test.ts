// The real server (startServer) writes the last-accessed notes still in memory when it stops:
// a user's call made just before shutdown is in the database afterwards, though no report was
// asked for (and, on a machine that is not slow, before the 5-second timer runs).
import { pino } from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { startServer, type RunningServer } from '../../src/server.js';
import { allow, createTestAccount, createTestUser, signInAsUser } from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';

let seed: TestServer;
let server: RunningServer | undefined;

beforeAll(async () => {
  seed = await startTestServer();
});
afterAll(async () => {
  await server?.close();
  await seed.close();
});

it('flushes last-accessed notes on shutdown', async () => {
  const account = await createTestAccount(seed);
  const user = await createTestUser(seed, account.accountId, {
    inlinePolicies: { read: allow('iam:ListUsers') },
  });
  server = await startServer({
    config: { ...loadConfig({}), port: 0, databaseUrl: seed.databaseUrl, webDistDir: '/nonexistent' },
    log: pino({ level: 'silent' }),
  });
  const session = await signInAsUser({ ...seed, baseUrl: server.url }, account, user);
  expect((await session.get('/api/users')).status).toBe(200);
  await server.close();
  server = undefined;
  const rows = await seed.deps.db.serviceLastAccess.findMany({ where: { entityId: user.userId } });
  expect(rows.map((r) => `${r.service}:${r.action}`).sort()).toEqual(['iam:', 'iam:ListUsers']);
});
