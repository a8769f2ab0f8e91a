// The SQL of one page of users in each sort order, by keyset. Indexes (see the migration
// `user_list_indexes`): (accountId, nameLower) unique, (accountId, createdAt, nameLower),
// (accountId, passwordLastUsed, nameLower), and (accountId, path) for prefixes.
import { Prisma } from '../../../db/generated/client.js';
import type { UserSortField } from '../../../contracts/iam/users.js';
import type { DbOrTx } from '../../../db/client.js';
import { containsPattern, prefixPattern } from '../common/like-pattern.js';

export interface UserListFilter {
  accountId: string;
  pathPrefix?: string;
  search?: string;
}

export interface UserKeyRow {
  id: string;
  nameLower: string;
  sortValue: Date | null;
}

const COLUMN: Record<Exclude<UserSortField, 'userName'>, string> = {
  createDate: '"createdAt"',
  passwordLastUsed: '"passwordLastUsed"',
};

/**
 * The condition "after the cursor" for a (value, nameLower) keyset. `createdAt` is never null;
 * `passwordLastUsed` is, and sorts as PostgreSQL sorts nulls: last going up, first going down.
 */
function afterCursor(column: string, desc: boolean, value: string | null, name: string): Prisma.Sql {
  const col = Prisma.raw(column);
  if (value === null) {
    return desc
      ? Prisma.sql`((${col} IS NULL AND "nameLower" < ${name}) OR ${col} IS NOT NULL)`
      : Prisma.sql`(${col} IS NULL AND "nameLower" > ${name})`;
  }
  const at = new Date(value);
  return desc
    ? Prisma.sql`(${col} <= ${at} AND (${col}, "nameLower") < (${at}, ${name}))`
    : Prisma.sql`((${col} >= ${at} AND (${col}, "nameLower") > (${at}, ${name})) OR ${col} IS NULL)`;
}

export function filterConditions(filter: UserListFilter): Prisma.Sql[] {
  const conditions = [Prisma.sql`"accountId" = ${filter.accountId}`];
  if (filter.pathPrefix && filter.pathPrefix !== '/') {
    conditions.push(Prisma.sql`"path" LIKE ${prefixPattern(filter.pathPrefix)} ESCAPE '\\'`);
  }
  if (filter.search) {
    conditions.push(Prisma.sql`"nameLower" LIKE ${containsPattern(filter.search.toLowerCase())} ESCAPE '\\'`);
  }
  return conditions;
}

/** Ids of one page of users sorted by creation time or last sign-in, then name. */
export function listUserKeysByTime(
  db: DbOrTx,
  filter: UserListFilter,
  sort: Exclude<UserSortField, 'userName'>,
  desc: boolean,
  after: (string | null)[] | undefined,
  take: number,
): Promise<UserKeyRow[]> {
  const column = COLUMN[sort];
  const conditions = filterConditions(filter);
  if (after) conditions.push(afterCursor(column, desc, after[0] ?? null, after[1] ?? ''));
  const direction = desc ? 'DESC' : 'ASC';
  return db.$queryRaw<UserKeyRow[]>`
    SELECT "id", "nameLower", ${Prisma.raw(column)} AS "sortValue" FROM "User"
    WHERE ${Prisma.join(conditions, ' AND ')}
    ORDER BY ${Prisma.raw(`${column} ${direction}, "nameLower" ${direction}`)}
    LIMIT ${take}`;
}
