// `/event-history` (as CloudTrail's Event history): the account's audit events, newest first,
// filtered on the server by a property filter and a date range, paged by cursor; each event
// opens its detail; "Download events" saves the filtered set as CSV or JSON.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ButtonDropdown from '@cloudscape-design/components/button-dropdown';
import type { DateRangePickerProps } from '@cloudscape-design/components/date-range-picker';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import type { PropertyFilterProps } from '@cloudscape-design/components/property-filter';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table, { type TableProps } from '@cloudscape-design/components/table';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { EventSummary } from '@gatehouse/contracts/events';
import { DateRangePicker, PropertyFilter } from '../../app/lazy-filters.js';
import { useFollow } from '../../app/use-follow.js';
import { CursorPagination } from '../../components/cursor-pagination.js';
import { useRecordPage } from '../../components/use-record-page.js';
import { ErrorPanel } from '../../components/error-panel.js';
import { formatDateTime } from '../../components/format-date.js';
import { useCursorPages } from '../../components/use-cursor-pages.js';
import { eventRetentionQuery, eventsQuery, exportEventsUrl } from './event-history-api.js';
import { EventRetentionModal } from './event-retention-modal.js';
import { EVENT_FILTER_PROPERTIES, filterParams, rangeTimes, RESULT_OPTIONS } from './event-filters.js';
import { DATE_RANGE_I18N, PROPERTY_FILTER_I18N, RELATIVE_RANGES } from './event-history-i18n.js';

const PAGE_SIZE = 50;

function resultIndicator(result: string) {
  const type = result === 'Success' ? 'success' : result === 'Denied' ? 'stopped' : 'error';
  return <StatusIndicator type={type}>{result}</StatusIndicator>;
}

/** An IAM ARN without `arn:aws:iam::<account>:` (`user/alice`); the detail shows the whole ARN. */
function resourceName(arn: string | null): string {
  if (!arn) return '-';
  const parts = arn.split(':');
  return parts.length > 5 && parts[0] === 'arn' ? parts.slice(5).join(':') || arn : arn;
}

function columns(follow: ReturnType<typeof useFollow>): TableProps.ColumnDefinition<EventSummary>[] {
  return [
    {
      id: 'eventTime',
      header: 'Event time',
      cell: (e) => (
        <Link href={`/event-history/${e.eventId}`} onFollow={follow}>
          {formatDateTime(e.eventTime)}
        </Link>
      ),
    },
    { id: 'userName', header: 'User name', cell: (e) => e.userName ?? '-' },
    { id: 'eventName', header: 'Event name', cell: (e) => e.eventName },
    { id: 'resource', header: 'Resource', cell: (e) => resourceName(e.resource) },
    { id: 'result', header: 'Result', cell: (e) => resultIndicator(e.result) },
    { id: 'errorCode', header: 'Error code', cell: (e) => e.errorCode ?? '-' },
    { id: 'sourceIp', header: 'Source IP address', cell: (e) => e.sourceIp ?? '-' },
    { id: 'accessKeyId', header: 'AWS access key', cell: (e) => e.accessKeyId ?? '-' },
  ];
}

export function EventHistoryPage() {
  const follow = useFollow();
  const [query, setQuery] = useState<PropertyFilterProps.Query>({ tokens: [], operation: 'and' });
  const [range, setRange] = useState<{ value: DateRangePickerProps.Value | null; at: Date }>({
    value: null,
    at: new Date(),
  });
  const filter = useMemo(
    () => ({ ...filterParams(query), ...rangeTimes(range.value, range.at) }),
    [query, range],
  );
  const { pages, cursor, record, go } = useCursorPages(JSON.stringify(filter));
  const events = useQuery(eventsQuery({ ...filter, cursor, limit: PAGE_SIZE }));
  useRecordPage(record, pages.index, events.data, events.isPlaceholderData);
  const items = events.data?.items ?? [];
  const filtered = Object.keys(filter).length > 0;
  const retention = useQuery(eventRetentionQuery());
  const [editingRetention, setEditingRetention] = useState(false);
  const kept = retention.data ? ` Events are kept for ${retention.data.retentionDays} days.` : '';

  return (
    <>
      <Table
        variant="full-page"
        items={items}
        columnDefinitions={columns(follow)}
        // Long names and dates wrap so every column fits the window (e2e console-layout.spec.ts).
        wrapLines
        trackBy="eventId"
        loading={events.isPending || events.isPlaceholderData}
        loadingText="Loading events"
        ariaLabels={{ tableLabel: 'Events' }}
        header={
          <Header
            variant="awsui-h1-sticky"
            counter={events.data ? `(${items.length}${pages.complete ? '' : '+'})` : undefined}
            description={`The account's management events: every change, sign-in and denied call made through the console or the AWS API, newest first.${kept}`}
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button
                  iconName="refresh"
                  ariaLabel="Refresh events"
                  onClick={() => {
                    if (range.value?.type === 'relative') setRange({ ...range, at: new Date() });
                    else void events.refetch();
                  }}
                />
                <ButtonDropdown
                  items={[
                    { id: 'csv', text: 'Download as CSV', href: exportEventsUrl('csv', filter) },
                    { id: 'json', text: 'Download as JSON', href: exportEventsUrl('json', filter) },
                  ]}
                >
                  Download events
                </ButtonDropdown>
                <Button onClick={() => setEditingRetention(true)} disabled={!retention.data}>
                  Settings
                </Button>
              </SpaceBetween>
            }
          >
            Event history
          </Header>
        }
        filter={
          <SpaceBetween direction="horizontal" size="xs">
            <PropertyFilter
              query={query}
              onChange={({ detail }) => setQuery(detail)}
              filteringProperties={EVENT_FILTER_PROPERTIES}
              filteringOptions={RESULT_OPTIONS}
              filteringPlaceholder="Filter events by property"
              filteringAriaLabel="Filter events"
              disableFreeTextFiltering
              hideOperations
              i18nStrings={PROPERTY_FILTER_I18N}
            />
            <DateRangePicker
              value={range.value}
              onChange={({ detail }) => setRange({ value: detail.value, at: new Date() })}
              relativeOptions={RELATIVE_RANGES}
              isValidRange={(value) =>
                value?.type === 'absolute' && value.startDate > value.endDate
                  ? { valid: false, errorMessage: 'The start of the range is after its end.' }
                  : { valid: true }
              }
              placeholder="Filter by a date and time range"
              i18nStrings={DATE_RANGE_I18N}
            />
          </SpaceBetween>
        }
        pagination={
          events.data ? <CursorPagination pages={pages} go={go} hideSinglePage={false} /> : undefined
        }
        empty={
          events.error ? (
            <ErrorPanel
              error={events.error}
              header="Events could not be loaded"
              onRetry={() => void events.refetch()}
            />
          ) : (
            <Box textAlign="center" color="inherit">
              <b>No events</b>
              <Box variant="p" color="inherit">
                {filtered ? 'No events match the filters.' : 'No events have been recorded yet.'}
              </Box>
            </Box>
          )
        }
      />
      {editingRetention && retention.data ? (
        <EventRetentionModal current={retention.data} onDismiss={() => setEditingRetention(false)} />
      ) : null}
    </>
  );
}
