// `/organizations/accounts`: the organization as AWS's console shows it, a tree table of the root,
// its organizational units and accounts (expandable rows), with Add an AWS account and the
// Actions menu (create, rename or delete an OU; move an account). Behind the management gate.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ButtonDropdown, { type ButtonDropdownProps } from '@cloudscape-design/components/button-dropdown';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { organizationTreeQuery } from '../../../api/organizations-api.js';
import { useFollow } from '../../../app/use-follow.js';
import { ErrorPanel } from '../../../components/error-panel.js';
import { ManagementGate, type ManagementContext } from '../organization-gate.js';
import { buildOrgTree, filterTree, flattenTree, joinedText, pathsById, type OrgNode } from '../org-tree.js';
import { DeleteOuModal, CreateOuModal, RenameOuModal } from '../shared/ou-modals.js';
import { MoveAccountModal } from '../shared/move-account-modal.js';
import { NodeName } from '../shared/tree-cells.js';

type Dialog = 'create-ou' | 'rename-ou' | 'delete-ou' | 'move' | null;

export function AccountsPage() {
  return (
    <ManagementGate title="AWS accounts">{(context) => <AccountsTree context={context} />}</ManagementGate>
  );
}

function AccountsTree({ context }: { context: ManagementContext }) {
  const follow = useFollow();
  const tree = useQuery(organizationTreeQuery());
  const [filteringText, setFilteringText] = useState('');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [dialog, setDialog] = useState<Dialog>(null);

  const root = useMemo(() => (tree.data ? buildOrgTree(tree.data) : null), [tree.data]);
  const shown = useMemo(() => (root ? filterTree(root, filteringText) : null), [root, filteringText]);
  const paths = useMemo(() => (root ? pathsById(root) : new Map<string, string>()), [root]);
  const all = useMemo(() => (shown ? flattenTree(shown).map((e) => e.node) : []), [shown]);
  // Every container starts open, as the whole tree is the point of the page; a filter opens all.
  const expanded = all.filter(
    (n) => n.kind !== 'account' && (filteringText.trim() !== '' || !collapsed.has(n.id)),
  );
  const selected = all.find((n) => n.id === selectedId) ?? null;
  const accountCount = tree.data?.accounts.length;

  const parentForNew = selected
    ? selected.kind === 'account'
      ? selected.parentId!
      : selected.id
    : context.rootId;
  const actions: ButtonDropdownProps.ItemOrGroup[] = [
    {
      text: 'Organizational unit',
      items: [
        { id: 'create-ou', text: 'Create new', disabled: !root },
        { id: 'rename-ou', text: 'Rename', disabled: selected?.kind !== 'ou' },
        { id: 'delete-ou', text: 'Delete', disabled: selected?.kind !== 'ou' },
      ],
    },
    {
      text: 'AWS account',
      items: [{ id: 'move', text: 'Move', disabled: selected?.kind !== 'account' }],
    },
  ];

  return (
    <>
      <Table<OrgNode>
        variant="full-page"
        items={shown ? [shown] : []}
        trackBy="id"
        loading={tree.isPending}
        loadingText="Loading the organization"
        selectionType="single"
        selectedItems={selected ? [selected] : []}
        onSelectionChange={({ detail }) => setSelectedId(detail.selectedItems[0]?.id ?? null)}
        expandableRows={{
          getItemChildren: (node) => node.children,
          isItemExpandable: (node) => node.kind !== 'account' && node.children.length > 0,
          expandedItems: expanded,
          onExpandableItemToggle: ({ detail }) =>
            setCollapsed((previous) => {
              const next = new Set(previous);
              if (detail.expanded) next.delete(detail.item.id);
              else next.add(detail.item.id);
              return next;
            }),
        }}
        ariaLabels={{
          tableLabel: 'Organization structure',
          selectionGroupLabel: 'Select an organizational unit or account',
          itemSelectionLabel: (_s, node) => `Select ${node.name}`,
          expandButtonLabel: (node) => `Expand ${node.name}`,
          collapseButtonLabel: (node) => `Collapse ${node.name}`,
        }}
        columnDefinitions={[
          {
            id: 'name',
            header: 'Organizational structure',
            isRowHeader: true,
            cell: (node) => <NodeName node={node} follow={follow} />,
          },
          { id: 'id', header: 'ID', cell: (node) => node.id },
          { id: 'email', header: 'Email', cell: (node) => node.account?.email ?? '' },
          { id: 'joined', header: 'Joined', cell: (node) => joinedText(node) },
        ]}
        header={
          <Header
            variant="awsui-h1-sticky"
            counter={accountCount === undefined ? undefined : `(${accountCount})`}
            description="The accounts of your organization, arranged in organizational units under the root. Policies attached to a unit apply to everything below it."
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button
                  iconName="refresh"
                  ariaLabel="Refresh the organization"
                  onClick={() => void tree.refetch()}
                />
                <ButtonDropdown items={actions} onItemClick={({ detail }) => setDialog(detail.id as Dialog)}>
                  Actions
                </ButtonDropdown>
                <Button variant="primary" href="/organizations/accounts/add" onFollow={follow}>
                  Add an AWS account
                </Button>
              </SpaceBetween>
            }
          >
            AWS accounts
          </Header>
        }
        filter={
          <TextFilter
            filteringText={filteringText}
            filteringPlaceholder="Find accounts or organizational units by name, ID or email"
            filteringAriaLabel="Find accounts or organizational units"
            filteringClearAriaLabel="Clear filter"
            onChange={({ detail }) => setFilteringText(detail.filteringText)}
          />
        }
        empty={
          tree.error ? (
            <ErrorPanel
              error={tree.error}
              header="The organization could not be loaded"
              onRetry={() => void tree.refetch()}
            />
          ) : (
            <Box textAlign="center" color="inherit">
              <b>No matches</b>
              <Box variant="p" color="inherit">
                Nothing in the organization matches the filter.
              </Box>
              <Button onClick={() => setFilteringText('')}>Clear filter</Button>
            </Box>
          )
        }
      />
      {root && dialog === 'create-ou' ? (
        <CreateOuModal
          parentId={parentForNew}
          parentPath={paths.get(parentForNew) ?? 'Root'}
          onDismiss={() => setDialog(null)}
        />
      ) : null}
      {selected?.kind === 'ou' && dialog === 'rename-ou' ? (
        <RenameOuModal id={selected.id} name={selected.name} onDismiss={() => setDialog(null)} />
      ) : null}
      {selected?.kind === 'ou' && dialog === 'delete-ou' ? (
        <DeleteOuModal
          id={selected.id}
          name={selected.name}
          onDismiss={() => setDialog(null)}
          onDeleted={() => setSelectedId(null)}
        />
      ) : null}
      {root && selected?.kind === 'account' && dialog === 'move' ? (
        <MoveAccountModal root={root} account={selected} onDismiss={() => setDialog(null)} />
      ) : null}
    </>
  );
}
