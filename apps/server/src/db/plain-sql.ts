// Plain SQL for the AWS door's hottest reads (the access key, the user, a page of users, the
// role to assume): the same statement `$queryRaw` would send, sent through the node-postgres pool
// under Prisma's adapter, as a named (prepared) statement. Prisma's client runtime costs more CPU
// per statement than the rest of such a request (issue 11's profile); node-pg's does not. Values
// come back as `$queryRaw` gives them (bigint for int8, Date for timestamp), so callers cannot
// tell the paths apart. Inside a transaction, or for a client without a pool, it is `$queryRaw`.
import pg from 'pg';
import { sqlPoolOf, type Db, type DbOrTx } from './client.js';
import type { Prisma } from './generated/client.js';

const TIMESTAMP_OID = 1114;
const TIMESTAMPTZ_OID = 1184;
const INT8_OID = 20;

/**
 * As @prisma/adapter-pg reads them (so a value reads the same whichever path wrote or reads it):
 * timestamps are UTC (a timestamptz's offset is replaced, as the adapter does); int8 is a bigint.
 */
const types = {
  getTypeParser(oid: number, format?: string) {
    if (oid === TIMESTAMP_OID) return (text: string) => new Date(`${text.replace(' ', 'T')}+00:00`);
    if (oid === TIMESTAMPTZ_OID) {
      return (text: string) => new Date(text.replace(' ', 'T').replace(/[+-]\d{2}(:\d{2})?$/, '+00:00'));
    }
    if (oid === INT8_OID) return (text: string) => BigInt(text);
    return pg.types.getTypeParser(oid, format as 'text');
  },
} as pg.CustomTypesConfig;

/** As the adapter sends a Date: `YYYY-MM-DD HH:MM:SS.mmm` in UTC (columns are timestamp(3)). */
function param(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().replace('T', ' ').replace('Z', '');
  if (Array.isArray(value)) return value.map(param);
  return value;
}

/** Statement names by SQL text; past the bound, statements go unnamed (parsed each time). */
const statementNames = new Map<string, string>();
const MAX_NAMED_STATEMENTS = 200;

function statementName(text: string): string | undefined {
  let name = statementNames.get(text);
  if (name === undefined && statementNames.size < MAX_NAMED_STATEMENTS) {
    name = `gatehouse_door_${statementNames.size + 1}`;
    statementNames.set(text, name);
  }
  return name;
}

/** The rows of `query`, as `db.$queryRaw<R[]>(query)` returns them. */
export async function plainRows<R>(db: DbOrTx, query: Prisma.Sql): Promise<R[]> {
  const pool = sqlPoolOf(db as Db);
  if (!pool) return db.$queryRaw<R[]>(query);
  const result = await pool.query({
    name: statementName(query.text),
    text: query.text,
    values: query.values.map(param),
    types,
  });
  return result.rows as R[];
}

/**
 * Runs one statement that changes rows (with its audit event, in the same statement) as
 * `db.$executeRaw(query)` does, and returns the number of rows it changed. Database errors are
 * node-pg's, which sqlState and isUniqueViolation read as they read Prisma's.
 */
export async function plainExecute(db: DbOrTx, query: Prisma.Sql): Promise<number> {
  const pool = sqlPoolOf(db as Db);
  if (!pool) return db.$executeRaw(query);
  const result = await pool.query({
    name: statementName(query.text),
    text: query.text,
    values: query.values.map(param),
  });
  return result.rowCount ?? 0;
}
