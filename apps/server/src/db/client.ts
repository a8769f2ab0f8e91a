import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
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

const pools = new WeakMap<Db, pg.Pool>();

/**
 * The node-postgres pool under the client's adapter, for plain SQL on the hottest reads (the AWS
 * door), where Prisma's per-query cost dominates. Use it only outside transactions; undefined for
 * a client not made by createDb.
 */
export function sqlPoolOf(db: Db): pg.Pool | undefined {
  return pools.get(db);
}

export function createDb(databaseUrl: string, options: { poolSize?: number } = {}): Db {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
  });
  // An idle connection that breaks (the database restarted) must not crash the process; the
  // adapter listens once connected, this covers the time before and the plain-SQL users.
  pool.on('error', () => undefined);
  // The adapter ends the pool on $disconnect, as it does a pool it made itself.
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  const connect = adapter.connect.bind(adapter);
  adapter.connect = async () => sendStatementsWithCommit(await connect());
  const client = scopeInteractiveTransactions(new PrismaClient({ adapter }));
  pools.set(client, pool);
  return client;
}
