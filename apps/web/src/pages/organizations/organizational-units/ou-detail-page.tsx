// `/organizations/organizational-units/:ouId`: one organizational unit — its details and path, the
// OUs and accounts directly in it, and its service control policies (attached and inherited), all
// from one request. Rename, delete and create a child OU from the header.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ButtonDropdown from '@cloudscape-design/components/button-dropdown';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import Table from '@cloudscape-design/components/table';
import Tabs from '@cloudscape-design/components/tabs';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { organizationalUnitQuery, organizationTreeQuery } from '../../../api/organizations-api.js';
import type { OrganizationalUnitDetail } from '../../../api/organizations-types.js';
import { useFollow } from '../../../app/use-follow.js';
import { ErrorPanel } from '../../../components/error-panel.js';
import { ManagementGate } from '../organization-gate.js';
import { joinedText, type OrgNode } from '../org-tree.js';
import { ORGANIZATION_PATHS } from '../organizations-navigation.js';
import { scpsEnabled } from '../scp-enabled.js';
import { CreateOuModal, DeleteOuModal, RenameOuModal } from '../shared/ou-modals.js';
import { TargetPolicies } from '../shared/target-policies.js';
import { KIND_LABELS, NodeName } from '../shared/tree-cells.js';

type Dialog = 'rename' | 'delete' | 'create-child' | null;

export function OuDetailPage() {
  const ouId = useParams().ouId ?? '';
  return <ManagementGate title={ouId}>{() => <OuDetailView ouId={ouId} />}</ManagementGate>;
}

function OuDetailView({ ouId }: { ouId: string }) {
  const follow = useFollow();
  const navigate = useNavigate();
  const detail = useQuery(organizationalUnitQuery(ouId));
  // The root's policy types (whether SCPs are enabled); shared with the other organization pages.
  const tree = useQuery(organizationTreeQuery());
  const [dialog, setDialog] = useState<Dialog>(null);
  const children = useMemo(() => (detail.data ? childNodes(detail.data) : []), [detail.data]);

  if (detail.isPending) return <Spinner size="large" />;
  if (detail.error) {
    return (
      <ContentLayout header={<Header variant="h1">{ouId}</Header>}>
        <ErrorPanel
          error={detail.error}
          header={`Organizational unit ${ouId} could not be loaded`}
          onRetry={() => void detail.refetch()}
        />
      </ContentLayout>
    );
  }
  const { organizationalUnit: ou, path, policies } = detail.data;
  const pathText = [...path.map((p) => p.name), ou.name].join('/');

  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          actions={
            <ButtonDropdown
              items={[
                { id: 'create-child', text: 'Create new organizational unit in it' },
                { id: 'rename', text: 'Rename' },
                { id: 'delete', text: 'Delete' },
              ]}
              onItemClick={({ detail: item }) => setDialog(item.id as Dialog)}
            >
              Actions
            </ButtonDropdown>
          }
        >
          {ou.name}
        </Header>
      }
    >
      <SpaceBetween size="l">
        <Container header={<Header variant="h2">Organizational unit details</Header>}>
          <KeyValuePairs
            columns={3}
            items={[
              { label: 'Name', value: ou.name },
              { label: 'ID', value: ou.id },
              { label: 'ARN', value: ou.arn },
              { label: 'Path', value: pathText.split('/').join(' / ') },
            ]}
          />
        </Container>
        <Tabs
          ariaLabel="Organizational unit details"
          tabs={[
            {
              id: 'children',
              label: 'Children',
              content: <ChildrenTable name={ou.name} items={children} follow={follow} />,
            },
            {
              id: 'policies',
              label: 'Policies',
              content: (
                <TargetPolicies
                  targetId={ou.id}
                  targetName={ou.name}
                  attached={policies.attached}
                  inherited={policies.inherited}
                  enabled={scpsEnabled(tree.data)}
                />
              ),
            },
          ]}
        />
      </SpaceBetween>
      {dialog === 'create-child' ? (
        <CreateOuModal parentId={ou.id} parentPath={pathText} onDismiss={() => setDialog(null)} />
      ) : null}
      {dialog === 'rename' ? (
        <RenameOuModal id={ou.id} name={ou.name} onDismiss={() => setDialog(null)} />
      ) : null}
      {dialog === 'delete' ? (
        <DeleteOuModal
          id={ou.id}
          name={ou.name}
          onDismiss={() => setDialog(null)}
          onDeleted={() => navigate(ORGANIZATION_PATHS.accounts)}
        />
      ) : null}
    </ContentLayout>
  );
}

const byName = (a: OrgNode, b: OrgNode) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id);

/** The OU's children as tree nodes: OUs first, then accounts, each by name (as the tree lists them). */
function childNodes(detail: OrganizationalUnitDetail): OrgNode[] {
  const ous: OrgNode[] = detail.children.organizationalUnits.map((c) => ({
    id: c.id,
    kind: 'ou',
    name: c.name,
    arn: c.arn,
    parentId: c.parentId,
    children: [],
  }));
  const accounts: OrgNode[] = detail.children.accounts.map((a) => ({
    id: a.id,
    kind: 'account',
    name: a.name,
    arn: a.arn,
    parentId: a.parentId,
    account: a,
    children: [],
  }));
  return [...ous.sort(byName), ...accounts.sort(byName)];
}

function ChildrenTable({
  name,
  items,
  follow,
}: {
  name: string;
  items: OrgNode[];
  follow: ReturnType<typeof useFollow>;
}) {
  return (
    <Table<OrgNode>
      items={items}
      trackBy="id"
      ariaLabels={{ tableLabel: `Children of ${name}` }}
      columnDefinitions={[
        {
          id: 'name',
          header: 'Name',
          isRowHeader: true,
          cell: (child) => <NodeName node={child} follow={follow} />,
        },
        { id: 'type', header: 'Type', cell: (child) => KIND_LABELS[child.kind] },
        { id: 'id', header: 'ID', cell: (child) => child.id },
        { id: 'email', header: 'Email', cell: (child) => child.account?.email ?? '' },
        { id: 'joined', header: 'Joined', cell: (child) => joinedText(child) },
      ]}
      header={
        <Header variant="h2" counter={`(${items.length})`}>
          Children
        </Header>
      }
      empty={
        <Box textAlign="center" color="inherit">
          <b>Empty</b>
          <Box variant="p" color="inherit">
            No organizational units or accounts are in {name}.
          </Box>
          <Button href={ORGANIZATION_PATHS.accounts} onFollow={follow}>
            Go to AWS accounts
          </Button>
        </Box>
      }
    />
  );
}
