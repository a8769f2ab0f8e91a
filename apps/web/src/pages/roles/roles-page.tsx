// `/roles`: the account's IAM roles, paged by the server, filtered by name, with who may assume
// each one ("Trusted entities", read from its trust policy) and when it was last used; bulk
// delete; columns and page size chosen in the table's preferences.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { rolesQuery } from '../../api/roles-api.js';
import type { Role } from '../../api/roles-types.js';
import { useFollow } from '../../app/use-follow.js';
import { CursorPagination } from '../../components/cursor-pagination.js';
import { useRecordPage } from '../../components/use-record-page.js';
import { ErrorPanel } from '../../components/error-panel.js';
import { formatAge, formatDateTime } from '../../components/format-date.js';
import { matchesText } from '../../components/matches-text.js';
import { TablePreferencesButton } from '../../components/table-preferences/table-preferences-button.js';
import {
  columnDefinitions,
  DEFAULT_PAGE_SIZES,
  tablePreferenceProps,
  type ColumnCell,
  type TablePreferencesConfig,
} from '../../components/table-preferences/table-preferences.js';
import { useTablePreferences } from '../../components/table-preferences/use-table-preferences.js';
import { trustedEntitiesSummary } from '../../components/trust-policy-builder/trusted-entities-summary.js';
import { useCursorPages } from '../../components/use-cursor-pages.js';
import { useDebouncedValue } from '../../components/use-debounced-value.js';

// The delete dialog loads when first opened: the list shows its rows without it.
const DeleteRolesModal = lazy(async () => ({
  default: (await import('./delete-roles-modal.js')).DeleteRolesModal,
}));

/** AWS's console shows a role's name, trusted entities and last activity until asked for more. */
const ROLES_TABLE: TablePreferencesConfig = {
  tableId: 'roles',
  columns: [
    { id: 'roleName', label: 'Role name', visibleByDefault: true, alwaysVisible: true },
    { id: 'path', label: 'Path', visibleByDefault: false },
    { id: 'trusted', label: 'Trusted entities', visibleByDefault: true },
    { id: 'lastActivity', label: 'Last activity', visibleByDefault: true },
    { id: 'arn', label: 'ARN', visibleByDefault: false },
    { id: 'createDate', label: 'Creation time', visibleByDefault: false },
  ],
  pageSizes: DEFAULT_PAGE_SIZES,
  defaultPageSize: 50,
};

export function RolesPage() {
  const follow = useFollow();
  const [filteringText, setFilteringText] = useState('');
  const [selected, setSelected] = useState<Role[]>([]);
  const [deleting, setDeleting] = useState(false);
  const [preferences, setPreferences] = useTablePreferences(ROLES_TABLE);
  const search = useDebouncedValue(filteringText.trim());
  const { pages, cursor, record, go } = useCursorPages(JSON.stringify([search, preferences.pageSize]));
  const roles = useQuery(rolesQuery({ search, cursor, limit: preferences.pageSize }));
  useRecordPage(record, pages.index, roles.data, roles.isPlaceholderData);
  const items = roles.data?.items ?? [];
  const count = roles.data ? `${items.length}${pages.complete ? '' : '+'}` : undefined;

  const columns = columnDefinitions(ROLES_TABLE, roleCells(follow));

  return (
    <>
      <Table
        variant="full-page"
        items={items}
        columnDefinitions={columns}
        {...tablePreferenceProps(preferences)}
        trackBy="roleName"
        loading={roles.isPending || roles.isPlaceholderData}
        loadingText="Loading roles"
        selectionType="multi"
        selectedItems={selected}
        onSelectionChange={({ detail }) => setSelected(detail.selectedItems)}
        ariaLabels={{
          tableLabel: 'Roles',
          selectionGroupLabel: 'Select roles',
          allItemsSelectionLabel: () => 'Select all roles on this page',
          itemSelectionLabel: (_s, r) => `Select ${r.roleName}`,
        }}
        header={
          <Header
            variant="awsui-h1-sticky"
            counter={count ? `(${count})` : undefined}
            description="An IAM role is an identity with permissions that trusted entities assume for short-term credentials."
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button iconName="refresh" ariaLabel="Refresh roles" onClick={() => void roles.refetch()} />
                <Button disabled={selected.length === 0} onClick={() => setDeleting(true)}>
                  Delete
                </Button>
                <Button variant="primary" href="/roles/create" onFollow={follow}>
                  Create role
                </Button>
              </SpaceBetween>
            }
          >
            Roles
          </Header>
        }
        filter={
          <TextFilter
            filteringText={filteringText}
            filteringPlaceholder="Find roles by name"
            filteringAriaLabel="Find roles by name"
            filteringClearAriaLabel="Clear filter"
            onChange={({ detail }) => setFilteringText(detail.filteringText)}
            countText={roles.data && search && count ? matchesText(count) : undefined}
          />
        }
        preferences={
          <TablePreferencesButton
            config={ROLES_TABLE}
            preferences={preferences}
            onChange={setPreferences}
            itemsName="roles"
          />
        }
        pagination={
          roles.data ? <CursorPagination pages={pages} go={go} hideSinglePage={false} /> : undefined
        }
        empty={
          roles.error ? (
            <ErrorPanel
              error={roles.error}
              header="Roles could not be loaded"
              onRetry={() => void roles.refetch()}
            />
          ) : search ? (
            <Box textAlign="center" color="inherit">
              <b>No matches</b>
              <Box variant="p" color="inherit">
                No roles match the filter.
              </Box>
              <Button onClick={() => setFilteringText('')}>Clear filter</Button>
            </Box>
          ) : (
            <Box textAlign="center" color="inherit">
              <b>No roles</b>
              <Box variant="p" color="inherit">
                No roles to display.
              </Box>
              <Button href="/roles/create" onFollow={follow}>
                Create role
              </Button>
            </Box>
          )
        }
      />
      {deleting ? (
        <Suspense fallback={null}>
          <DeleteRolesModal
            roleNames={selected.map((r) => r.roleName)}
            onDismiss={() => setDeleting(false)}
            onDeleted={(names) => setSelected((s) => s.filter((r) => !names.includes(r.roleName)))}
          />
        </Suspense>
      ) : null}
    </>
  );
}

/** Each column's cell (its id and header come from ROLES_TABLE). */
function roleCells(follow: ReturnType<typeof useFollow>): Record<string, ColumnCell<Role>> {
  return {
    roleName: {
      isRowHeader: true,
      cell: (r) => (
        <Link href={`/roles/${encodeURIComponent(r.roleName)}`} onFollow={follow}>
          {r.roleName}
        </Link>
      ),
    },
    path: { cell: (r) => r.path },
    trusted: { cell: (r) => trustedEntitiesSummary(r.trustPolicy).join(', ') || '-' },
    lastActivity: { cell: (r) => formatAge(r.roleLastUsed) },
    arn: { cell: (r) => r.arn },
    createDate: { cell: (r) => formatDateTime(r.createDate) },
  };
}
