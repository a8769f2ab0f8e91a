import type { UserListParams } from '../../api/types.js';

export const USERS_PAGE_SIZE = 50;

/** The users table's first request: no filter, by name ascending. Prefetched by the route. */
export function userListParams(options: Partial<UserListParams> = {}): UserListParams {
  return {
    search: options.search ?? '',
    pathPrefix: options.pathPrefix ?? '',
    sort: options.sort ?? 'userName',
    order: options.order ?? 'asc',
    limit: USERS_PAGE_SIZE,
    cursor: options.cursor,
  };
}
