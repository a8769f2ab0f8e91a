import { AppError } from '../../../errors/app-error.js';

/**
 * Opaque list cursors: the sort key of the last item returned, plus the sort it belongs to,
 * base64url-encoded JSON. Keyset pagination: the next page starts strictly after this key, so
 * deep pages cost what the first one does.
 */
export interface CursorKey {
  /** Which list and sort the cursor belongs to, e.g. `users:createDate:asc`. */
  sort: string;
  /** The last item's sort key values. */
  key: (string | null)[];
}

export function encodeCursor(cursor: CursorKey): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.key]), 'utf8').toString('base64url');
}

export function badCursor(): AppError {
  return new AppError(
    'InvalidInput',
    'the cursor is not valid for this list: start again from the first page',
    {
      fieldErrors: [{ path: 'cursor', message: 'this cursor does not belong to this list or sort order' }],
    },
  );
}

/** The key a cursor carries, checked against the list it is used with (`sort`) and the key's arity. */
export function decodeCursor(
  cursor: string | undefined,
  sort: string,
  arity: number,
): (string | null)[] | undefined {
  if (cursor === undefined || cursor === '') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badCursor();
  }
  if (!Array.isArray(parsed) || parsed[0] !== sort || !Array.isArray(parsed[1])) throw badCursor();
  const key = parsed[1] as unknown[];
  // Keys are compared in SQL: strings without NUL (PostgreSQL refuses it in text), or null.
  const valid = (v: unknown) => v === null || (typeof v === 'string' && !v.includes('\u0000'));
  if (key.length !== arity || !key.every(valid)) throw badCursor();
  return key as (string | null)[];
}

/**
 * The page of `rows` (fetched with `limit + 1` to learn whether more follow) and the cursor of
 * the next page, if any.
 */
export function toPage<T>(
  rows: T[],
  limit: number,
  sort: string,
  keyOf: (row: T) => (string | null)[],
): { items: T[]; nextCursor?: string } {
  if (rows.length <= limit) return { items: rows };
  const items = rows.slice(0, limit);
  return { items, nextCursor: encodeCursor({ sort, key: keyOf(items[items.length - 1]!) }) };
}

/**
 * Pages a short list held in memory (attached policies, tags, versions), already in list
 * order, with unique string keys: the cursor is the last key returned, and the next page holds
 * the items after it in `order` (`asc`: keys greater than it; `desc`: smaller).
 */
export function pageInMemory<T>(
  all: T[],
  limit: number,
  cursor: string | undefined,
  sort: string,
  keyOf: (item: T) => string,
  order: 'asc' | 'desc' = 'asc',
): { items: T[]; nextCursor?: string } {
  const after = decodeCursor(cursor, sort, 1)?.[0];
  const rest =
    after == null ? all : all.filter((item) => (order === 'asc' ? keyOf(item) > after : keyOf(item) < after));
  return toPage(rest.slice(0, limit + 1), limit, sort, (item) => [keyOf(item)]);
}
