import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient, type Prisma } from './generated/client.js';
import { scopeInteractiveTransactions, sendStatementsWithCommit } from './commit-statements.js';

export type Db = PrismaClient;
/** The client inside `db.$transaction(async (tx) => ...)`. */
export type Tx = Prisma.TransactionClient;
/** Either: functions that may run inside or outside a transaction take this. */
export type DbOrTx = Db | Tx;

/**
 * A connection attempt that takes longer fails (and the request answers 503) instead of waiting
 * forever on a database host that does not answer. The pool reconnects by itself: every query
 * takes a live connection or opens a new one, so a restarted database is used again at once.
 */
const CONNECT_TIMEOUT_MS = 5000;

export function createDb(databaseUrl: string, options: { poolSize?: number } = {}): Db {
  const adapter = new PrismaPg({
    connectionString: databaseUrl,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
  });
  const connect = adapter.connect.bind(adapter);
  adapter.connect = async () => sendStatementsWithCommit(await connect());
  return scopeInteractiveTransactions(new PrismaClient({ adapter }));
}
