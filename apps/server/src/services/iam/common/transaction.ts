import type { Tx } from '../../../db/client.js';
import type { ServiceContext } from '../../service-context.js';

// Waiting for a pooled connection is normal under bursts (50 parallel creates); give up only
// when the database is really stuck.
const OPTIONS = { maxWait: 15_000, timeout: 30_000 };

/** Runs `work` in one database transaction: the change, its audit rows and the authz bump commit together. */
export function inTransaction<T>(ctx: Pick<ServiceContext, 'db'>, work: (tx: Tx) => Promise<T>): Promise<T> {
  return ctx.db.$transaction(work, OPTIONS);
}
