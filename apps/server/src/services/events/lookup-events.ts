import { authorize } from '../../authz/authorize.js';
import { AppError } from '../../errors/app-error.js';
import { Prisma, type AuditEvent } from '../../db/generated/client.js';
import type { ServiceContext } from '../service-context.js';
import { decodeCursor, toPage } from '../iam/common/cursor.js';
import { eventBranches, type EventFilter } from './event-filter.js';

/** CloudTrail's page sizes. */
export const MAX_EVENTS_PAGE = 50;
const CURSOR_SORT = 'events:time:desc';
/** Timestamps CloudTrail accepts: none before the epoch, none past year 9999. */
const EARLIEST = 0;
const LATEST = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

export interface LookupEventsOptions {
  ctx: ServiceContext;
  filter: EventFilter;
  /** 1–50 (default 50). */
  limit?: number;
  cursor?: string;
}

export interface EventPage {
  items: AuditEvent[];
  nextCursor?: string;
}

function invalid(path: string, message: string): AppError {
  return new AppError('InvalidInput', message, { fieldErrors: [{ path, message }] });
}

function checkTimeRange(filter: EventFilter): void {
  for (const [path, time] of [
    ['startTime', filter.startTime],
    ['endTime', filter.endTime],
  ] as const) {
    if (time && !(time.getTime() >= EARLIEST && time.getTime() <= LATEST)) {
      throw invalid(path, `the ${path === 'startTime' ? 'start' : 'end'} time is outside the possible range`);
    }
  }
  if (filter.startTime && filter.endTime && filter.startTime > filter.endTime) {
    throw invalid('startTime', 'the start time is after the end time');
  }
}

/**
 * The query of one page of the account's events passing `filter`, newest first, after the
 * cursor's (time, id): `limit + 1` rows, the extra one telling whether a next page exists.
 */
export function eventPageQuery(
  accountId: string,
  filter: EventFilter,
  limit: number,
  cursor: string | undefined,
): Prisma.Sql {
  checkTimeRange(filter);
  const after = decodeCursor(cursor, CURSOR_SORT, 2);
  const branches = eventBranches(accountId, filter);
  let keyset = Prisma.sql`TRUE`;
  if (after) {
    const [time, id] = after;
    const at = new Date(time ?? '');
    if (Number.isNaN(at.getTime()) || !/^\d{1,18}$/.test(id ?? '')) throw invalidCursor();
    keyset = Prisma.sql`("time", "id") < (${at}, ${BigInt(id!)})`;
  }
  // Each branch walks an (accountId, …, time DESC, id DESC) index newest first and stops after
  // the page; alternatives (a session's ARN or source identity…) are merged, never an OR that
  // would fetch and sort every match. No OFFSET, no count.
  const page = (
    condition: Prisma.Sql,
  ) => Prisma.sql`SELECT * FROM "AuditEvent" WHERE ${condition} AND ${keyset}
    ORDER BY "time" DESC, "id" DESC LIMIT ${limit + 1}`;
  return branches.length === 1
    ? page(branches[0]!)
    : Prisma.sql`SELECT * FROM (${Prisma.join(
        branches.map((b) => Prisma.sql`(${page(b)})`),
        ' UNION ',
      )}) AS "e" ORDER BY "time" DESC, "id" DESC LIMIT ${limit + 1}`;
}

/**
 * One page of the account's events passing `filter`, newest first, after the cursor's
 * (time, id); no authorisation (the callers authorise).
 */
export async function queryEventPage(
  ctx: ServiceContext,
  filter: EventFilter,
  limit: number,
  cursor: string | undefined,
): Promise<EventPage> {
  const query = eventPageQuery(ctx.principal.accountId, filter, limit, cursor);
  const rows = await ctx.db.$queryRaw<AuditEvent[]>(query);
  return toPage(rows, limit, CURSOR_SORT, (e) => [e.time.toISOString(), String(e.id)]);
}

function invalidCursor(): AppError {
  return invalid('cursor', 'the cursor is not valid for this list: start again from the first page');
}

/** cloudtrail:LookupEvents — the caller's account's audit events, newest first, keyset pages of 1–50. */
export async function lookupEvents(options: LookupEventsOptions): Promise<EventPage> {
  const { ctx } = options;
  const limit = options.limit ?? MAX_EVENTS_PAGE;
  await authorize(ctx, 'cloudtrail:LookupEvents', '*');
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_EVENTS_PAGE) {
    throw invalid('limit', `a page holds 1 to ${MAX_EVENTS_PAGE} events`);
  }
  return queryEventPage(ctx, options.filter, limit, options.cursor);
}
