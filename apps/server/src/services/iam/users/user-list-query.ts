// One page of users sorted by creation time or last sign-in, then name, by keyset. Indexes
// (migration `user_list_indexes`): (accountId, createdAt, nameLower), (accountId,
// passwordLastUsed, nameLower), and a trigram index on nameLower for searches.
import { Prisma } from '../../../db/generated/client.js';
import type { UserSortField } from '@gatehouse/contracts/iam/users';
import type { DbOrTx } from '../../../db/client.js';
import { isSelectiveSearch, nameFilterConditions, type NameFilter } from '../common/list-by-name.js';
import { badCursor } from '../common/cursor.js';
import { queryOrderedPage } from '../common/ordered-page.js';

export interface UserKeyRow {
  id: string;
  nameLower: string;
  sortValue: Date | null;
}

type TimeSort = Exclude<UserSortField, 'userName'>;

const COLUMN: Record<TimeSort, { name: string; nullable: boolean }> = {
  createDate: { name: '"createdAt"', nullable: false },
  passwordLastUsed: { name: '"passwordLastUsed"', nullable: true },
};

type Segment = 'value' | 'null';

/**
 * A nullable column sorts as PostgreSQL sorts nulls (last going up, first going down). Each
 * part — rows with a value, rows without — is read on its own, so both stay index range scans
 * (an `OR c IS NULL` in one query would defeat the index).
 */
function segments(nullable: boolean, desc: boolean): Segment[] {
  if (!nullable) return ['value'];
  return desc ? ['null', 'value'] : ['value', 'null'];
}

function segmentQuery(
  base: Prisma.Sql[],
  column: string,
  nullable: boolean,
  segment: Segment,
  desc: boolean,
  cursor: { value: string | null; name: string } | undefined,
): { conditions: Prisma.Sql[]; orderBy: string } {
  const col = Prisma.raw(column);
  const dir = desc ? 'DESC' : 'ASC';
  const conditions = [...base];
  if (segment === 'null') {
    conditions.push(Prisma.sql`${col} IS NULL`);
    if (cursor)
      conditions.push(
        desc ? Prisma.sql`"nameLower" < ${cursor.name}` : Prisma.sql`"nameLower" > ${cursor.name}`,
      );
    return { conditions, orderBy: `"nameLower" ${dir}` };
  }
  if (nullable) conditions.push(Prisma.sql`${col} IS NOT NULL`);
  if (cursor && cursor.value !== null) {
    const at = new Date(cursor.value);
    conditions.push(
      desc
        ? Prisma.sql`${col} <= ${at} AND (${col}, "nameLower") < (${at}, ${cursor.name})`
        : Prisma.sql`${col} >= ${at} AND (${col}, "nameLower") > (${at}, ${cursor.name})`,
    );
  }
  return { conditions, orderBy: `${column} ${dir}, "nameLower" ${dir}` };
}

export async function listUserKeysByTime(
  db: DbOrTx,
  accountId: string,
  filter: NameFilter,
  sort: TimeSort,
  desc: boolean,
  after: (string | null)[] | undefined,
  take: number,
): Promise<UserKeyRow[]> {
  const { name: column, nullable } = COLUMN[sort];
  const base = [Prisma.sql`"accountId" = ${accountId}`, ...nameFilterConditions(filter)];
  const cursor = after ? { value: after[0] ?? null, name: after[1] ?? '' } : undefined;
  if (cursor?.value != null && Number.isNaN(Date.parse(cursor.value))) throw badCursor();
  const order = segments(nullable, desc);
  const start = cursor ? order.indexOf(cursor.value === null ? 'null' : 'value') : 0;
  const rows: UserKeyRow[] = [];
  for (let i = Math.max(start, 0); i < order.length && rows.length < take; i++) {
    const { conditions, orderBy } = segmentQuery(
      base,
      column,
      nullable,
      order[i]!,
      desc,
      i === start ? cursor : undefined,
    );
    rows.push(
      ...(await queryOrderedPage<UserKeyRow>(db, {
        table: 'User',
        // The sort column under its own name too: a search sorts the matches by it.
        columns: `"id", "nameLower", ${column}, ${column} AS "sortValue"`,
        conditions,
        orderBy,
        take: take - rows.length,
        matchFirst: isSelectiveSearch(filter.search),
      })),
    );
  }
  return rows;
}
