// `/groups`: the account's user groups, paged by the server, filtered by name, with each group's
// member count and whether it has permissions; bulk delete.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table, { type TableProps } from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { groupsQuery } from '../../api/queries/groups.js';
import type { Group } from '../../api/types.js';
import { useFollow } from '../../app/use-follow.js';
import { CursorPagination } from '../../components/cursor-pagination.js';
import { useRecordPage } from '../../components/use-record-page.js';
import { ErrorPanel } from '../../components/error-panel.js';
import { formatDateTime } from '../../components/format-date.js';
import { useCursorPages } from '../../components/use-cursor-pages.js';
import { useDebouncedValue } from '../../components/use-debounced-value.js';
import { GroupPermissionsSummary, GroupUsersCount } from './group-usage-cells.js';

// The delete dialog loads when first opened: the list shows its rows without it.
const DeleteGroupsModal = lazy(async () => ({
  default: (await import('./delete-groups-modal.js')).DeleteGroupsModal,
}));

const PAGE_SIZE = 50;

export function GroupsPage() {
  const follow = useFollow();
  const [filteringText, setFilteringText] = useState('');
  const [selected, setSelected] = useState<Group[]>([]);
  const [deleting, setDeleting] = useState(false);
  const search = useDebouncedValue(filteringText.trim());
  const { pages, cursor, record, go } = useCursorPages(search);
  const groups = useQuery(groupsQuery({ search, cursor, limit: PAGE_SIZE }));
  useRecordPage(record, pages.index, groups.data, groups.isPlaceholderData);
  const items = groups.data?.items ?? [];
  const count = groups.data ? `${items.length}${pages.complete ? '' : '+'}` : undefined;

  const columns: TableProps.ColumnDefinition<Group>[] = [
    {
      id: 'groupName',
      header: 'Group name',
      isRowHeader: true,
      cell: (g) => (
        <Link href={`/groups/${encodeURIComponent(g.groupName)}`} onFollow={follow}>
          {g.groupName}
        </Link>
      ),
    },
    { id: 'users', header: 'Users', cell: (g) => <GroupUsersCount groupName={g.groupName} /> },
    {
      id: 'permissions',
      header: 'Permissions',
      cell: (g) => <GroupPermissionsSummary groupName={g.groupName} />,
    },
    { id: 'path', header: 'Path', cell: (g) => g.path },
    { id: 'createDate', header: 'Creation time', cell: (g) => formatDateTime(g.createDate) },
  ];

  return (
    <>
      <Table
        variant="full-page"
        items={items}
        columnDefinitions={columns}
        // Long names and dates wrap so every column fits the window (e2e console-layout.spec.ts).
        wrapLines
        trackBy="groupName"
        loading={groups.isPending || groups.isPlaceholderData}
        loadingText="Loading user groups"
        selectionType="multi"
        selectedItems={selected}
        onSelectionChange={({ detail }) => setSelected(detail.selectedItems)}
        ariaLabels={{
          tableLabel: 'User groups',
          selectionGroupLabel: 'Select user groups',
          allItemsSelectionLabel: () => 'Select all user groups on this page',
          itemSelectionLabel: (_s, g) => `Select ${g.groupName}`,
        }}
        header={
          <Header
            variant="awsui-h1-sticky"
            counter={count ? `(${count})` : undefined}
            description="A user group is a collection of IAM users. Use groups to specify permissions for a collection of users."
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button
                  iconName="refresh"
                  ariaLabel="Refresh user groups"
                  onClick={() => void groups.refetch()}
                />
                <Button disabled={selected.length === 0} onClick={() => setDeleting(true)}>
                  Delete
                </Button>
                <Button variant="primary" href="/groups/create" onFollow={follow}>
                  Create group
                </Button>
              </SpaceBetween>
            }
          >
            User groups
          </Header>
        }
        filter={
          <TextFilter
            filteringText={filteringText}
            filteringPlaceholder="Find groups by name"
            filteringAriaLabel="Find groups by name"
            filteringClearAriaLabel="Clear filter"
            onChange={({ detail }) => setFilteringText(detail.filteringText)}
            countText={groups.data && search ? `${count} matches` : undefined}
          />
        }
        pagination={
          groups.data ? <CursorPagination pages={pages} go={go} hideSinglePage={false} /> : undefined
        }
        empty={
          groups.error ? (
            <ErrorPanel
              error={groups.error}
              header="User groups could not be loaded"
              onRetry={() => void groups.refetch()}
            />
          ) : search ? (
            <Box textAlign="center" color="inherit">
              <b>No matches</b>
              <Box variant="p" color="inherit">
                No user groups match the filter.
              </Box>
              <Button onClick={() => setFilteringText('')}>Clear filter</Button>
            </Box>
          ) : (
            <Box textAlign="center" color="inherit">
              <b>No user groups</b>
              <Box variant="p" color="inherit">
                No user groups to display.
              </Box>
              <Button href="/groups/create" onFollow={follow}>
                Create group
              </Button>
            </Box>
          )
        }
      />
      {deleting ? (
        <Suspense fallback={null}>
          <DeleteGroupsModal
            groups={selected}
            onDismiss={() => setDeleting(false)}
            onDeleted={(names) => setSelected((s) => s.filter((g) => !names.includes(g.groupName)))}
          />
        </Suspense>
      ) : null}
    </>
  );
}
