// Choose IAM users (add users to a group, attach a policy), filtered by name on the server; the
// selection survives paging and filtering.
import Box from '@cloudscape-design/components/box';
import Header from '@cloudscape-design/components/header';
import Table from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { usersQuery } from '../../api/queries/users.js';
import type { User } from '../../api/types.js';
import { ErrorPanel } from '../error-panel.js';
import { formatDateTime } from '../format-date.js';
import { useCursorPages } from '../use-cursor-pages.js';
import { useDebouncedValue } from '../use-debounced-value.js';
import { CursorPagination } from './cursor-pagination.js';
import { useRecordPage } from './use-record-page.js';

interface UserPickerProps {
  selected: string[];
  onChange: (userNames: string[]) => void;
  /** Users that cannot be picked (already members, already attached): shown with `unavailableText`. */
  unavailable?: string[];
  unavailableText?: string;
  header?: string;
}

export function UserPicker(props: UserPickerProps) {
  const { selected, onChange, unavailable = [], unavailableText = 'already added', header = 'Users' } = props;
  const [text, setText] = useState('');
  const search = useDebouncedValue(text.trim());
  const { pages, cursor, record, go } = useCursorPages(search);
  const query = useQuery(usersQuery({ search, cursor, limit: 25, sort: 'userName', order: 'asc' }));
  useRecordPage(record, pages.index, query.data, query.isPlaceholderData);
  const items = query.data?.items ?? [];

  function onSelectionChange(visibleSelected: readonly User[]) {
    const visible = new Set(items.map((u) => u.userName));
    onChange([...selected.filter((n) => !visible.has(n)), ...visibleSelected.map((u) => u.userName)]);
  }

  return (
    <Table
      items={items}
      trackBy="userName"
      selectionType="multi"
      selectedItems={items.filter((u) => selected.includes(u.userName))}
      isItemDisabled={(u) => unavailable.includes(u.userName)}
      onSelectionChange={({ detail }) => onSelectionChange(detail.selectedItems)}
      loading={query.isPending || query.isPlaceholderData}
      loadingText="Loading users"
      ariaLabels={{
        tableLabel: header,
        selectionGroupLabel: 'Select users',
        allItemsSelectionLabel: () => 'Select all users on this page',
        itemSelectionLabel: (_s, u) => `Select ${u.userName}`,
      }}
      header={
        <Header counter={selected.length > 0 ? `(${selected.length} selected)` : undefined}>{header}</Header>
      }
      filter={
        <TextFilter
          filteringClearAriaLabel="Clear filter"
          filteringText={text}
          filteringPlaceholder="Find users by name"
          filteringAriaLabel="Find users by name"
          onChange={({ detail }) => setText(detail.filteringText)}
        />
      }
      pagination={query.data ? <CursorPagination pages={pages} go={go} /> : undefined}
      columnDefinitions={[
        {
          id: 'name',
          header: 'User name',
          isRowHeader: true,
          cell: (u) => (unavailable.includes(u.userName) ? `${u.userName} (${unavailableText})` : u.userName),
        },
        { id: 'path', header: 'Path', cell: (u) => u.path },
        { id: 'created', header: 'Creation time', cell: (u) => formatDateTime(u.createDate) },
      ]}
      empty={
        query.error ? (
          <ErrorPanel error={query.error} header="Users could not be loaded" />
        ) : (
          <Box textAlign="center" color="inherit">
            <b>No users</b>
            <Box variant="p" color="inherit">
              {search ? 'No users match the filter.' : 'There are no users in this account yet.'}
            </Box>
          </Box>
        )
      }
    />
  );
}
