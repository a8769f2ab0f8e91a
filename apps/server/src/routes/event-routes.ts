import type { Response, Router } from 'express';
import {
  exportEventsQuerySchema,
  listEventsQuerySchema,
  type EventDetail,
  type EventFilterQuery,
  type EventSummary,
} from '@gatehouse/contracts/events';
import type { AuditEvent } from '../db/generated/client.js';
import {
  cloudTrailRecord,
  eventName,
  eventSource,
  eventUserName,
  redactedParameters,
} from '../services/events/cloudtrail-record.js';
import { isReadOnlyAction, type EventFilter } from '../services/events/event-filter.js';
import { exportEvents } from '../services/events/export-events.js';
import { getEvent } from '../services/events/get-event.js';
import { lookupEvents } from '../services/events/lookup-events.js';
import { param, parse, serviceContext, signedIn } from './handler.js';

function toFilter(q: EventFilterQuery): EventFilter {
  const { startTime, endTime, principalMatch, ...rest } = q;
  return {
    ...rest,
    startTime: startTime ? new Date(startTime) : undefined,
    endTime: endTime ? new Date(endTime) : undefined,
    principalPrefix: principalMatch === 'prefix',
  };
}

function toEventSummary(e: AuditEvent): EventSummary {
  return {
    eventId: String(e.id),
    eventTime: e.time.toISOString(),
    action: e.action,
    eventName: eventName(e.action),
    eventSource: eventSource(e.action),
    readOnly: isReadOnlyAction(e.action),
    principalArn: e.principalArn,
    userName: eventUserName(e.principalArn) ?? null,
    resource: e.resource,
    result: e.result,
    errorCode: e.errorCode,
    sourceIp: e.sourceIp,
    accessKeyId: e.accessKeyId,
    sourceIdentity: e.sourceIdentity,
    door: e.door,
    requestId: e.requestId,
  };
}

function toEventDetail(e: AuditEvent): EventDetail {
  return {
    ...toEventSummary(e),
    requestParameters: redactedParameters(e.details),
    cloudTrailEvent: cloudTrailRecord(e),
  };
}

const CSV_COLUMNS = [
  'eventTime',
  'userName',
  'eventName',
  'eventSource',
  'resource',
  'result',
  'errorCode',
  'sourceIp',
  'accessKeyId',
  'principalArn',
  'sourceIdentity',
  'readOnly',
  'eventId',
  'requestId',
] as const satisfies readonly (keyof EventSummary)[];

/** RFC 4180, with a leading `=+-@` neutralised so a spreadsheet never runs a cell as a formula. */
function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** How long formatting an export runs before it lets other requests in. */
const EXPORT_SLICE_MS = 8;

/** Settles when the client has taken what was written (or has gone away). */
function drained(res: Response): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

export function mountEventRoutes(router: Router): void {
  router.get(
    '/events',
    signedIn(async (ctx, req) => {
      const { limit, cursor, ...filter } = parse(listEventsQuerySchema, req.query);
      const page = await lookupEvents({ ctx, filter: toFilter(filter), limit, cursor });
      return { items: page.items.map(toEventSummary), nextCursor: page.nextCursor };
    }),
  );
  // The filtered events as a file, newest first, at most 10,000: read by keyset in batches, each
  // batch formatted in slices (the event loop free in between) and written as one chunk, waiting
  // for the client to take it before the next, so memory stays flat whatever the reader's speed.
  // Errors before the first byte answer in JSON.
  router.get('/events/export', async (req, res) => {
    const ctx = serviceContext(req, res);
    const { format, ...filter } = parse(exportEventsQuerySchema, req.query);
    const batches = await exportEvents({ ctx, filter: toFilter(filter) });
    const stamp = ctx.clock().toISOString().replace(/[:.]/g, '-');
    res
      .status(200)
      .type(format === 'csv' ? 'text/csv' : 'application/json')
      .attachment(`event-history-${ctx.principal.accountId}-${stamp}.${format}`);
    let separator = '';
    let pending = format === 'csv' ? `${CSV_COLUMNS.join(',')}\n` : '[';
    let sliceStart = performance.now();
    for await (const batch of batches) {
      for (const e of batch) {
        if (format === 'csv') {
          const summary = toEventSummary(e);
          pending += `${CSV_COLUMNS.map((c) => csvCell(summary[c])).join(',')}\n`;
        } else {
          pending += `${separator}\n${JSON.stringify(toEventDetail(e))}`;
          separator = ',';
        }
        if (performance.now() - sliceStart > EXPORT_SLICE_MS) {
          await new Promise<void>((resolve) => setImmediate(resolve));
          sliceStart = performance.now();
        }
      }
      if (res.destroyed) return;
      const full = !res.write(pending);
      pending = '';
      if (full) await drained(res);
    }
    res.end(`${pending}${format === 'csv' ? '' : '\n]\n'}`);
  });
  router.get(
    '/events/:id',
    signedIn(async (ctx, req) => toEventDetail(await getEvent({ ctx, eventId: param(req, 'id') }))),
  );
}
