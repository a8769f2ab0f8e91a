// The console's event history (GET /api/events, /api/events/:id, /api/events/export): the
// filters, the page of events and one event's detail with its CloudTrail record.
import { z } from 'zod';

export const EVENT_RESULT_VALUES = ['Success', 'Failure', 'Denied'] as const;
export const EVENT_EXPORT_FORMATS = ['csv', 'json'] as const;

const text = (what: string, max = 2048) =>
  z.string().min(1, `${what} is empty`).max(max, `${what} has at most ${max} characters`).optional();
const time = (what: string) =>
  z.iso.datetime({ offset: true, error: `${what} is an ISO 8601 date and time` }).optional();

export const eventFilterQuerySchema = z.object({
  startTime: time('the start time'),
  endTime: time('the end time'),
  /** Principal ARN; with `principalMatch=prefix`, every ARN starting with it. */
  principal: text('the principal'),
  principalMatch: z.enum(['exact', 'prefix'], { error: 'principalMatch is `exact` or `prefix`' }).optional(),
  /** The IAM user, role session or `root`, as CloudTrail's User name. */
  userName: text('the user name', 64),
  /** `iam:CreateUser` or `CreateUser`. */
  eventName: text('the event name', 128),
  /** ARN or name of the resource. */
  resource: text('the resource'),
  result: z.enum(EVENT_RESULT_VALUES, { error: 'result is `Success`, `Failure` or `Denied`' }).optional(),
  errorCode: text('the error code', 64),
  sourceIp: text('the source address', 64),
  accessKeyId: text('the access key id', 20),
  /** A role session's ARN or the source identity behind it. */
  session: text('the session'),
});

export const listEventsQuerySchema = eventFilterQuerySchema.extend({
  limit: z.coerce
    .number({ error: 'a limit is a number' })
    .int('a limit is a whole number')
    .min(1, 'a limit is at least 1')
    .max(50, 'a limit is at most 50')
    .default(50),
  cursor: z.string().max(4096, 'the cursor is not valid').optional(),
});

export const exportEventsQuerySchema = eventFilterQuerySchema.extend({
  format: z.enum(EVENT_EXPORT_FORMATS, { error: 'format is `csv` or `json`' }),
});

export const eventSummarySchema = z.object({
  eventId: z.string(),
  eventTime: z.string(),
  /** `iam:CreateUser`. */
  action: z.string(),
  /** `CreateUser`, as CloudTrail names it. */
  eventName: z.string(),
  eventSource: z.string(),
  readOnly: z.boolean(),
  principalArn: z.string().nullable(),
  userName: z.string().nullable(),
  resource: z.string().nullable(),
  result: z.string(),
  errorCode: z.string().nullable(),
  sourceIp: z.string().nullable(),
  accessKeyId: z.string().nullable(),
  sourceIdentity: z.string().nullable(),
  door: z.string().nullable(),
  requestId: z.string().nullable(),
});

export const eventDetailSchema = eventSummarySchema.extend({
  /** The event's facts, secrets redacted. */
  requestParameters: z.unknown(),
  /** The event in CloudTrail's record format. */
  cloudTrailEvent: z.record(z.string(), z.unknown()),
});

export const eventPageSchema = z.object({
  items: z.array(eventSummarySchema),
  nextCursor: z.string().optional(),
});

export type EventFilterQuery = z.infer<typeof eventFilterQuerySchema>;
export type ListEventsQuery = z.infer<typeof listEventsQuerySchema>;
export type EventSummary = z.infer<typeof eventSummarySchema>;
export type EventDetail = z.infer<typeof eventDetailSchema>;
export type EventPage = z.infer<typeof eventPageSchema>;
