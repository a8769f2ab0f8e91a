// Choose user groups (for "Add user to groups"), filtered by name on the server.
import Box from '@cloudscape-design/components/box';
import Header from '@cloudscape-design/components/header';
import Pagination from '@cloudscape-design/components/pagination';
import Table from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { groupsQuery } from '../../api/queries/groups.js';
import type { Group } from '../../api/types.js';
import { paginationProps, singlePage } from '../cursor-pages.js';
import { ErrorPanel } from '../error-panel.js';
import { formatDateTime } from '../format-date.js';
import { useCursorPages } from '../use-cursor-pages.js';
import { useDebouncedValue } from '../use-debounced-value.js';

interface GroupPickerProps {
  selected: string[];
  onChange: (groupNames: string[]) => void;
  /** Groups the user is in already: shown, not selectable. */
  member?: string[];
}

export function GroupPicker({ selected, onChange, member = [] }: GroupPickerProps) {
  const [text, setText] = useState('');
  const search = useDebouncedValue(text.trim());
  const { pages, cursor, record, go } = useCursorPages(search);
  const query = useQuery(groupsQuery({ search, cursor, limit: 25 }));
  const fresh = query.data && !query.isPlaceholderData ? query.data : undefined;
  const index = pages.index;
  useEffect(() => {
    if (fresh) record(index, fresh.nextCursor);
  }, [fresh, index, record]);
  const items = query.data?.items ?? [];

  function onSelectionChange(visibleSelected: readonly Group[]) {
    const visible = new Set(items.map((g) => g.groupName));
    onChange([...selected.filter((n) => !visible.has(n)), ...visibleSelected.map((g) => g.groupName)]);
  }

  return (
    <Table
      items={items}
      trackBy="groupName"
      selectionType="multi"
      selectedItems={items.filter((g) => selected.includes(g.groupName))}
      isItemDisabled={(g) => member.includes(g.groupName)}
      onSelectionChange={({ detail }) => onSelectionChange(detail.selectedItems)}
      loading={query.isPending || query.isPlaceholderData}
      loadingText="Loading user groups"
      ariaLabels={{
        tableLabel: 'User groups',
        selectionGroupLabel: 'Select user groups',
        allItemsSelectionLabel: () => 'Select all user groups on this page',
        itemSelectionLabel: (_s, g) => `Select ${g.groupName}`,
      }}
      header={
        <Header counter={selected.length > 0 ? `(${selected.length} selected)` : undefined}>
          User groups
        </Header>
      }
      filter={
        <TextFilter
          filteringClearAriaLabel="Clear filter"
          filteringText={text}
          filteringPlaceholder="Find groups by name"
          filteringAriaLabel="Find groups by name"
          onChange={({ detail }) => setText(detail.filteringText)}
        />
      }
      pagination={
        // A single page needs no pager (and a wizard's "Next" stays the only "Next" button).
        singlePage(pages) ? undefined : (
          <Pagination
            {...paginationProps(pages)}
            onChange={({ detail }) => go(detail.currentPageIndex - 1)}
            ariaLabels={{
              nextPageLabel: 'Next page',
              previousPageLabel: 'Previous page',
              pageLabel: (n) => `Page ${n}`,
            }}
          />
        )
      }
      columnDefinitions={[
        {
          id: 'name',
          header: 'Group name',
          cell: (g) => (member.includes(g.groupName) ? `${g.groupName} (already a member)` : g.groupName),
          isRowHeader: true,
        },
        { id: 'path', header: 'Path', cell: (g) => g.path },
        { id: 'created', header: 'Creation time', cell: (g) => formatDateTime(g.createDate) },
      ]}
      empty={
        query.error ? (
          <ErrorPanel error={query.error} header="User groups could not be loaded" />
        ) : (
          <Box textAlign="center" color="inherit">
            <b>No user groups</b>
            <Box variant="p" color="inherit">
              {search ? 'No groups match the filter.' : 'There are no user groups in this account yet.'}
            </Box>
          </Box>
        )
      }
    />
  );
}
