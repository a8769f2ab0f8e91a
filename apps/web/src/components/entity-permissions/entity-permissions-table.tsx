// The "Permissions policies" table of a user, group or role: its managed policies (linked to the
// policy's page) and inline policies (linked to their editor); attach, create inline, remove. A
// user's table also lists what its groups give it ("Attached via"), which is removed on the group.
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
import type { InvalidatedResource } from '../../api/invalidation.js';
import type { AttachedPolicy, InlinePolicySummary, Page } from '../../api/types.js';
import { useFollow } from '../../app/use-follow.js';
import { ErrorPanel } from '../error-panel.js';
import {
  entityPermissionRows,
  userPermissionRows,
  type EntityPermissionRow,
  type GroupPolicies,
} from './entity-permission-rows.js';
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

/** A user's groups' policies, listed after the user's own and not removable from the user. */
export interface InheritedPolicies {
  groups: GroupPolicies[];
  loading: boolean;
  error: unknown;
  refetch: () => Promise<unknown>;
}

interface EntityPermissionsTableProps {
  /** The user's, group's or role's name. */
  entityName: string;
  /** e.g. "Users in the group get the permissions of these policies." */
  description: string;
  attached: UseQueryResult<Page<AttachedPolicy>>;
  inline: UseQueryResult<Page<InlinePolicySummary>>;
  operations: EntityPolicyOperations;
  /** What kind of entity it is: its entry in the invalidation map says what a change refreshes. */
  resource: InvalidatedResource;
  inherited?: InheritedPolicies;
  /** Where the inline policies' editor lives, e.g. `/groups/admins/inline-policies`. */
  inlinePoliciesPath: string;
  emptyText: string;
}

export function EntityPermissionsTable(props: EntityPermissionsTableProps) {
  const { entityName, attached, inline, operations, resource, inherited, inlinePoliciesPath } = props;
  const follow = useFollow();
  const navigate = useNavigate();
  const [selected, setSelected] = useState<EntityPermissionRow[]>([]);
  const [modal, setModal] = useState<'attach' | 'remove' | null>(null);
  const loading = attached.isPending || inline.isPending || Boolean(inherited?.loading);
  const error = attached.error ?? inline.error ?? inherited?.error;
  const attachedItems = attached.data?.items ?? [];
  const inlineNames = inline.data?.items.map((p) => p.policyName) ?? [];
  const rows = loading
    ? []
    : inherited
      ? userPermissionRows(attachedItems, inlineNames, inherited.groups)
      : entityPermissionRows(attachedItems, inlineNames);
  const inlineLink = (row: EntityPermissionRow) =>
    row.groupName
      ? `/groups/${encodeURIComponent(row.groupName)}/inline-policies/${encodeURIComponent(row.policyName)}`
      : `${inlinePoliciesPath}/${encodeURIComponent(row.policyName)}`;

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
        isItemDisabled={(row) => row.groupName !== undefined}
        ariaLabels={{
          tableLabel: 'Permissions policies',
          selectionGroupLabel: 'Select policies',
          allItemsSelectionLabel: () =>
            inherited ? 'Select all policies attached directly' : 'Select all policies',
          itemSelectionLabel: (_s, row) => `Select ${row.policyName} (${row.attachedVia ?? row.type})`,
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
                href={row.policyArn ? `/policies/${encodeURIComponent(row.policyArn)}` : inlineLink(row)}
                onFollow={follow}
              >
                {row.policyName}
              </Link>
            ),
          },
          { id: 'type', header: 'Type', cell: (row) => row.type },
          ...(inherited
            ? [{ id: 'via', header: 'Attached via', cell: (row: EntityPermissionRow) => row.attachedVia }]
            : []),
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
            resource={resource}
            onDismiss={() => setModal(null)}
          />
        </Suspense>
      ) : null}
      {modal === 'remove' ? (
        <RemovePoliciesModal
          entityName={entityName}
          rows={selected.filter((row) => row.groupName === undefined)}
          detach={operations.detach}
          deleteInline={operations.deleteInline}
          resource={resource}
          onDismiss={() => setModal(null)}
          onRemoved={() => setSelected([])}
        />
      ) : null}
    </>
  );

  async function refresh() {
    await Promise.all([attached.refetch(), inline.refetch(), inherited?.refetch()]);
  }
}
