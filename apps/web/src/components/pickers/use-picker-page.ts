// What every picker keeps while the user looks for entities: the filter text as typed, the
// debounced search the server is asked for, the cursor pages seen so far (started over when the
// search or `scope` changes) and the query of the page shown.
import { useQuery, type QueryKey, type UseQueryOptions, type UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import type { Page } from '../../api/types.js';
import type { CursorPages } from '../cursor-pages.js';
import { useCursorPages } from '../use-cursor-pages.js';
import { useDebouncedValue } from '../use-debounced-value.js';
import { useRecordPage } from '../use-record-page.js';

/** Enough to list a picker's page: the search and the cursor of the page shown. */
export interface PickerPageParams {
  search: string;
  cursor: string | undefined;
}

export interface PickerPage<T> {
  text: string;
  setText: (text: string) => void;
  search: string;
  pages: CursorPages;
  go: (index: number) => void;
  query: UseQueryResult<Page<T>>;
  items: T[];
}

/** `queryFor` makes the query of a page (its answer may say more than a `Page`, as a notice). */
export function usePickerPage<TPage extends Page<unknown>, TKey extends QueryKey>(
  queryFor: (params: PickerPageParams) => UseQueryOptions<TPage, Error, TPage, TKey>,
  scope = '',
): PickerPage<TPage['items'][number]> & { query: UseQueryResult<TPage> } {
  const [text, setText] = useState('');
  const search = useDebouncedValue(text.trim());
  const { pages, cursor, record, go } = useCursorPages(`${scope}|${search}`);
  const query = useQuery(queryFor({ search, cursor }));
  useRecordPage(record, pages.index, query.data, query.isPlaceholderData);
  return { text, setText, search, pages, go, query, items: query.data?.items ?? [] };
}
