// Choose IAM roles (attach a policy to roles), filtered by name on the server; the selection
// survives paging and filtering.
import Box from '@cloudscape-design/components/box';
import Header from '@cloudscape-design/components/header';
import Table from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { rolesQuery } from '../../api/roles-api.js';
import type { Role } from '../../api/roles-types.js';
import { ErrorPanel } from '../error-panel.js';
import { useCursorPages } from '../use-cursor-pages.js';
import { useDebouncedValue } from '../use-debounced-value.js';
import { trustedEntitiesSummary } from '../trust-policy-builder/trusted-entities-summary.js';
import { CursorPagination } from './cursor-pagination.js';
import { useRecordPage } from './use-record-page.js';

interface RolePickerProps {
  selected: string[];
  onChange: (roleNames: string[]) => void;
  unavailable?: string[];
  unavailableText?: string;
  header?: string;
}

export function RolePicker(props: RolePickerProps) {
  const { selected, onChange, unavailable = [], unavailableText = 'already added', header = 'Roles' } = props;
  const [text, setText] = useState('');
  const search = useDebouncedValue(text.trim());
  const { pages, cursor, record, go } = useCursorPages(search);
  const query = useQuery(rolesQuery({ search, cursor, limit: 25 }));
  useRecordPage(record, pages.index, query.data, query.isPlaceholderData);
  const items = query.data?.items ?? [];

  function onSelectionChange(visibleSelected: readonly Role[]) {
    const visible = new Set(items.map((r) => r.roleName));
    onChange([...selected.filter((n) => !visible.has(n)), ...visibleSelected.map((r) => r.roleName)]);
  }

  return (
    <Table
      items={items}
      trackBy="roleName"
      selectionType="multi"
      selectedItems={items.filter((r) => selected.includes(r.roleName))}
      isItemDisabled={(r) => unavailable.includes(r.roleName)}
      onSelectionChange={({ detail }) => onSelectionChange(detail.selectedItems)}
      loading={query.isPending || query.isPlaceholderData}
      loadingText="Loading roles"
      ariaLabels={{
        tableLabel: header,
        selectionGroupLabel: 'Select roles',
        allItemsSelectionLabel: () => 'Select all roles on this page',
        itemSelectionLabel: (_s, r) => `Select ${r.roleName}`,
      }}
      header={
        <Header counter={selected.length > 0 ? `(${selected.length} selected)` : undefined}>{header}</Header>
      }
      filter={
        <TextFilter
          filteringClearAriaLabel="Clear filter"
          filteringText={text}
          filteringPlaceholder="Find roles by name"
          filteringAriaLabel="Find roles by name"
          onChange={({ detail }) => setText(detail.filteringText)}
        />
      }
      pagination={query.data ? <CursorPagination pages={pages} go={go} /> : undefined}
      columnDefinitions={[
        {
          id: 'name',
          header: 'Role name',
          isRowHeader: true,
          cell: (r) => (unavailable.includes(r.roleName) ? `${r.roleName} (${unavailableText})` : r.roleName),
        },
        {
          id: 'trusted',
          header: 'Trusted entities',
          cell: (r) => trustedEntitiesSummary(r.trustPolicy).join(', ') || '-',
        },
      ]}
      empty={
        query.error ? (
          <ErrorPanel error={query.error} header="Roles could not be loaded" />
        ) : (
          <Box textAlign="center" color="inherit">
            <b>No roles</b>
            <Box variant="p" color="inherit">
              {search ? 'No roles match the filter.' : 'There are no roles in this account yet.'}
            </Box>
          </Box>
        )
      }
    />
  );
}
