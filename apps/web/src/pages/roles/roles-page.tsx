// `/roles`: the account's IAM roles, paged by the server, filtered by name, with who may assume
// each one ("Trusted entities", read from its trust policy); bulk delete.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table, { type TableProps } from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { rolesQuery } from '../../api/roles-api.js';
import type { Role } from '../../api/roles-types.js';
import { useFollow } from '../../app/use-follow.js';
import { CursorPagination } from '../../components/entity-pickers/cursor-pagination.js';
import { useRecordPage } from '../../components/entity-pickers/use-record-page.js';
import { ErrorPanel } from '../../components/error-panel.js';
import { formatAge, formatDateTime } from '../../components/format-date.js';
import { trustedEntitiesSummary } from '../../components/trust-policy-builder/trusted-entities-summary.js';
import { useCursorPages } from '../../components/use-cursor-pages.js';
import { useDebouncedValue } from '../../components/use-debounced-value.js';
import { DeleteRolesModal } from './delete-roles-modal.js';

const PAGE_SIZE = 50;

export function RolesPage() {
  const follow = useFollow();
  const [filteringText, setFilteringText] = useState('');
  const [selected, setSelected] = useState<Role[]>([]);
  const [deleting, setDeleting] = useState(false);
  const search = useDebouncedValue(filteringText.trim());
  const { pages, cursor, record, go } = useCursorPages(search);
  const roles = useQuery(rolesQuery({ search, cursor, limit: PAGE_SIZE }));
  useRecordPage(record, pages.index, roles.data, roles.isPlaceholderData);
  const items = roles.data?.items ?? [];
  const count = roles.data ? `${items.length}${pages.complete ? '' : '+'}` : undefined;

  const columns: TableProps.ColumnDefinition<Role>[] = [
    {
      id: 'roleName',
      header: 'Role name',
      isRowHeader: true,
      cell: (r) => (
        <Link href={`/roles/${encodeURIComponent(r.roleName)}`} onFollow={follow}>
          {r.roleName}
        </Link>
      ),
    },
    {
      id: 'trusted',
      header: 'Trusted entities',
      cell: (r) => {
        const entries = trustedEntitiesSummary(r.trustPolicy);
        return entries.length ? entries.join(', ') : '-';
      },
    },
    { id: 'path', header: 'Path', cell: (r) => r.path },
    { id: 'lastActivity', header: 'Last activity', cell: (r) => formatAge(r.roleLastUsed) },
    { id: 'createDate', header: 'Creation time', cell: (r) => formatDateTime(r.createDate) },
  ];

  return (
    <>
      <Table
        variant="full-page"
        items={items}
        columnDefinitions={columns}
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
            onChange={({ detail }) => setFilteringText(detail.filteringText)}
            countText={roles.data && search ? `${count} matches` : undefined}
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
        <DeleteRolesModal
          roleNames={selected.map((r) => r.roleName)}
          onDismiss={() => setDeleting(false)}
          onDeleted={(names) => setSelected((s) => s.filter((r) => !names.includes(r.roleName)))}
        />
      ) : null}
    </>
  );
}
