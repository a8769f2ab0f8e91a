// The "Permissions policies" table of a group or a role: its managed policies (linked to the
// policy's page) and inline policies (linked to their editor); attach, create inline, remove.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ButtonDropdown from '@cloudscape-design/components/button-dropdown';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import type { UseQueryResult } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useNavigate } from 'react-router';
import type { AttachedPolicy, InlinePolicySummary, Page } from '../../api/types.js';
import { useFollow } from '../../app/use-follow.js';
import { ErrorPanel } from '../error-panel.js';
import { entityPermissionRows, type EntityPermissionRow } from './entity-permission-rows.js';
import { RemovePoliciesModal } from './remove-policies-modal.js';

// The policy picker is a sizeable table: loaded when the modal first opens.
const AttachPoliciesModal = lazy(async () => ({
  default: (await import('./attach-policies-modal.js')).AttachPoliciesModal,
}));

export interface EntityPolicyOperations {
  attach: (policyArn: string) => Promise<unknown>;
  detach: (policyArn: string) => Promise<unknown>;
  deleteInline: (policyName: string) => Promise<unknown>;
}

interface EntityPermissionsTableProps {
  /** The group's or role's name. */
  entityName: string;
  /** e.g. "Users in the group get the permissions of these policies." */
  description: string;
  attached: UseQueryResult<Page<AttachedPolicy>>;
  inline: UseQueryResult<Page<InlinePolicySummary>>;
  operations: EntityPolicyOperations;
  invalidateKey: readonly unknown[];
  /** Where the inline policies' editor lives, e.g. `/groups/admins/inline-policies`. */
  inlinePoliciesPath: string;
  emptyText: string;
}

export function EntityPermissionsTable(props: EntityPermissionsTableProps) {
  const { entityName, attached, inline, operations, invalidateKey, inlinePoliciesPath } = props;
  const follow = useFollow();
  const navigate = useNavigate();
  const [selected, setSelected] = useState<EntityPermissionRow[]>([]);
  const [modal, setModal] = useState<'attach' | 'remove' | null>(null);
  const loading = attached.isPending || inline.isPending;
  const error = attached.error ?? inline.error;
  const rows = loading
    ? []
    : entityPermissionRows(attached.data?.items ?? [], inline.data?.items.map((p) => p.policyName) ?? []);

  return (
    <>
      <Table
        items={rows}
        trackBy="id"
        loading={loading}
        loadingText="Loading permissions"
        selectionType="multi"
        selectedItems={selected}
        onSelectionChange={({ detail }) => setSelected(detail.selectedItems)}
        ariaLabels={{
          tableLabel: 'Permissions policies',
          selectionGroupLabel: 'Select policies',
          allItemsSelectionLabel: () => 'Select all policies',
          itemSelectionLabel: (_s, row) => `Select ${row.policyName} (${row.type})`,
        }}
        header={
          <Header
            counter={loading ? undefined : `(${rows.length})`}
            description={props.description}
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button iconName="refresh" ariaLabel="Refresh permissions" onClick={() => void refresh()} />
                <Button disabled={selected.length === 0} onClick={() => setModal('remove')}>
                  Remove
                </Button>
                <ButtonDropdown
                  variant="primary"
                  items={[
                    { id: 'attach', text: 'Attach policies' },
                    { id: 'inline', text: 'Create inline policy' },
                  ]}
                  onItemClick={({ detail }) => {
                    if (detail.id === 'attach') setModal('attach');
                    if (detail.id === 'inline') navigate(`${inlinePoliciesPath}/create`);
                  }}
                >
                  Add permissions
                </ButtonDropdown>
              </SpaceBetween>
            }
          >
            Permissions policies
          </Header>
        }
        columnDefinitions={[
          {
            id: 'name',
            header: 'Policy name',
            isRowHeader: true,
            cell: (row) => (
              <Link
                href={
                  row.policyArn
                    ? `/policies/${encodeURIComponent(row.policyArn)}`
                    : `${inlinePoliciesPath}/${encodeURIComponent(row.policyName)}`
                }
                onFollow={follow}
              >
                {row.policyName}
              </Link>
            ),
          },
          { id: 'type', header: 'Type', cell: (row) => row.type },
        ]}
        empty={
          error ? (
            <ErrorPanel error={error} header="Permissions could not be loaded" />
          ) : (
            <Box textAlign="center" color="inherit">
              <b>No permissions policies</b>
              <Box variant="p" color="inherit">
                {props.emptyText}
              </Box>
            </Box>
          )
        }
      />
      {modal === 'attach' ? (
        <Suspense fallback={null}>
          <AttachPoliciesModal
            entityName={entityName}
            attached={attached.data?.items.map((p) => p.policyArn) ?? []}
            attach={operations.attach}
            invalidateKey={invalidateKey}
            onDismiss={() => setModal(null)}
          />
        </Suspense>
      ) : null}
      {modal === 'remove' ? (
        <RemovePoliciesModal
          entityName={entityName}
          rows={selected}
          detach={operations.detach}
          deleteInline={operations.deleteInline}
          invalidateKey={invalidateKey}
          onDismiss={() => setModal(null)}
          onRemoved={() => setSelected([])}
        />
      ) : null}
    </>
  );

  async function refresh() {
    await Promise.all([attached.refetch(), inline.refetch()]);
  }
}
