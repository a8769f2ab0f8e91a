// Choose managed policies (AWS managed and customer managed) to attach: a server-filtered,
// cursor-paged table whose selection survives paging and filtering. AWS managed policies that
// AWS reserves for service-linked roles are shown but cannot be picked.
import Header from '@cloudscape-design/components/header';
import SegmentedControl from '@cloudscape-design/components/segmented-control';
import { useState } from 'react';
import { policiesQuery } from '../../api/queries/policies.js';
import type { ManagedPolicy, PolicyScope } from '../../api/types.js';
import { isAwsManaged } from './is-aws-managed.js';
import { PickerTable, selectedCounter } from './picker-table.js';
import { policyAvailability } from './policy-availability.js';
import { usePickerPage } from './use-picker-page.js';

const nouns = { plural: 'policies', filtered: 'policies', title: 'Policies' };

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
  const [scope, setScope] = useState<PolicyScope>('All');
  const page = usePickerPage((p) => policiesQuery({ ...p, scope, limit: 25 }), scope);
  const { items, query } = page;
  const selectedItems = items.filter((p) => selected.some((s) => s.arn === p.arn));

  function onSelectionChange(visibleSelected: readonly ManagedPolicy[]) {
    const visible = new Set(items.map((p) => p.arn));
    const kept = selectionType === 'single' ? [] : selected.filter((s) => !visible.has(s.arn));
    onChange([...kept, ...visibleSelected.map((p) => ({ arn: p.arn, policyName: p.policyName }))]);
  }

  return (
    <PickerTable<ManagedPolicy>
      page={page}
      nouns={nouns}
      emptyText={query.data?.notice ?? 'There are no policies to attach.'}
      tableLabel={header}
      itemName={(p) => p.policyName}
      trackBy="arn"
      selectionType={selectionType}
      selectedItems={selectedItems}
      isItemDisabled={(p) => !policyAvailability(p, attached).pickable}
      onSelectionChange={({ detail }) => onSelectionChange(detail.selectedItems)}
      header={<Header counter={selectedCounter(selected.length)}>{header}</Header>}
      moreFilters={
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
    />
  );
}
