import { IAM_NAME_PATTERN } from '@gatehouse/contracts/iam/fields';
import { Prisma } from '../../../db/generated/client.js';
import type { DbOrTx } from '../../../db/client.js';
import { containsPattern, prefixPattern } from './like-pattern.js';
import { queryOrderedPage, TRIGRAM_MIN_LENGTH } from './ordered-page.js';

export type NamedTable = 'User' | 'Group' | 'Role' | 'ManagedPolicy';

export interface NameFilter {
  pathPrefix?: string;
  /** Case-insensitive substring of the name. */
  search?: string;
}

export interface ListByNameOptions extends NameFilter {
  table: NamedTable;
  /** Which rows belong to the list (the account, a policy scope): a SQL condition. */
  scope: Prisma.Sql;
  /** The cursor's key: the last row's [nameLower, id]. */
  after?: (string | null)[];
  /** Z to A instead of A to Z. */
  descending?: boolean;
  /** Rows to fetch (the page size plus one, to learn whether more follow). */
  take: number;
  /** The columns to read (SQL): by default the key, for a second read by id; a whole row saves it. */
  columns?: string;
}

export interface NameKey {
  id: string;
  nameLower: string;
}

/** The path-prefix and name-search conditions shared by every entity list. */
export function nameFilterConditions(filter: NameFilter): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (filter.pathPrefix && filter.pathPrefix !== '/') {
    conditions.push(Prisma.sql`"path" LIKE ${prefixPattern(filter.pathPrefix)} ESCAPE '\\'`);
  }
  if (filter.search && !IAM_NAME_PATTERN.test(filter.search)) {
    // No IAM name holds a character outside its alphabet (and PostgreSQL refuses NUL in text).
    conditions.push(Prisma.sql`FALSE`);
  } else if (filter.search) {
    conditions.push(Prisma.sql`"nameLower" LIKE ${containsPattern(filter.search.toLowerCase())} ESCAPE '\\'`);
  }
  return conditions;
}

export function isSelectiveSearch(search: string | undefined): boolean {
  return search !== undefined && search.length >= TRIGRAM_MIN_LENGTH;
}

/**
 * One page of ids ordered by lower-cased name then id, by keyset (no OFFSET): the unique index
 * on (accountId, nameLower) serves the order, so the 2,000th page costs what the first does.
 */
export function listIdsByName<T extends NameKey = NameKey>(
  db: DbOrTx,
  options: ListByNameOptions,
): Promise<T[]> {
  const conditions = [options.scope, ...nameFilterConditions(options)];
  const [name, id] = options.after ?? [];
  const desc = options.descending === true;
  if (name != null && id != null) {
    // The first half lets the index start at the cursor; the row comparison breaks ties.
    conditions.push(
      desc
        ? Prisma.sql`"nameLower" <= ${name} AND ("nameLower", "id") < (${name}, ${id})`
        : Prisma.sql`"nameLower" >= ${name} AND ("nameLower", "id") > (${name}, ${id})`,
    );
  }
  return queryOrderedPage<T>(db, {
    table: options.table,
    columns: options.columns ?? '"id", "nameLower"',
    conditions,
    orderBy: desc ? '"nameLower" DESC, "id" DESC' : '"nameLower", "id"',
    take: options.take,
    matchFirst: isSelectiveSearch(options.search),
  });
}

/** `rows` in the order of `ids` (a second query by primary key returns them unordered). */
export function inIdOrder<T extends { id: string }>(ids: readonly { id: string }[], rows: T[]): T[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((k) => byId.get(k.id) ?? []);
}
