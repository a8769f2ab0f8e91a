// Statements that ride with a transaction's COMMIT: a write nobody reads back before the
// transaction ends (its audit row) is sent in the same round trip as COMMIT instead of one of its
// own. PostgreSQL runs `INSERT …; COMMIT` as one simple-protocol message: the insert and the
// commit succeed together, or the insert fails, the commit is skipped and the transaction rolls
// back. The statements are SQL text with literals escaped by node-postgres (the simple protocol
// takes no parameters).
import { AsyncLocalStorage } from 'node:async_hooks';
import type { SqlDriverAdapter, SqlQuery, Transaction } from '@prisma/driver-adapter-utils';

interface TransactionScope {
  /** The Prisma transaction client handed to the work (what services pass around as `tx`). */
  client?: unknown;
  /** The driver adapter's transaction, once Prisma has started it in this scope. */
  started: boolean;
  statements: string[];
}

const scopes = new AsyncLocalStorage<TransactionScope>();

/**
 * Interactive transactions running now. On Node 20 an enabled AsyncLocalStorage makes every
 * promise, timer and tick in the process pay an async hook, whether or not a transaction runs
 * (a few percent of every AWS door request's CPU): the storage is disabled whenever no
 * transaction is running, and `run` enables it again for the next one.
 */
let running = 0;

function scopeEnded(): void {
  running--;
  if (running === 0) scopes.disable();
}

type Interactive<T> = (tx: never) => Promise<T>;
type TransactionMethod = (arg: unknown, options?: unknown) => Promise<unknown>;

/**
 * Gives every interactive `$transaction` of the client a scope in which `atCommit` can queue
 * statements. Batch transactions (an array of queries) pass through unchanged.
 */
export function scopeInteractiveTransactions<C extends { $transaction: unknown }>(client: C): C {
  const original = (client.$transaction as TransactionMethod).bind(client);
  const scoped: TransactionMethod = (arg, options) => {
    if (typeof arg !== 'function') return original(arg, options);
    const work = arg as Interactive<unknown>;
    const scope: TransactionScope = { started: false, statements: [] };
    running++;
    let result: Promise<unknown>;
    try {
      result = scopes.run(scope, () =>
        original(async (tx: never) => {
          scope.client = tx;
          return work(tx);
        }, options),
      );
    } catch (err) {
      scopeEnded();
      throw err;
    }
    return result.then(
      (value) => {
        scopeEnded();
        return value;
      },
      (err: unknown) => {
        scopeEnded();
        throw err;
      },
    );
  };
  Object.defineProperty(client, '$transaction', { value: scoped, configurable: true, writable: true });
  return client;
}

/**
 * Queues `sql` (literal SQL, no parameters) to run just before COMMIT of the transaction whose
 * client is `db`, in the same message. Returns false when `db` is not such a transaction (the
 * plain client, or a transaction started elsewhere): the caller then runs the statement itself.
 */
export function atCommit(db: unknown, sql: string): boolean {
  const scope = scopes.getStore();
  if (!scope || !scope.started || scope.client !== db) return false;
  scope.statements.push(sql);
  return true;
}

const COMMIT = 'COMMIT';
const ROLLBACK: SqlQuery = { sql: 'ROLLBACK', args: [], argTypes: [] };

function withCommitStatements(tx: Transaction, scope: TransactionScope): Transaction {
  const execute = tx.executeRaw.bind(tx);
  tx.executeRaw = async (query: SqlQuery) => {
    if (query.sql !== COMMIT || scope.statements.length === 0) return execute(query);
    const text = `${scope.statements.join(';\n')};\n${COMMIT}`;
    scope.statements = [];
    try {
      return await execute({ sql: text, args: [], argTypes: [] });
    } catch (err) {
      // A failed statement skipped the COMMIT and left the transaction aborted: end it here so
      // the connection goes back to the pool clean, whatever Prisma does next.
      await execute(ROLLBACK).catch(() => undefined);
      throw err;
    }
  };
  return tx;
}

/** Wraps the driver adapter so the transactions it starts send queued statements with COMMIT. */
export function sendStatementsWithCommit<A extends SqlDriverAdapter>(adapter: A): A {
  const start = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => {
    const tx = await start(isolationLevel);
    const scope = scopes.getStore();
    if (!scope || scope.started) return tx;
    scope.started = true;
    return withCommitStatements(tx, scope);
  };
  return adapter;
}
