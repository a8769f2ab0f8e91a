// Choose managed policies (AWS managed and customer managed) to attach: a server-filtered,
// cursor-paged table whose selection survives paging and filtering. AWS managed policies that
// AWS reserves for service-linked roles are shown but cannot be picked.
import Box from '@cloudscape-design/components/box';
import Header from '@cloudscape-design/components/header';
import Pagination from '@cloudscape-design/components/pagination';
import SegmentedControl from '@cloudscape-design/components/segmented-control';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { policiesQuery } from '../../api/queries/policies.js';
import type { ManagedPolicy, PolicyScope } from '../../api/types.js';
import { paginationProps, singlePage } from '../cursor-pages.js';
import { isAwsManaged } from './is-aws-managed.js';
import { policyAvailability } from './policy-availability.js';
import { ErrorPanel } from '../error-panel.js';
import { useCursorPages } from '../use-cursor-pages.js';
import { useDebouncedValue } from '../use-debounced-value.js';

export interface PickedPolicy {
  arn: string;
  policyName: string;
}

interface PolicyPickerProps {
  selected: PickedPolicy[];
  onChange: (selected: PickedPolicy[]) => void;
  /** ARNs already attached: shown, but not selectable again. */
  attached?: string[];
  header?: string;
  /** `single` picks one policy (a permissions boundary); the default picks several. */
  selectionType?: 'single' | 'multi';
}

export function PolicyPicker({
  selected,
  onChange,
  attached = [],
  header = 'Permissions policies',
  selectionType = 'multi',
}: PolicyPickerProps) {
  const [text, setText] = useState('');
  const [scope, setScope] = useState<PolicyScope>('All');
  const search = useDebouncedValue(text.trim());
  const { pages, cursor, record, go } = useCursorPages(`${scope}|${search}`);
  const query = useQuery(policiesQuery({ scope, search, cursor, limit: 25 }));
  const fresh = query.data && !query.isPlaceholderData ? query.data : undefined;
  const index = pages.index;
  useEffect(() => {
    if (fresh) record(index, fresh.nextCursor);
  }, [fresh, index, record]);

  const items = query.data?.items ?? [];
  const selectedItems = items.filter((p) => selected.some((s) => s.arn === p.arn));

  function onSelectionChange(visibleSelected: readonly ManagedPolicy[]) {
    const visible = new Set(items.map((p) => p.arn));
    const kept = selectionType === 'single' ? [] : selected.filter((s) => !visible.has(s.arn));
    onChange([...kept, ...visibleSelected.map((p) => ({ arn: p.arn, policyName: p.policyName }))]);
  }

  return (
    <Table
      items={items}
      trackBy="arn"
      selectionType={selectionType}
      selectedItems={selectedItems}
      isItemDisabled={(p) => !policyAvailability(p, attached).pickable}
      onSelectionChange={({ detail }) => onSelectionChange(detail.selectedItems)}
      loading={query.isPending || query.isPlaceholderData}
      loadingText="Loading policies"
      ariaLabels={{
        tableLabel: header,
        selectionGroupLabel: 'Select policies',
        allItemsSelectionLabel: () => 'Select all policies on this page',
        itemSelectionLabel: (_s, p) => `Select ${p.policyName}`,
      }}
      header={
        <Header counter={selected.length > 0 ? `(${selected.length} selected)` : undefined}>{header}</Header>
      }
      filter={
        <SpaceBetween direction="horizontal" size="xs">
          <TextFilter
            filteringClearAriaLabel="Clear filter"
            filteringText={text}
            filteringPlaceholder="Find policies by name"
            filteringAriaLabel="Find policies by name"
            onChange={({ detail }) => setText(detail.filteringText)}
          />
          <SegmentedControl
            label="Policy type"
            selectedId={scope}
            onChange={({ detail }) => setScope(detail.selectedId as PolicyScope)}
            options={[
              { id: 'All', text: 'All types' },
              { id: 'AWS', text: 'AWS managed' },
              { id: 'Local', text: 'Customer managed' },
            ]}
          />
        </SpaceBetween>
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
        { id: 'name', header: 'Policy name', cell: (p) => p.policyName, isRowHeader: true },
        {
          id: 'type',
          header: 'Type',
          cell: (p) => (isAwsManaged(p.arn) ? 'AWS managed' : 'Customer managed'),
        },
        {
          id: 'attached',
          header: 'Attached entities',
          cell: (p) => policyAvailability(p, attached).usage,
        },
        { id: 'description', header: 'Description', cell: (p) => p.description ?? '' },
      ]}
      empty={
        query.error ? (
          <ErrorPanel error={query.error} header="Policies could not be loaded" />
        ) : (
          <Box textAlign="center" color="inherit">
            <b>No policies</b>
            <Box variant="p" color="inherit">
              {search
                ? 'No policies match the filter.'
                : (query.data?.notice ?? 'There are no policies to attach.')}
            </Box>
          </Box>
        )
      }
    />
  );
}
