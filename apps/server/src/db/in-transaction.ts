import type { Tx } from './client.js';
import { AppError } from '../errors/app-error.js';
import { sqlState } from './sql-state.js';
import { isUniqueViolation } from './unique-violation.js';
import type { ServiceContext } from '../services/service-context.js';

// Waiting for a pooled connection is normal under bursts (50 parallel creates); give up only
// when the database is really stuck.
const OPTIONS = { maxWait: 15_000, timeout: 30_000 };
const ATTEMPTS = 3;

// SQLSTATEs of a transaction the database chose to abort because of another one: a deadlock
// (e.g. adding a member to a group while the group is deleted) or a serialization failure.
const ABORTED = new Set(['40P01', '40001']);

/**
 * What a concurrent request can do to a transaction that read, then wrote: the row it read is
 * gone when it updates or deletes it (Prisma's P2025), the row it points at was deleted (a
 * foreign key violation, 23503), or another request inserted the row it was about to insert (a
 * unique violation). Run again from the start, the transaction reads the new state and answers
 * accordingly (NoSuchEntity, an update instead of an insert, EntityAlreadyExists…).
 */
function raced(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === 'P2025' || sqlState(err) === '23503' || isUniqueViolation(err);
}

/**
 * Runs `work` in one database transaction: the change, its audit rows and the authz bump
 * commit together. A transaction aborted for a deadlock or serialization failure, or that lost
 * a check-then-write race to another request, is run again from the start (its reads
 * included); after three tries the caller gets ConcurrentModification — or, for a unique
 * violation, the violation itself, which services turn into EntityAlreadyExists.
 */
export async function inTransaction<T>(
  ctx: Pick<ServiceContext, 'db'>,
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await ctx.db.$transaction(work, OPTIONS);
    } catch (err) {
      const state = sqlState(err);
      const aborted = state !== undefined && ABORTED.has(state);
      if (!aborted && !raced(err)) throw err;
      if (attempt < ATTEMPTS) continue;
      if (isUniqueViolation(err)) throw err;
      throw new AppError(
        'ConcurrentModification',
        'another request changed the same entities at the same time: try again',
        {
          cause: err,
          internal: `transaction aborted ${attempt} times (${state ?? (err as { code?: string }).code})`,
        },
      );
    }
  }
}
