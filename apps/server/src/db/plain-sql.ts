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
/** The number written by the ASCII digits text[from, to), or -1 when one is not a digit. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** The general path: `YYYY-MM-DDTHH:MM:SS[.fff]+00:00` through Date's own parser. */
function parsedAsUtc(text: string): Date {
  return new Date(`${text.replace(' ', 'T')}+00:00`);
}

/**
 * `YYYY-MM-DD HH:MM:SS[.ffffff]` read as UTC, digit by digit: a page of 100 users is 300 such
 * values, and building an ISO string for Date's parser cost more than the rest of the row. Any
 * other form (years before 100 or past 9999, BC, infinity) takes the general path.
 */
function utcTimestamp(text: string): Date {
  const n = text.length;
  if (
    n < 19 ||
    n > 26 ||
    text.charCodeAt(4) !== 45 ||
    text.charCodeAt(7) !== 45 ||
    text.charCodeAt(10) !== 32 ||
    text.charCodeAt(13) !== 58 ||
    text.charCodeAt(16) !== 58 ||
    (n > 19 && (n === 20 || text.charCodeAt(19) !== 46))
  ) {
    return parsedAsUtc(text);
  }
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  const hour = digits(text, 11, 13);
  const minute = digits(text, 14, 16);
  const second = digits(text, 17, 19);
  // Milliseconds: the first three fraction digits (fewer are scaled), the rest cut off as Date does.
  const fractionEnd = Math.min(n, 23);
  let ms = n > 19 ? digits(text, 20, fractionEnd) : 0;
  if (ms > 0) for (let i = fractionEnd; i < 23; i++) ms *= 10;
  if (year < 100 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || ms < 0) {
    return parsedAsUtc(text);
  }
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second, ms));
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
