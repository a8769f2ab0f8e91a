// The event history's queries: a page of events (server-side filters and cursors), one event,
// and the export's URL (a plain GET the browser downloads with the session cookie).
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { EventDetail, EventPage, ListEventsQuery } from '@gatehouse/contracts/events';
import type {
  EventRetentionResponse,
  UpdateEventRetentionRequest,
} from '@gatehouse/contracts/event-retention';
import { api, segment, withQuery } from '../../api/client.js';

export type EventFilterParams = Omit<Partial<ListEventsQuery>, 'limit' | 'cursor'>;

export const eventKeys = {
  all: ['events'] as const,
  list: (params: Partial<ListEventsQuery>) => ['events', 'list', params] as const,
  detail: (id: string) => ['events', 'detail', id] as const,
};

export const eventsQuery = (params: Partial<ListEventsQuery>) =>
  queryOptions({
    queryKey: eventKeys.list(params),
    queryFn: ({ signal }) => api.get<EventPage>(withQuery('/api/events', { ...params }), { signal }),
    placeholderData: keepPreviousData,
  });

export const eventQuery = (id: string) =>
  queryOptions({
    queryKey: eventKeys.detail(id),
    queryFn: ({ signal }) => api.get<EventDetail>(`/api/events/${segment(id)}`, { signal }),
  });

export function exportEventsUrl(format: 'csv' | 'json', filter: EventFilterParams): string {
  return withQuery('/api/events/export', { format, ...filter });
}

export const eventRetentionKey = ['events', 'retention'] as const;

export const eventRetentionQuery = () =>
  queryOptions({
    queryKey: eventRetentionKey,
    queryFn: ({ signal }) => api.get<EventRetentionResponse>('/api/event-retention', { signal }),
  });

export const putEventRetention = (body: UpdateEventRetentionRequest) =>
  api.put<EventRetentionResponse>('/api/event-retention', body);
