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
const TIMESTAMP_TEXT = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?$/;

/**
 * `YYYY-MM-DD HH:MM:SS[.ffffff]` read as UTC, field by field: a page of 100 users is 300 such
 * values, and building an ISO string for Date's parser cost more than the rest of the row. Any
 * other form (BC years, infinity, an offset) takes the general path below.
 */
function utcTimestamp(text: string): Date {
  const m = TIMESTAMP_TEXT.exec(text);
  if (!m) return new Date(`${text.replace(' ', 'T')}+00:00`);
  const fraction = m[7];
  const ms = fraction === undefined ? 0 : Math.floor(Number(`${fraction}000000`.slice(0, 6)) / 1000);
  const date = new Date(0);
  date.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  date.setUTCHours(Number(m[4]), Number(m[5]), Number(m[6]), ms);
  return date;
}

const OFFSET = /[+-]\d{2}(:\d{2})?$/;

/**
 * As @prisma/adapter-pg reads them (so a value reads the same whichever path wrote or reads it):
 * timestamps are UTC (a timestamptz's offset is replaced, as the adapter does); int8 is a bigint.
 */
const types = {
  getTypeParser(oid: number, format?: string) {
    if (oid === TIMESTAMP_OID) return utcTimestamp;
    if (oid === TIMESTAMPTZ_OID) return (text: string) => utcTimestamp(text.replace(OFFSET, ''));
    if (oid === INT8_OID) return BigInt;
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

/**
 * A named statement with our type parsers, built without node-pg's per-query copy of its config
 * object (a generic property-descriptor clone, a visible share of a door request's CPU): the
 * text and values go to Query's constructor, the name and parsers are set on it after.
 */
class PlainQuery extends pg.Query {
  constructor(query: Prisma.Sql, withTypes: boolean) {
    super(query.text, query.values.map(param));
    const self = this as unknown as { name?: string; _result: { _types?: unknown } };
    self.name = statementName(query.text);
    if (withTypes) self._result._types = types;
  }
}

/** The rows of `query`, as `db.$queryRaw<R[]>(query)` returns them. */
export async function plainRows<R>(db: DbOrTx, query: Prisma.Sql): Promise<R[]> {
  const pool = sqlPoolOf(db as Db);
  if (!pool) return db.$queryRaw<R[]>(query);
  const result = (await pool.query(new PlainQuery(query, true))) as unknown as pg.QueryResult;
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
  const result = (await pool.query(new PlainQuery(query, false))) as unknown as pg.QueryResult;
  return result.rowCount ?? 0;
}
