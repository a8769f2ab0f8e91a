// The IAM services' transaction wrapper against a real PostgreSQL deadlock: the transaction the
// database aborts is run again and succeeds; a transaction that keeps failing surfaces as
// ConcurrentModification, never as a 500.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { nameKey } from '../../src/db/name-key.js';
import { AppError } from '../../src/errors/app-error.js';
import { newUniqueId } from '../../src/model/unique-ids.js';
import { lockRow } from '../../src/services/iam/common/lock-row.js';
import { inTransaction } from '../../src/db/in-transaction.js';
import { createTestAccount } from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';

let server: TestServer;
const ids: string[] = [];

beforeAll(async () => {
  server = await startTestServer();
  const account = await createTestAccount(server);
  for (const name of ['lock-a', 'lock-b']) {
    const id = newUniqueId('user');
    await server.deps.db.user.create({
      data: { id, accountId: account.accountId, name, nameLower: nameKey(name) },
    });
    ids.push(id);
  }
});
afterAll(() => server?.close());

function barrier(parties: number) {
  let waiting = 0;
  let release!: () => void;
  const all = new Promise<void>((resolve) => (release = resolve));
  return () => {
    if (++waiting === parties) release();
    return all;
  };
}

it('runs a deadlocked transaction again', async () => {
  const attempts = [0, 0];
  const bothHoldOne = barrier(2);
  const run = (i: number, first: string, second: string) =>
    inTransaction(server.deps, async (tx) => {
      attempts[i]!++;
      await lockRow(tx, 'User', first);
      if (attempts[i] === 1) await bothHoldOne();
      await lockRow(tx, 'User', second);
      return i;
    });
  const [a, b] = ids as [string, string];
  expect(await Promise.all([run(0, a, b), run(1, b, a)])).toEqual([0, 1]);
  // PostgreSQL aborted exactly one of them; that one ran twice.
  expect(attempts.sort()).toEqual([1, 2]);
});

it('gives up after three aborts with ConcurrentModification', async () => {
  let attempts = 0;
  const deadlock = Object.assign(new Error('deadlock detected'), { cause: { originalCode: '40P01' } });
  const result = inTransaction(server.deps, async () => {
    attempts++;
    throw deadlock;
  });
  await expect(result).rejects.toSatisfy(
    (err: unknown) => err instanceof AppError && err.code === 'ConcurrentModification',
  );
  expect(attempts).toBe(3);
});
