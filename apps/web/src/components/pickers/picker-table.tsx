// The table every picker shows: a server-filtered, cursor-paged list of one kind of entity, with
// a name filter, a pager only when there is more than one page (so a wizard's "Next" stays the
// only "Next" button), and an empty state that tells "nothing matches" from "nothing yet".
import Box from '@cloudscape-design/components/box';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table, { type TableProps } from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import type { ReactNode } from 'react';
import { CursorPagination } from '../cursor-pagination.js';
import { singlePage } from '../cursor-pages.js';
import { ErrorPanel } from '../error-panel.js';
import type { PickerPage } from './use-picker-page.js';

/** How a picker names what it lists. */
export interface PickerNouns {
  /** In running text: `user groups`. */
  plural: string;
  /** What the filter finds and matches: `groups`. */
  filtered: string;
  /** Starting a sentence: `User groups`. */
  title: string;
}

type SharedTableProps<T> = Pick<
  TableProps<T>,
  | 'trackBy'
  | 'selectionType'
  | 'selectedItems'
  | 'isItemDisabled'
  | 'onSelectionChange'
  | 'header'
  | 'columnDefinitions'
>;

interface PickerTableProps<T> extends SharedTableProps<T> {
  page: PickerPage<T>;
  nouns: PickerNouns;
  /** What the empty table says when no filter is set. */
  emptyText: string;
  tableLabel: string;
  /** Names an item in its selection control's label. */
  itemName: (item: T) => string;
  /** Replaces the labels of the selection controls worded from `nouns`. */
  selectionLabels?: Pick<
    TableProps.AriaLabels<T>,
    'selectionGroupLabel' | 'allItemsSelectionLabel' | 'itemSelectionLabel'
  >;
  /** More filter controls, after the name filter. */
  moreFilters?: ReactNode;
}

export function PickerTable<T>({
  page,
  nouns,
  emptyText,
  tableLabel,
  itemName,
  selectionLabels,
  moreFilters,
  ...table
}: PickerTableProps<T>) {
  const { text, setText, search, pages, go, query, items } = page;
  const nameFilter = (
    <TextFilter
      filteringClearAriaLabel="Clear filter"
      filteringText={text}
      filteringPlaceholder={`Find ${nouns.filtered} by name`}
      filteringAriaLabel={`Find ${nouns.filtered} by name`}
      onChange={({ detail }) => setText(detail.filteringText)}
    />
  );
  return (
    <Table<T>
      {...table}
      items={items}
      loading={query.isPending || query.isPlaceholderData}
      loadingText={`Loading ${nouns.plural}`}
      ariaLabels={{
        tableLabel,
        ...(selectionLabels ?? {
          selectionGroupLabel: `Select ${nouns.plural}`,
          allItemsSelectionLabel: () => `Select all ${nouns.plural} on this page`,
          itemSelectionLabel: (_s, item) => `Select ${itemName(item)}`,
        }),
      }}
      filter={
        moreFilters ? (
          <SpaceBetween direction="horizontal" size="xs">
            {nameFilter}
            {moreFilters}
          </SpaceBetween>
        ) : (
          nameFilter
        )
      }
      pagination={query.data && !singlePage(pages) ? <CursorPagination pages={pages} go={go} /> : undefined}
      empty={
        query.error ? (
          <ErrorPanel error={query.error} header={`${nouns.title} could not be loaded`} />
        ) : (
          <Box textAlign="center" color="inherit">
            <b>No {nouns.plural}</b>
            <Box variant="p" color="inherit">
              {search ? `No ${nouns.filtered} match the filter.` : emptyText}
            </Box>
          </Box>
        )
      }
    />
  );
}

/** The header's counter of what is picked, across pages. */
export const selectedCounter = (count: number): string | undefined =>
  count > 0 ? `(${count} selected)` : undefined;
