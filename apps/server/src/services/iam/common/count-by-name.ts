import { Prisma } from '../../../db/generated/client.js';
import type { DbOrTx } from '../../../db/client.js';
import { plainRows } from '../../../db/plain-sql.js';
import { nameFilterConditions, type NamedTable, type NameFilter } from './list-by-name.js';

export interface CountByNameOptions extends NameFilter {
  table: NamedTable;
  /** Which rows belong to the list, as listIdsByName takes it. */
  scope: Prisma.Sql;
}

/**
 * How many rows a list by name holds over all its pages: one COUNT under the list's own
 * conditions (scope, path prefix, search) without its cursor, so the number and the pages agree.
 */
export async function countByName(db: DbOrTx, options: CountByNameOptions): Promise<number> {
  const where = Prisma.join([options.scope, ...nameFilterConditions(options)], ' AND ');
  const from = Prisma.raw(`"${options.table}"`);
  const [row] = await plainRows<{ count: number }>(
    db,
    Prisma.sql`SELECT COUNT(*)::int AS "count" FROM ${from} WHERE ${where}`,
  );
  return row?.count ?? 0;
}
