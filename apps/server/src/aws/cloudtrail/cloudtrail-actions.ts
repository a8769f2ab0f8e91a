// CloudTrail 2013-11-01 over JSON 1.1: LookupEvents reads the caller's account's audit events
// through the console's service, with CloudTrail's lookup attributes and errors.
import { isAppError } from '../../errors/app-error.js';
import {
  cloudTrailRecord,
  eventName,
  eventResources,
  eventSource,
  eventUserName,
} from '../../services/events/cloudtrail-record.js';
import { isReadOnlyAction, type EventFilter } from '../../services/events/event-filter.js';
import { lookupEvents } from '../../services/events/lookup-events.js';
import type { AuditEvent } from '../../db/generated/client.js';
import type { AwsActionTable, AwsInput } from '../action-table.js';
import { AwsError } from '../protocol/aws-error.js';

/** CloudTrail's exception for a bad member of LookupEvents, by the input member's path. */
const INVALID_MEMBER: [RegExp, string][] = [
  [/'lookupAttributes/, 'InvalidLookupAttributesException'],
  [/'maxResults'/, 'InvalidMaxResultsException'],
  [/'(startTime|endTime)'/, 'InvalidTimeRangeException'],
  [/'nextToken'/, 'InvalidNextTokenException'],
];

/**
 * CloudTrail answers a LookupEvents input that breaks the model (an unknown attribute key, 0 or
 * 1,000 results) with its own exceptions, not ValidationException: the door asks here.
 */
export function cloudtrailInputError(action: string, error: AwsError): AwsError {
  if (action !== 'LookupEvents' || error.code !== 'ValidationError') return error;
  const code = INVALID_MEMBER.find(([member]) => member.test(error.message))?.[1];
  return code ? new AwsError(code, error.message, 400) : error;
}

type LookupAttribute = { AttributeKey: string; AttributeValue: string };

function attributeFilter(attribute: LookupAttribute): EventFilter {
  const value = attribute.AttributeValue;
  switch (attribute.AttributeKey) {
    case 'EventId':
      return { eventId: value };
    case 'EventName':
      return { eventName: value };
    case 'ReadOnly':
      if (value !== 'true' && value !== 'false') {
        throw new AwsError('InvalidLookupAttributesException', 'ReadOnly is true or false', 400);
      }
      return { readOnly: value === 'true' };
    case 'Username':
      return { userName: value };
    case 'ResourceType':
      return { resourceType: value };
    case 'ResourceName':
      return { resource: value };
    case 'EventSource':
      return { eventSource: value };
    default:
      return { accessKeyId: value };
  }
}

function lookupFilter(input: AwsInput): EventFilter {
  const attributes = (input.LookupAttributes ?? []) as LookupAttribute[];
  if (attributes.length > 1) {
    throw new AwsError(
      'InvalidLookupAttributesException',
      'You can only specify one lookup attribute per request.',
      400,
    );
  }
  return {
    ...(attributes[0] ? attributeFilter(attributes[0]) : {}),
    startTime: input.StartTime as Date | undefined,
    endTime: input.EndTime as Date | undefined,
  };
}

/** The service's InvalidInput, as CloudTrail's exception for the member it names. */
function lookupError(err: unknown): unknown {
  if (!isAppError(err) || err.code !== 'InvalidInput') return err;
  const path = err.options.fieldErrors?.[0]?.path;
  if (path === 'startTime' || path === 'endTime') {
    return new AwsError(
      'InvalidTimeRangeException',
      'Start time must be before end time, and both within the range of possible values.',
      400,
    );
  }
  if (path === 'cursor') return new AwsError('InvalidNextTokenException', 'Invalid next token.', 400);
  if (path === 'limit') return new AwsError('InvalidMaxResultsException', 'MaxResults must be 1 to 50.', 400);
  return err;
}

function toEvent(e: AuditEvent): Record<string, unknown> {
  return {
    EventId: String(e.id),
    EventName: eventName(e.action),
    ReadOnly: String(isReadOnlyAction(e.action)),
    AccessKeyId: e.accessKeyId ?? undefined,
    EventTime: e.time,
    EventSource: eventSource(e.action),
    Username: eventUserName(e.principalArn),
    Resources: eventResources(e.resource),
    CloudTrailEvent: JSON.stringify(cloudTrailRecord(e)),
  };
}

/** CloudTrail 2013-11-01 (JSON 1.1): the actions Gatehouse serves. */
export const cloudtrailActions: AwsActionTable = {
  async LookupEvents(ctx, input) {
    const page = await lookupEvents({
      ctx,
      filter: lookupFilter(input),
      limit: input.MaxResults as number | undefined,
      cursor: input.NextToken as string | undefined,
    }).catch((err: unknown) => {
      throw lookupError(err);
    });
    return { Events: page.items.map(toEvent), NextToken: page.nextCursor };
  },
};
