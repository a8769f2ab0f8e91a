// `/users`: every IAM user of the account, paged by the server (cursors), filtered by name and
// path prefix, sorted, with bulk delete; the columns of AWS's console (credentials, activity),
// chosen in the table's preferences.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState } from 'react';
import { accountQuery } from '../../api/queries/account.js';
import { usersQuery } from '../../api/queries/users.js';
import type { User, UserListParams } from '../../api/types.js';
import { useFollow } from '../../app/use-follow.js';
import { CursorPagination } from '../../components/cursor-pagination.js';
import { ErrorPanel } from '../../components/error-panel.js';
import { formatDateTime } from '../../components/format-date.js';
import { matchesText } from '../../components/matches-text.js';
import { TablePreferencesButton } from '../../components/table-preferences/table-preferences-button.js';
import {
  columnDefinitions,
  tablePreferenceProps,
  type ColumnCell,
} from '../../components/table-preferences/table-preferences.js';
import { useTablePreferences } from '../../components/table-preferences/use-table-preferences.js';
import { useCursorPages } from '../../components/use-cursor-pages.js';
import { useDebouncedValue } from '../../components/use-debounced-value.js';
import {
  formatAccessKeyIds,
  formatAccessKeyLastUsed,
  formatActiveKeyAge,
  formatConsoleLastSignIn,
  formatGroupCount,
  formatLastActivity,
  formatMfa,
  formatPasswordAge,
} from './user-list-format.js';
import { userListParams } from './user-list-params.js';
import { USERS_TABLE } from './user-table-columns.js';

// The delete dialog loads when first opened: the list shows its rows without it.
const DeleteUsersModal = lazy(async () => ({
  default: (await import('./delete-users-modal.js')).DeleteUsersModal,
}));

type SortField = NonNullable<UserListParams['sort']>;

export function UsersPage() {
  const follow = useFollow();
  const [filteringText, setFilteringText] = useState('');
  const [pathPrefix, setPathPrefix] = useState('');
  const [sort, setSort] = useState<{ field: SortField; descending: boolean }>({
    field: 'userName',
    descending: false,
  });
  const [selected, setSelected] = useState<User[]>([]);
  const [deleting, setDeleting] = useState(false);
  const [preferences, setPreferences] = useTablePreferences(USERS_TABLE);
  const search = useDebouncedValue(filteringText.trim());
  const prefix = useDebouncedValue(pathPrefix.trim());

  const { pages, cursor, record, go } = useCursorPages(
    JSON.stringify([search, prefix, sort, preferences.pageSize]),
  );
  const params = userListParams(
    { search, pathPrefix: prefix, sort: sort.field, order: sort.descending ? 'desc' : 'asc', cursor },
    preferences,
  );
  const users = useQuery(usersQuery(params));
  const loadedIndex = pages.index;
  const fresh = users.data && !users.isPlaceholderData ? users.data : undefined;
  useEffect(() => {
    if (fresh) record(loadedIndex, fresh.nextCursor);
  }, [fresh, loadedIndex, record]);

  const columns = columnDefinitions(USERS_TABLE, userCells(follow));
  const sortingColumn = columns.find((c) => c.sortingField === sort.field);
  const items = users.data?.items ?? [];
  const filtered = search !== '' || prefix !== '';
  // The account's user count (GetAccountSummary) when the caller may read it; else what is shown.
  const total = useQuery({ ...accountQuery(), enabled: !filtered }).data?.counts.users;
  const counter =
    !filtered && total !== undefined ? `(${total})` : `(${items.length}${pages.complete ? '' : '+'})`;

  return (
    <>
      <Table
        variant="full-page"
        items={items}
        columnDefinitions={columns}
        {...tablePreferenceProps(preferences)}
        trackBy="userName"
        loading={users.isPending || users.isPlaceholderData}
        loadingText="Loading users"
        selectionType="multi"
        selectedItems={selected}
        onSelectionChange={({ detail }) => setSelected(detail.selectedItems)}
        ariaLabels={{
          tableLabel: 'Users',
          selectionGroupLabel: 'Select users',
          allItemsSelectionLabel: () => 'Select all users on this page',
          itemSelectionLabel: (_s, user) => `Select ${user.userName}`,
        }}
        sortingColumn={sortingColumn}
        sortingDescending={sort.descending}
        onSortingChange={({ detail }) =>
          setSort({
            field: detail.sortingColumn.sortingField as SortField,
            descending: detail.isDescending ?? false,
          })
        }
        header={
          <Header
            variant="awsui-h1-sticky"
            counter={users.data ? counter : undefined}
            description="An IAM user is an identity with long-term credentials that is used to interact with the console or the API."
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button iconName="refresh" ariaLabel="Refresh users" onClick={() => users.refetch()} />
                <Button disabled={selected.length === 0} onClick={() => setDeleting(true)}>
                  Delete
                </Button>
                <Button variant="primary" href="/users/create" onFollow={follow}>
                  Create user
                </Button>
              </SpaceBetween>
            }
          >
            Users
          </Header>
        }
        filter={
          <SpaceBetween direction="horizontal" size="xs">
            <TextFilter
              filteringText={filteringText}
              filteringPlaceholder="Find users by name"
              filteringAriaLabel="Find users by name"
              filteringClearAriaLabel="Clear filter"
              onChange={({ detail }) => setFilteringText(detail.filteringText)}
              countText={
                users.data && filtered
                  ? matchesText(`${items.length}${pages.complete ? '' : '+'}`)
                  : undefined
              }
            />
            <Input
              type="search"
              value={pathPrefix}
              placeholder="Path prefix, e.g. /engineering/"
              ariaLabel="Filter by path prefix"
              clearAriaLabel="Clear path prefix"
              onChange={({ detail }) => setPathPrefix(detail.value)}
            />
          </SpaceBetween>
        }
        preferences={
          <TablePreferencesButton
            config={USERS_TABLE}
            preferences={preferences}
            onChange={setPreferences}
            itemsName="users"
          />
        }
        pagination={<CursorPagination pages={pages} go={go} hideSinglePage={false} />}
        empty={
          users.error ? (
            <ErrorPanel
              error={users.error}
              header="Users could not be loaded"
              onRetry={() => users.refetch()}
            />
          ) : filtered ? (
            <Box textAlign="center" color="inherit">
              <b>No matches</b>
              <Box variant="p" color="inherit">
                No users match the filter.
              </Box>
              <Button
                onClick={() => {
                  setFilteringText('');
                  setPathPrefix('');
                }}
              >
                Clear filter
              </Button>
            </Box>
          ) : (
            <Box textAlign="center" color="inherit">
              <b>No users</b>
              <Box variant="p" color="inherit">
                No users to display.
              </Box>
              <Button href="/users/create" onFollow={follow}>
                Create user
              </Button>
            </Box>
          )
        }
      />
      {deleting ? (
        <Suspense fallback={null}>
          <DeleteUsersModal
            users={selected}
            onDismiss={() => setDeleting(false)}
            onDeleted={(names) => setSelected((s) => s.filter((u) => !names.includes(u.userName)))}
          />
        </Suspense>
      ) : null}
    </>
  );
}

/** Each column's cell (its id and header come from USERS_TABLE). */
function userCells(follow: ReturnType<typeof useFollow>): Record<string, ColumnCell<User>> {
  return {
    userName: {
      sortingField: 'userName',
      isRowHeader: true,
      cell: (user) => (
        <Link href={`/users/${encodeURIComponent(user.userName)}`} onFollow={follow}>
          {user.userName}
        </Link>
      ),
    },
    path: { cell: (user) => user.path },
    groups: { cell: formatGroupCount },
    lastActivity: { cell: (user) => formatLastActivity(user) },
    mfa: { cell: formatMfa },
    passwordAge: { cell: (user) => formatPasswordAge(user) },
    passwordLastUsed: { sortingField: 'passwordLastUsed', cell: (user) => formatConsoleLastSignIn(user) },
    accessKeyId: {
      cell: (user) => formatAccessKeyIds(user).map((line) => <div key={line}>{line}</div>),
    },
    activeKeyAge: { cell: (user) => formatActiveKeyAge(user) },
    accessKeyLastUsed: { cell: (user) => formatAccessKeyLastUsed(user) },
    arn: { cell: (user) => user.arn },
    createDate: { sortingField: 'createDate', cell: (user) => formatDateTime(user.createDate) },
  };
}
