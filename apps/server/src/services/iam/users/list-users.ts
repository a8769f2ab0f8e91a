import { authorize } from '../../../authz/authorize.js';
import type { ListUsersQuery } from '@gatehouse/contracts/iam/users';
import { Prisma, type User } from '../../../db/generated/client.js';
import { userArn } from '../../../model/arns.js';
import type { ServiceContext } from '../../service-context.js';
import { decodeCursor, toPage } from '../common/cursor.js';
import { inIdOrder, listIdsByName } from '../common/list-by-name.js';
import { listResourceArn } from '../common/list-resource-arn.js';
import { withUserListColumns, type UserWithColumns } from './user-list-columns.js';
import { listUserKeysByTime } from './user-list-query.js';

export interface ListUsersOptions extends Partial<ListUsersQuery> {
  ctx: ServiceContext;
}

/** Every column of User, as Prisma's `findMany` reads them. */
const USER_COLUMNS =
  '"id", "accountId", "name", "nameLower", "path", "permissionsBoundaryId", "passwordLastUsed", ' +
  '"createdAt", "updatedAt"';

type UserPage = { items: UserWithColumns[]; nextCursor?: string };

/**
 * iam:ListUsers — users by name, creation time or last sign-in; path prefix and name filters;
 * keyset pages. `include` adds the console's credential columns as far as the caller may read
 * them (the AWS door's ListUsers has none).
 */
export async function listUsers(options: ListUsersOptions): Promise<UserPage> {
  const page = await listUserPage(options);
  if (!options.include?.length) return page;
  return { ...page, items: await withUserListColumns(options.ctx, page.items, options.include) };
}

async function listUserPage(options: ListUsersOptions): Promise<{ items: User[]; nextCursor?: string }> {
  const { ctx } = options;
  const accountId = ctx.principal.accountId;
  const sort = options.sort ?? 'userName';
  const desc = options.order === 'desc';
  const limit = options.limit ?? 50;
  await authorize(ctx, 'iam:ListUsers', listResourceArn(userArn, accountId, options.pathPrefix));

  const cursorSort = `users:${sort}:${desc ? 'desc' : 'asc'}`;
  const after = decodeCursor(options.cursor, cursorSort, 2);
  const filter = { pathPrefix: options.pathPrefix, search: options.search };
  if (sort === 'userName') {
    // Whole rows in the one keyset query: ListUsers is one round trip.
    const rows = await listIdsByName<User>(ctx.db, {
      table: 'User',
      scope: Prisma.sql`"accountId" = ${accountId}`,
      ...filter,
      after,
      descending: desc,
      take: limit + 1,
      columns: USER_COLUMNS,
    });
    return toPage(rows, limit, cursorSort, (u) => [u.nameLower, u.id]);
  }
  const keys = await listUserKeysByTime(ctx.db, accountId, filter, sort, desc, after, limit + 1);
  const rows = await ctx.db.user.findMany({ where: { id: { in: keys.map((k) => k.id) } } });
  const sortValues = new Map(keys.map((k) => [k.id, k.sortValue]));
  return toPage(inIdOrder(keys, rows), limit, cursorSort, (u) => [
    sortValues.get(u.id)?.toISOString() ?? null,
    u.nameLower,
  ]);
}
