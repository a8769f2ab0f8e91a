import { Prisma } from '../../../db/generated/client.js';
import type { DbOrTx } from '../../../db/client.js';
import { plainRows } from '../../../db/plain-sql.js';

/**
 * A name search needs at least 3 characters to use the trigram index on `nameLower`. With it,
 * the matches are found first and then sorted; without it, walking the sort index and
 * filtering is faster (short substrings match often, so the first page fills quickly). The
 * planner cannot tell a rare substring that sorts late ("zulu") from a common one, so we choose.
 */
export const TRIGRAM_MIN_LENGTH = 3;

export interface OrderedPageQuery {
  table: string;
  columns: string;
  conditions: Prisma.Sql[];
  orderBy: string;
  take: number;
  /** Find every match before sorting (a selective trigram search). */
  matchFirst: boolean;
}

export function queryOrderedPage<T>(db: DbOrTx, q: OrderedPageQuery): Promise<T[]> {
  const where = Prisma.join(q.conditions, ' AND ');
  const from = Prisma.raw(`"${q.table}"`);
  const columns = Prisma.raw(q.columns);
  const orderBy = Prisma.raw(q.orderBy);
  if (q.matchFirst) {
    return plainRows<T>(
      db,
      Prisma.sql`
      WITH "matches" AS MATERIALIZED (SELECT ${columns} FROM ${from} WHERE ${where})
      SELECT * FROM "matches" ORDER BY ${orderBy} LIMIT ${q.take}`,
    );
  }
  // Plain SQL on the pool outside a transaction: lists are the door's and the console's hot reads.
  return plainRows<T>(
    db,
    Prisma.sql`SELECT ${columns} FROM ${from} WHERE ${where} ORDER BY ${orderBy} LIMIT ${q.take}`,
  );
}
