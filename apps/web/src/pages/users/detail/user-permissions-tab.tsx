// The Permissions tab: every policy that applies to the user, attached directly or through a
// group; attach, create inline, and remove the user's own; and the summary of what they grant.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ButtonDropdown from '@cloudscape-design/components/button-dropdown';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { useQueries, useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useNavigate } from 'react-router';
import { groupAttachedPoliciesQuery, groupInlinePoliciesQuery } from '../../../api/queries/groups.js';
import {
  attachUserPolicy,
  userAttachedPoliciesQuery,
  userGroupsQuery,
  userInlinePoliciesQuery,
  userKeys,
  userQuery,
} from '../../../api/queries/users.js';
import { useFollow } from '../../../app/use-follow.js';
import { ErrorPanel } from '../../../components/error-panel.js';
import { PermissionsBoundarySection } from '../../../components/permissions-boundary/permissions-boundary-section.js';
import { EffectiveSummarySection } from '../../../components/policy-summary/effective-summary-section.js';
import { permissionRows, type GroupPolicies, type PermissionRow } from './permission-rows.js';
import { RemovePoliciesModal } from './remove-policies-modal.js';

// The policy picker is a sizeable table: loaded when the modal first opens, not with the page.
const AttachPoliciesModal = lazy(async () => ({
  default: (await import('../../../components/entity-permissions/attach-policies-modal.js'))
    .AttachPoliciesModal,
}));

export function UserPermissionsTab({ userName }: { userName: string }) {
  const follow = useFollow();
  const navigate = useNavigate();
  const [selected, setSelected] = useState<PermissionRow[]>([]);
  const [modal, setModal] = useState<'attach' | 'remove' | null>(null);
  const attached = useQuery(userAttachedPoliciesQuery(userName));
  const inline = useQuery(userInlinePoliciesQuery(userName));
  const groups = useQuery(userGroupsQuery(userName));
  const groupNames = groups.data?.items.map((g) => g.groupName) ?? [];
  const groupAttached = useQueries({ queries: groupNames.map((g) => groupAttachedPoliciesQuery(g)) });
  const groupInline = useQueries({ queries: groupNames.map((g) => groupInlinePoliciesQuery(g)) });

  const all = [attached, inline, groups, ...groupAttached, ...groupInline];
  const error = all.find((q) => q.error)?.error;
  const loading = all.some((q) => q.isPending);
  const perGroup: GroupPolicies[] = groupNames.map((groupName, i) => ({
    groupName,
    attached: groupAttached[i]?.data?.items ?? [],
    inlineNames: groupInline[i]?.data?.items.map((p) => p.policyName) ?? [],
  }));
  const rows = loading
    ? []
    : permissionRows(attached.data?.items ?? [], inline.data?.items.map((p) => p.policyName) ?? [], perGroup);
  const userPath = `/users/${encodeURIComponent(userName)}`;

  return (
    <SpaceBetween size="l">
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
          allItemsSelectionLabel: () => 'Select all policies attached directly',
          itemSelectionLabel: (_s, row) => `Select ${row.policyName} (${row.attachedVia})`,
        }}
        header={
          <Header
            counter={loading ? undefined : `(${rows.length})`}
            description="Permissions are defined by policies attached to the user directly or through groups."
            actions={
              <SpaceBetween direction="horizontal" size="xs">
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
                    if (detail.id === 'inline') navigate(`${userPath}/inline-policies/create`);
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
            cell: (row) =>
              row.type === 'Customer inline' && !row.groupName ? (
                <Link
                  href={`${userPath}/inline-policies/${encodeURIComponent(row.policyName)}`}
                  onFollow={follow}
                >
                  {row.policyName}
                </Link>
              ) : (
                row.policyName
              ),
          },
          { id: 'type', header: 'Type', cell: (row) => row.type },
          { id: 'via', header: 'Attached via', cell: (row) => row.attachedVia },
        ]}
        empty={
          error ? (
            <ErrorPanel error={error} header="Permissions could not be loaded" />
          ) : (
            <Box textAlign="center" color="inherit">
              <b>No permissions</b>
              <Box variant="p" color="inherit">
                This user has no policies, so every request it makes is denied.
              </Box>
            </Box>
          )
        }
      />
      <EffectiveSummarySection kind="user" name={userName} />
      {modal === 'attach' ? (
        <Suspense fallback={null}>
          <AttachPoliciesModal
            entityName={userName}
            attached={attached.data?.items.map((p) => p.policyArn) ?? []}
            attach={(policyArn) => attachUserPolicy(userName, policyArn)}
            invalidateKey={userKeys.detail(userName)}
            onDismiss={() => setModal(null)}
          />
        </Suspense>
      ) : null}
      {modal === 'remove' ? (
        <RemovePoliciesModal
          userName={userName}
          rows={selected}
          onDismiss={() => setModal(null)}
          onRemoved={() => setSelected([])}
        />
      ) : null}
      <UserBoundary userName={userName} />
    </SpaceBetween>
  );
}

/** The user's permissions boundary (GetUser carries it; the page has loaded the user already). */
function UserBoundary({ userName }: { userName: string }) {
  const user = useQuery(userQuery(userName));
  if (!user.data) return null;
  return (
    <PermissionsBoundarySection
      target={{ kind: 'user', name: userName }}
      boundary={user.data.permissionsBoundary}
    />
  );
}
