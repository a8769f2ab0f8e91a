import type { UserListParams } from '../../api/types.js';
import {
  browserStorage,
  recallTablePreferences,
  visibleColumnIds,
  type TablePreferences,
} from '../../components/table-preferences/table-preferences.js';
import { USERS_TABLE, userListInclude } from './user-table-columns.js';

/**
 * The users table's request: by default its first page, unfiltered, by name ascending, in the
 * page size and with the columns of the table's saved preferences (so the route's prefetch asks
 * for what the page will).
 */
export function userListParams(
  options: Partial<UserListParams> = {},
  preferences: TablePreferences = recallTablePreferences(browserStorage(), USERS_TABLE),
): UserListParams {
  return {
    search: options.search ?? '',
    pathPrefix: options.pathPrefix ?? '',
    sort: options.sort ?? 'userName',
    order: options.order ?? 'asc',
    limit: preferences.pageSize,
    include: userListInclude(visibleColumnIds(preferences)),
    cursor: options.cursor,
  };
}
