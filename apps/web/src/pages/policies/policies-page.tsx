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
import Table, { type TableProps } from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { policiesQuery } from '../../api/queries/policies.js';
import type { ManagedPolicy, PolicyScope } from '../../api/types.js';
import { useFollow } from '../../app/use-follow.js';
import { CursorPagination } from '../../components/entity-pickers/cursor-pagination.js';
import { useRecordPage } from '../../components/entity-pickers/use-record-page.js';
import { ErrorPanel } from '../../components/error-panel.js';
import { formatDateTime } from '../../components/format-date.js';
import { useCursorPages } from '../../components/use-cursor-pages.js';
import { useDebouncedValue } from '../../components/use-debounced-value.js';
import { policyHref } from './policy-links.js';
import { policyTypeLabel, usageSummary } from './policy-labels.js';

const DeletePolicyModal = lazy(async () => ({
  default: (await import('./delete-policy-modal.js')).DeletePolicyModal,
}));

const PAGE_SIZE = 50;

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
  const search = useDebouncedValue(filteringText.trim());
  const { pages, cursor, record, go } = useCursorPages(`${scope}|${search}`);
  const policies = useQuery(policiesQuery({ scope, search, cursor, limit: PAGE_SIZE }));
  useRecordPage(record, pages.index, policies.data, policies.isPlaceholderData);
  const items = policies.data?.items ?? [];
  const count = policies.data ? `${items.length}${pages.complete ? '' : '+'}` : undefined;
  const chosen = selected[0];

  const columns: TableProps.ColumnDefinition<ManagedPolicy>[] = [
    {
      id: 'policyName',
      header: 'Policy name',
      isRowHeader: true,
      cell: (p) => (
        <Link href={policyHref(p.arn)} onFollow={follow}>
          {p.policyName}
        </Link>
      ),
    },
    { id: 'type', header: 'Type', cell: (p) => policyTypeLabel(p) },
    { id: 'usedAs', header: 'Used as', cell: (p) => usageSummary(p) },
    { id: 'attachments', header: 'Attached entities', cell: (p) => p.attachmentCount },
    { id: 'description', header: 'Description', cell: (p) => p.description || '-' },
    { id: 'updateDate', header: 'Edited time', cell: (p) => formatDateTime(p.updateDate) },
  ];

  return (
    <>
      <Table
        variant="full-page"
        items={items}
        columnDefinitions={columns}
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
            counter={count ? `(${count})` : undefined}
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
              onChange={({ detail }) => setFilteringText(detail.filteringText)}
              countText={policies.data && search ? `${count} matches` : undefined}
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
