// `/policies`: managed policies, customer managed and AWS managed (about 1,600, so searched and
// paged by the server), filtered by type and by name, with how many of this account's entities
// use each; delete a customer managed one.
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { policiesQuery } from '../../api/queries/policies.js';
import type { ManagedPolicy, PolicyScope } from '../../api/types.js';
import { useFollow } from '../../app/use-follow.js';
import { CursorPagination } from '../../components/cursor-pagination.js';
import { useRecordPage } from '../../components/use-record-page.js';
import { ErrorPanel } from '../../components/error-panel.js';
import { formatDateTime } from '../../components/format-date.js';
import { TablePreferencesButton } from '../../components/table-preferences/table-preferences-button.js';
import {
  columnDefinitions,
  DEFAULT_PAGE_SIZES,
  tablePreferenceProps,
  type ColumnCell,
  type TablePreferencesConfig,
} from '../../components/table-preferences/table-preferences.js';
import { useTablePreferences } from '../../components/table-preferences/use-table-preferences.js';
import { useCursorPages } from '../../components/use-cursor-pages.js';
import { useDebouncedValue } from '../../components/use-debounced-value.js';
import { policyHref } from './policy-links.js';
import { policyTypeLabel, usageSummary } from './policy-labels.js';

const DeletePolicyModal = lazy(async () => ({
  default: (await import('./delete-policy-modal.js')).DeletePolicyModal,
}));

/** AWS's console shows a policy's name, type, use and description until asked for more. */
const POLICIES_TABLE: TablePreferencesConfig = {
  tableId: 'policies',
  columns: [
    { id: 'policyName', label: 'Policy name', visibleByDefault: true, alwaysVisible: true },
    { id: 'type', label: 'Type', visibleByDefault: true },
    { id: 'usedAs', label: 'Used as', visibleByDefault: true },
    { id: 'attachments', label: 'Attached entities', visibleByDefault: false },
    { id: 'description', label: 'Description', visibleByDefault: true },
    { id: 'path', label: 'Path', visibleByDefault: false },
    { id: 'arn', label: 'ARN', visibleByDefault: false },
    { id: 'createDate', label: 'Creation time', visibleByDefault: false },
    { id: 'updateDate', label: 'Edited time', visibleByDefault: true },
  ],
  pageSizes: DEFAULT_PAGE_SIZES,
  defaultPageSize: 50,
};

const TYPE_OPTIONS: { value: PolicyScope; label: string }[] = [
  { value: 'All', label: 'All types' },
  { value: 'Local', label: 'Customer managed' },
  { value: 'AWS', label: 'AWS managed' },
];

export function PoliciesPage() {
  const follow = useFollow();
  const [filteringText, setFilteringText] = useState('');
  const [scope, setScope] = useState<PolicyScope>('All');
  const [selected, setSelected] = useState<ManagedPolicy[]>([]);
  const [deleting, setDeleting] = useState(false);
  const [preferences, setPreferences] = useTablePreferences(POLICIES_TABLE);
  const search = useDebouncedValue(filteringText.trim());
  const { pages, cursor, record, go } = useCursorPages(`${scope}|${search}|${preferences.pageSize}`);
  const policies = useQuery(policiesQuery({ scope, search, cursor, limit: preferences.pageSize }));
  useRecordPage(record, pages.index, policies.data, policies.isPlaceholderData);
  const items = policies.data?.items ?? [];
  const total = useFilterTotal(`${scope}|${search}`, policies.isPlaceholderData ? undefined : policies.data);
  const chosen = selected[0];

  const columns = columnDefinitions(POLICIES_TABLE, policyCells(follow));

  return (
    <>
      <Table
        variant="full-page"
        items={items}
        columnDefinitions={columns}
        {...tablePreferenceProps(preferences)}
        trackBy="arn"
        loading={policies.isPending || policies.isPlaceholderData}
        loadingText="Loading policies"
        selectionType="single"
        selectedItems={selected}
        onSelectionChange={({ detail }) => setSelected(detail.selectedItems)}
        ariaLabels={{
          tableLabel: 'Policies',
          selectionGroupLabel: 'Select a policy',
          itemSelectionLabel: (_s, p) => `Select ${p.policyName}`,
        }}
        header={
          <Header
            variant="awsui-h1-sticky"
            counter={total !== undefined ? `(${total})` : undefined}
            description="A policy is an object that defines permissions when it is attached to an identity."
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button
                  iconName="refresh"
                  ariaLabel="Refresh policies"
                  onClick={() => void policies.refetch()}
                />
                <Button
                  disabled={!chosen || chosen.scope === 'AWS'}
                  disabledReason={chosen ? 'AWS managed policies cannot be deleted.' : 'Select a policy.'}
                  onClick={() => setDeleting(true)}
                >
                  Delete
                </Button>
                <Button variant="primary" href="/policies/create" onFollow={follow}>
                  Create policy
                </Button>
              </SpaceBetween>
            }
          >
            Policies
          </Header>
        }
        filter={
          <SpaceBetween direction="horizontal" size="xs">
            <TextFilter
              filteringText={filteringText}
              filteringPlaceholder="Find policies by name"
              filteringAriaLabel="Find policies by name"
              filteringClearAriaLabel="Clear filter"
              onChange={({ detail }) => setFilteringText(detail.filteringText)}
              countText={
                total !== undefined && search ? `${total} ${total === 1 ? 'match' : 'matches'}` : undefined
              }
            />
            <Select
              ariaLabel="Filter by type"
              selectedOption={TYPE_OPTIONS.find((o) => o.value === scope) ?? null}
              onChange={({ detail }) =>
                setScope((detail.selectedOption.value as PolicyScope | undefined) ?? 'All')
              }
              options={TYPE_OPTIONS}
            />
          </SpaceBetween>
        }
        preferences={
          <TablePreferencesButton
            config={POLICIES_TABLE}
            preferences={preferences}
            onChange={setPreferences}
            itemsName="policies"
          />
        }
        pagination={
          policies.data ? <CursorPagination pages={pages} go={go} hideSinglePage={false} /> : undefined
        }
        empty={
          policies.error ? (
            <ErrorPanel
              error={policies.error}
              header="Policies could not be loaded"
              onRetry={() => void policies.refetch()}
            />
          ) : policies.data?.notice ? (
            <Alert type="warning" header="AWS managed policies are not available">
              {policies.data.notice}
            </Alert>
          ) : search || scope !== 'All' ? (
            <Box textAlign="center" color="inherit">
              <b>No matches</b>
              <Box variant="p" color="inherit">
                No policies match the filter.
              </Box>
              <Button
                onClick={() => {
                  setFilteringText('');
                  setScope('All');
                }}
              >
                Clear filters
              </Button>
            </Box>
          ) : (
            <Box textAlign="center" color="inherit">
              <b>No policies</b>
              <Box variant="p" color="inherit">
                No policies to display.
              </Box>
              <Button href="/policies/create" onFollow={follow}>
                Create policy
              </Button>
            </Box>
          )
        }
      />
      {deleting && chosen ? (
        <Suspense fallback={null}>
          <DeletePolicyModal
            policy={chosen}
            onDismiss={() => setDeleting(false)}
            onDeleted={() => setSelected([])}
          />
        </Suspense>
      ) : null}
    </>
  );
}

/**
 * How many policies the type and the search match over every page, as the server counts them.
 * While another page of the same filter loads, the count read with the last one stands; while
 * another filter's page stands in for this one's, there is none (it would be that filter's).
 */
function useFilterTotal(filterKey: string, page: { total?: number } | undefined): number | undefined {
  const [known, setKnown] = useState<{ key: string; total: number }>();
  const fresh = page?.total;
  if (fresh !== undefined && (known?.key !== filterKey || known.total !== fresh)) {
    setKnown({ key: filterKey, total: fresh });
  }
  return fresh ?? (known?.key === filterKey ? known.total : undefined);
}

/** Each column's cell (its id and header come from POLICIES_TABLE). */
function policyCells(follow: ReturnType<typeof useFollow>): Record<string, ColumnCell<ManagedPolicy>> {
  return {
    policyName: {
      isRowHeader: true,
      cell: (p) => (
        <Link href={policyHref(p.arn)} onFollow={follow}>
          {p.policyName}
        </Link>
      ),
    },
    type: { cell: (p) => policyTypeLabel(p) },
    usedAs: { cell: (p) => usageSummary(p) },
    attachments: { cell: (p) => p.attachmentCount },
    description: { cell: (p) => p.description || '-' },
    path: { cell: (p) => p.path },
    arn: { cell: (p) => p.arn },
    createDate: { cell: (p) => formatDateTime(p.createDate) },
    updateDate: { cell: (p) => formatDateTime(p.updateDate) },
  };
}
