import { authorize } from '../../authz/authorize.js';
import type { AuditEvent } from '../../db/generated/client.js';
import type { ServiceContext } from '../service-context.js';
import type { EventFilter } from './event-filter.js';
import { queryEventPage } from './lookup-events.js';

/** The most events one download holds (newest first); the rest need a narrower filter. */
export const MAX_EXPORTED_EVENTS = 10_000;
const BATCH = 200;

/**
 * cloudtrail:LookupEvents for a download: authorises, then yields the filtered events newest
 * first in keyset batches of 200, at most 10,000, so the caller can stream them out.
 */
export async function exportEvents(options: {
  ctx: ServiceContext;
  filter: EventFilter;
}): Promise<AsyncGenerator<AuditEvent[]>> {
  const { ctx, filter } = options;
  await authorize(ctx, 'cloudtrail:LookupEvents', '*');
  // Bad filters fail here, before any byte is written.
  const first = await queryEventPage(ctx, filter, Math.min(BATCH, MAX_EXPORTED_EVENTS), undefined);
  return (async function* batches() {
    let page = first;
    let sent = 0;
    for (;;) {
      const items = page.items.slice(0, MAX_EXPORTED_EVENTS - sent);
      sent += items.length;
      if (items.length > 0) yield items;
      if (!page.nextCursor || sent >= MAX_EXPORTED_EVENTS) return;
      page = await queryEventPage(ctx, filter, Math.min(BATCH, MAX_EXPORTED_EVENTS - sent), page.nextCursor);
    }
  })();
}
