// A large account's report is read a page of users at a time: every user is in it, once, in
// name order, across the page boundaries.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { nameKey } from '../../src/db/name-key.js';
import { newUniqueId } from '../../src/model/unique-ids.js';
import { newRootSession } from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

it('lists every one of 1,201 users once, in name order, across reads of 500', async () => {
  const { account, root } = await newRootSession(server);
  const names = Array.from({ length: 1201 }, (_, i) => `user-${String(i).padStart(4, '0')}`);
  await server.deps.db.user.createMany({
    data: names.map((name) => ({
      id: newUniqueId('user'),
      accountId: account.accountId,
      name,
      nameLower: nameKey(name),
    })),
  });
  const generated = await root.post('/api/credential-report', {});
  expect(generated.status, JSON.stringify(generated.body)).toBeLessThan(300);
  const report = await root.get('/api/credential-report');
  expect(report.status).toBe(200);
  const csv: string = report.body.content ?? report.body;
  const users = csv
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(',')[0]);
  expect(users).toEqual(['<root_account>', ...names]);
});
