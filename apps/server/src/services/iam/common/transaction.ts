import type { Tx } from '../../../db/client.js';
import { AppError } from '../../../errors/app-error.js';
import { sqlState } from '../../../db/sql-state.js';
import type { ServiceContext } from '../../service-context.js';

// Waiting for a pooled connection is normal under bursts (50 parallel creates); give up only
// when the database is really stuck.
const OPTIONS = { maxWait: 15_000, timeout: 30_000 };
const ATTEMPTS = 3;

// SQLSTATEs of a transaction the database chose to abort because of another one: a deadlock
// (e.g. adding a member to a group while the group is deleted) or a serialization failure.
const RETRYABLE = new Set(['40P01', '40001']);

/**
 * Runs `work` in one database transaction: the change, its audit rows and the authz bump
 * commit together. A transaction the database aborts for a deadlock or serialization failure
 * is run again from the start (its reads included); after three tries the caller gets
 * ConcurrentModification.
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
      if (!state || !RETRYABLE.has(state)) throw err;
      if (attempt >= ATTEMPTS) {
        throw new AppError(
          'ConcurrentModification',
          'another request changed the same entities at the same time: try again',
          {
            cause: err,
            internal: `transaction aborted ${attempt} times (SQLSTATE ${state})`,
          },
        );
      }
    }
  }
}
