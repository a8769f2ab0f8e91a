// `/access-analyzer`: the account's findings, as IAM Access Analyzer's console lists them —
// Active, Archived or Resolved; external access or unused access; a filter on the resource;
// archive and unarchive of the selected findings; a rescan and the unused-access window.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import Pagination from '@cloudscape-design/components/pagination';
import SegmentedControl from '@cloudscape-design/components/segmented-control';
import Select, { type SelectProps } from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table, { type TableProps } from '@cloudscape-design/components/table';
import type { PropertyFilterProps } from '@cloudscape-design/components/property-filter';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { FindingSummary } from '@gatehouse/contracts/access-analyzer';
import {
  findingsQuery,
  startScan,
  updateFindings,
  type FindingListParams,
} from '../../api/access-analyzer-api.js';
import { PropertyFilter } from '../../app/lazy-filters.js';
import { useNotifications } from '../../app/notifications.js';
import { useFollow } from '../../app/use-follow.js';
import { ErrorPanel } from '../../components/error-panel.js';
import { formatDateTime } from '../../components/format-date.js';
import { PROPERTY_FILTER_I18N } from '../event-history/event-history-i18n.js';
import { AnalyzerSettingsModal } from './analyzer-settings-modal.js';
import { FINDING_FILTER_OPTIONS, FINDING_FILTER_PROPERTIES, findingFilter } from './finding-filters.js';
import {
  conditionText,
  FINDING_TYPE_LABELS,
  principalText,
  resourceLink,
  STATUS_LABELS,
  unusedText,
} from './finding-labels.js';
import { useWriteMutation } from '../../api/use-write-mutation.js';

type Status = NonNullable<FindingListParams['status']>;
const CATEGORY_OPTIONS: SelectProps.Option[] = [
  { value: '', label: 'All finding types' },
  { value: 'external', label: 'External access' },
  { value: 'unused', label: 'Unused access' },
];
const PAGE_SIZE = 50;

export function statusIndicator(status: FindingSummary['status']) {
  const type = status === 'ACTIVE' ? 'warning' : status === 'ARCHIVED' ? 'stopped' : 'success';
  return <StatusIndicator type={type}>{STATUS_LABELS[status]}</StatusIndicator>;
}

function columns(follow: ReturnType<typeof useFollow>): TableProps.ColumnDefinition<FindingSummary>[] {
  return [
    {
      id: 'id',
      header: 'Finding ID',
      cell: (f) => (
        <Link href={`/access-analyzer/findings/${f.id}`} onFollow={follow}>
          {f.id}
        </Link>
      ),
    },
    { id: 'type', header: 'Type', cell: (f) => FINDING_TYPE_LABELS[f.findingType] },
    {
      id: 'resource',
      header: 'Resource',
      cell: (f) => {
        const link = resourceLink(f.resource);
        return link ? (
          <Link href={link.href} onFollow={follow}>
            {f.resource}
          </Link>
        ) : (
          f.resource
        );
      },
    },
    {
      id: 'access',
      header: 'External principal or unused access',
      cell: (f) => (f.findingType === 'ExternalAccess' ? principalText(f) : unusedText(f, formatDateTime)),
    },
    {
      id: 'condition',
      header: 'Condition',
      cell: (f) => (f.findingType === 'ExternalAccess' ? conditionText(f) : '-'),
    },
    {
      id: 'public',
      header: 'Public',
      cell: (f) => (f.isPublic === undefined ? '-' : f.isPublic ? 'Yes' : 'No'),
    },
    { id: 'updated', header: 'Updated', cell: (f) => formatDateTime(f.updatedAt) },
    { id: 'status', header: 'Status', cell: (f) => statusIndicator(f.status) },
  ];
}

export function FindingsPage() {
  const follow = useFollow();
  const [search, setSearch] = useSearchParams();
  const status = (['ACTIVE', 'ARCHIVED', 'RESOLVED'].find((s) => s === search.get('status')) ??
    'ACTIVE') as Status;
  const category =
    search.get('category') === 'external' || search.get('category') === 'unused'
      ? search.get('category')!
      : '';
  const [query, setQuery] = useState<PropertyFilterProps.Query>({ tokens: [], operation: 'and' });
  const criteria = findingFilter(query);
  const [tokens, setTokens] = useState<(string | undefined)[]>([undefined]);
  const [page, setPage] = useState(0);
  const params: FindingListParams = {
    status,
    ...(category ? { category: category as 'external' | 'unused' } : {}),
    ...(criteria ? { filter: JSON.stringify(criteria) } : {}),
    limit: PAGE_SIZE,
    ...(tokens[page] ? { nextToken: tokens[page] } : {}),
  };
  const findings = useQuery(findingsQuery(params));
  const [selected, setSelected] = useState<FindingSummary[]>([]);
  const [settings, setSettings] = useState(false);
  const { notify } = useNotifications();
  const resetPages = () => {
    setTokens([undefined]);
    setPage(0);
    setSelected([]);
  };
  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(search);
    if (value) next.set(key, value);
    else next.delete(key);
    setSearch(next, { replace: true });
    resetPages();
  };
  const change = useWriteMutation('accessAnalyzer', {
    mutationFn: (to: 'ACTIVE' | 'ARCHIVED') =>
      updateFindings(
        selected.map((f) => f.id),
        to,
      ),
    onSuccess: async (_data, to) => {
      notify({
        type: 'success',
        content: `${selected.length} finding${selected.length === 1 ? '' : 's'} ${to === 'ARCHIVED' ? 'archived' : 'unarchived'}.`,
      });
      setSelected([]);
    },
    onError: (error) =>
      notify({
        type: 'error',
        header: 'The findings could not be updated',
        content: (error as Error).message,
      }),
  });
  const rescan = useWriteMutation('accessAnalyzer', {
    mutationFn: startScan,
  });
  const data = findings.data;
  const analysis = data?.analysis;
  const items = data?.findings ?? [];
  const analysed = analysis?.inProgress
    ? 'Analysis in progress…'
    : analysis?.analyzedAt
      ? `Last analyzed ${formatDateTime(analysis.analyzedAt)}.`
      : 'Not analyzed yet.';

  return (
    <>
      <Table
        variant="full-page"
        items={items}
        columnDefinitions={columns(follow)}
        // Long names and dates wrap so every column fits the window (e2e console-layout.spec.ts).
        wrapLines
        trackBy="id"
        selectionType={status === 'RESOLVED' ? undefined : 'multi'}
        selectedItems={selected}
        onSelectionChange={({ detail }) => setSelected(detail.selectedItems)}
        ariaLabels={{
          tableLabel: 'Findings',
          selectionGroupLabel: 'Findings selection',
          itemSelectionLabel: (_s, f) => `Select finding ${f.id}`,
          allItemsSelectionLabel: () => 'Select all findings',
        }}
        loading={findings.isPending}
        loadingText="Loading findings"
        header={
          <Header
            variant="awsui-h1-sticky"
            counter={data ? `(${items.length}${data.nextToken ? '+' : ''})` : undefined}
            description={`Roles that principals outside your zone of trust can assume, and roles, passwords, access keys and permissions unused for ${analysis?.unusedAccessAge ?? 90} days. ${analysed}`}
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button
                  iconName="refresh"
                  ariaLabel="Refresh findings"
                  onClick={() => void findings.refetch()}
                />
                <Button onClick={() => rescan.mutate()} loading={rescan.isPending || analysis?.inProgress}>
                  Rescan
                </Button>
                {status === 'ARCHIVED' ? (
                  <Button
                    disabled={selected.length === 0}
                    loading={change.isPending}
                    onClick={() => change.mutate('ACTIVE')}
                  >
                    Unarchive
                  </Button>
                ) : status === 'ACTIVE' ? (
                  <Button
                    disabled={selected.length === 0}
                    loading={change.isPending}
                    onClick={() => change.mutate('ARCHIVED')}
                  >
                    Archive
                  </Button>
                ) : null}
                <Button href="/access-analyzer/archive-rules" onFollow={follow}>
                  Archive rules
                </Button>
                <Button onClick={() => setSettings(true)} disabled={!analysis}>
                  Settings
                </Button>
              </SpaceBetween>
            }
          >
            Access analyzer findings
          </Header>
        }
        filter={
          <SpaceBetween direction="horizontal" size="xs">
            <SegmentedControl
              label="Finding status"
              selectedId={status}
              onChange={({ detail }) =>
                setParam('status', detail.selectedId === 'ACTIVE' ? '' : detail.selectedId)
              }
              options={[
                { id: 'ACTIVE', text: 'Active' },
                { id: 'ARCHIVED', text: 'Archived' },
                { id: 'RESOLVED', text: 'Resolved' },
              ]}
            />
            <Select
              selectedOption={CATEGORY_OPTIONS.find((o) => o.value === category) ?? CATEGORY_OPTIONS[0]!}
              onChange={({ detail }) => setParam('category', detail.selectedOption.value ?? '')}
              options={CATEGORY_OPTIONS}
              ariaLabel="Finding type"
            />
            <PropertyFilter
              query={query}
              onChange={({ detail }) => {
                setQuery(detail);
                resetPages();
              }}
              filteringProperties={FINDING_FILTER_PROPERTIES}
              filteringOptions={FINDING_FILTER_OPTIONS}
              disableFreeTextFiltering
              hideOperations
              i18nStrings={{
                ...PROPERTY_FILTER_I18N,
                filteringAriaLabel: 'Filter findings',
                filteringPlaceholder: 'Filter findings by property',
              }}
            />
          </SpaceBetween>
        }
        pagination={
          <Pagination
            currentPageIndex={page + 1}
            pagesCount={tokens.length}
            openEnd={Boolean(data?.nextToken)}
            onChange={({ detail }) => {
              const index = detail.currentPageIndex - 1;
              if (index >= tokens.length && data?.nextToken) setTokens([...tokens, data.nextToken]);
              setPage(index);
            }}
            ariaLabels={{
              nextPageLabel: 'Next page',
              previousPageLabel: 'Previous page',
              pageLabel: (n) => `Page ${n}`,
            }}
          />
        }
        empty={
          findings.error ? (
            <ErrorPanel
              error={findings.error}
              header="Findings could not be loaded"
              onRetry={() => void findings.refetch()}
            />
          ) : (
            <Box textAlign="center" color="inherit">
              <b>No {STATUS_LABELS[status].toLowerCase()} findings</b>
              <Box variant="p" color="inherit">
                {analysis?.inProgress
                  ? 'The analysis is still running.'
                  : 'Nothing to report for these filters.'}
              </Box>
            </Box>
          )
        }
      />
      {settings && analysis ? (
        <AnalyzerSettingsModal current={analysis} onDismiss={() => setSettings(false)} />
      ) : null}
    </>
  );
}
