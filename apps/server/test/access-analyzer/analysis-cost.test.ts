// What an analysis of a large account costs the requests served meanwhile: 3,000 unused access
// keys become 3,000 findings, stored and then recomputed, without any one turn of the event loop
// running long. The figure is the main thread's own CPU between two turns of a 5 ms ticker (the
// scheduler's account in /proc/…/schedstat), which a busy machine does not inflate.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nameKey } from '../../src/db/name-key.js';
import { newUniqueId } from '../../src/model/unique-ids.js';
import { analyzeAccount } from '../../src/services/access-analyzer/analyze-account.js';
import { createTestAccount, type TestAccount } from '../harness/fixtures.js';
import { longestTurn } from '../harness/longest-turn.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';

const USERS = 1500;
const DAY_MS = 86_400_000;
/** The most a turn of the loop may run during the analysis (before: ~900 ms in one createMany). */
const MAX_TURN_MS = 100;

let server: TestServer;
let account: TestAccount;

beforeAll(async () => {
  server = await startTestServer();
  account = await createTestAccount(server);
  const { accountId } = account;
  const old = new Date(server.clock.now().getTime() - 200 * DAY_MS);
  const users = Array.from({ length: USERS }, (_, i) => ({
    id: newUniqueId('user'),
    name: `holder-${String(i).padStart(4, '0')}`,
  }));
  await server.deps.db.user.createMany({
    data: users.map((u) => ({ id: u.id, accountId, name: u.name, nameLower: nameKey(u.name) })),
  });
  // Two keys each, created 200 days ago and never used: 3,000 unused access key findings.
  await server.deps.db.accessKey.createMany({
    data: users.flatMap((u) =>
      [0, 1].map(() => ({
        id: newUniqueId('accessKey'),
        accountId,
        userId: u.id,
        secretEncrypted: 'not-a-secret',
        createdAt: old,
      })),
    ),
  });
}, 120_000);

afterAll(() => server?.close());

describe('an analysis of 3,000 unused access keys', () => {
  it('stores every finding without holding the event loop for long', async () => {
    const { result, turnMs } = await longestTurn(() => analyzeAccount(server.deps, account.accountId));
    expect(result?.created).toBe(USERS * 2);
    expect(
      await server.deps.db.accessAnalyzerFinding.count({
        where: { accountId: account.accountId, findingType: 'UnusedIAMUserAccessKey', status: 'ACTIVE' },
      }),
    ).toBe(USERS * 2);
    expect(turnMs).toBeLessThan(MAX_TURN_MS);
  }, 120_000);

  it('recomputes them (unchanged) the same way', async () => {
    const { result, turnMs } = await longestTurn(() => analyzeAccount(server.deps, account.accountId));
    expect(result).toMatchObject({ created: 0, updated: 0, resolved: 0, unchanged: USERS * 2 });
    expect(turnMs).toBeLessThan(MAX_TURN_MS);
  }, 120_000);
});
