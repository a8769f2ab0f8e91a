// The page's property filter and date range as the API's filter parameters.
import type { DateRangePickerProps } from '@cloudscape-design/components/date-range-picker';
import type { PropertyFilterProps } from '@cloudscape-design/components/property-filter';
import type { EventFilterParams } from './event-history-api.js';

type FilterKey = Exclude<keyof EventFilterParams, 'startTime' | 'endTime' | 'principalMatch'>;

export const EVENT_FILTER_PROPERTIES: (PropertyFilterProps.FilteringProperty & { key: FilterKey })[] = [
  { key: 'userName', propertyLabel: 'User name', groupValuesLabel: 'User names', operators: ['='] },
  { key: 'eventName', propertyLabel: 'Event name', groupValuesLabel: 'Event names', operators: ['='] },
  { key: 'resource', propertyLabel: 'Resource name or ARN', groupValuesLabel: 'Resources', operators: ['='] },
  { key: 'result', propertyLabel: 'Result', groupValuesLabel: 'Results', operators: ['='] },
  { key: 'errorCode', propertyLabel: 'Error code', groupValuesLabel: 'Error codes', operators: ['='] },
  { key: 'sourceIp', propertyLabel: 'Source IP address', groupValuesLabel: 'Addresses', operators: ['='] },
  { key: 'accessKeyId', propertyLabel: 'AWS access key', groupValuesLabel: 'Access keys', operators: ['='] },
  { key: 'principal', propertyLabel: 'Principal ARN', groupValuesLabel: 'Principals', operators: ['=', '^'] },
  { key: 'session', propertyLabel: 'Role session', groupValuesLabel: 'Sessions', operators: ['='] },
];

export const RESULT_OPTIONS: PropertyFilterProps.FilteringOption[] = ['Success', 'Failure', 'Denied'].map(
  (value) => ({ propertyKey: 'result', value }),
);

const UNIT_MS: Record<string, number> = {
  second: 1_000,
  minute: 60_000,
  hour: 3_600_000,
  day: 86_400_000,
  week: 604_800_000,
  month: 2_592_000_000,
  year: 31_536_000_000,
};

/** The range's start and end (a relative range ends now, as of `now`). */
export function rangeTimes(
  range: DateRangePickerProps.Value | null,
  now: Date,
): Pick<EventFilterParams, 'startTime' | 'endTime'> {
  if (!range) return {};
  if (range.type === 'relative') {
    return { startTime: new Date(now.getTime() - range.amount * (UNIT_MS[range.unit] ?? 0)).toISOString() };
  }
  return {
    startTime: new Date(range.startDate).toISOString(),
    endTime: new Date(range.endDate).toISOString(),
  };
}

/** The tokens as parameters: one value per property (the last token wins), `^` on the principal as a prefix. */
export function filterParams(query: PropertyFilterProps.Query): EventFilterParams {
  const params: EventFilterParams = {};
  for (const token of query.tokens) {
    const key = token.propertyKey as FilterKey | undefined;
    const value = typeof token.value === 'string' ? token.value.trim() : '';
    if (!key || !value) continue;
    if (key === 'result') params.result = value as EventFilterParams['result'];
    else params[key] = value;
    if (key === 'principal') params.principalMatch = token.operator === '^' ? 'prefix' : 'exact';
  }
  return params;
}
