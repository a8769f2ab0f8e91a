// `/organizations/organizational-units/:ouId`: one organizational unit — its details and path, the
// OUs and accounts directly in it, and its service control policies (attached and inherited,
// worked out from each policy's targets). Rename, delete and create a child OU from the header.
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
import { useQueries, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import {
  organizationPoliciesQuery,
  organizationPolicyQuery,
  organizationTreeQuery,
} from '../../../api/organizations-api.js';
import type { PolicyDetail } from '../../../api/organizations-types.js';
import { useFollow } from '../../../app/use-follow.js';
import { ErrorPanel } from '../../../components/error-panel.js';
import { ManagementGate } from '../organization-gate.js';
import {
  buildOrgTree,
  findNode,
  joinedText,
  pathsById,
  policiesOfTarget,
  type OrgNode,
} from '../org-tree.js';
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
  const tree = useQuery(organizationTreeQuery());
  const policies = useQuery(organizationPoliciesQuery());
  const details = useQueries({
    queries: (policies.data?.policies ?? []).map((p) => organizationPolicyQuery(p.id)),
  });
  const [dialog, setDialog] = useState<Dialog>(null);
  const root = useMemo(() => (tree.data ? buildOrgTree(tree.data) : null), [tree.data]);
  const paths = useMemo(() => (root ? pathsById(root) : new Map<string, string>()), [root]);
  const node = root ? findNode(root, ouId) : undefined;
  const loaded = details.filter((d) => d.data).map((d) => d.data as PolicyDetail);
  const policiesLoading = policies.isPending || details.some((d) => d.isPending);
  const policyError = policies.error ?? details.find((d) => d.error)?.error;

  if (tree.isPending) return <Spinner size="large" />;
  if (tree.error || !root || !node || node.kind !== 'ou') {
    return (
      <ContentLayout header={<Header variant="h1">{ouId}</Header>}>
        <ErrorPanel
          error={tree.error ?? new Error(`The organizational unit ${ouId} is not in your organization.`)}
          header={`Organizational unit ${ouId} could not be loaded`}
          onRetry={() => void tree.refetch()}
        />
      </ContentLayout>
    );
  }
  const targetPolicies = policiesOfTarget(root, ouId, loaded);

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
              onItemClick={({ detail }) => setDialog(detail.id as Dialog)}
            >
              Actions
            </ButtonDropdown>
          }
        >
          {node.name}
        </Header>
      }
    >
      <SpaceBetween size="l">
        <Container header={<Header variant="h2">Organizational unit details</Header>}>
          <KeyValuePairs
            columns={3}
            items={[
              { label: 'Name', value: node.name },
              { label: 'ID', value: node.id },
              { label: 'ARN', value: node.arn },
              { label: 'Path', value: (paths.get(node.id) ?? '').split('/').join(' / ') },
            ]}
          />
        </Container>
        <Tabs
          ariaLabel="Organizational unit details"
          tabs={[
            { id: 'children', label: 'Children', content: <ChildrenTable node={node} follow={follow} /> },
            {
              id: 'policies',
              label: 'Policies',
              content: (
                <SpaceBetween size="m">
                  {policyError ? (
                    <ErrorPanel error={policyError} header="Policies could not be loaded" />
                  ) : null}
                  <TargetPolicies
                    targetId={node.id}
                    targetName={node.name}
                    attached={targetPolicies.attached}
                    inherited={targetPolicies.inherited}
                    loading={policiesLoading}
                    enabled={scpsEnabled(tree.data)}
                  />
                </SpaceBetween>
              ),
            },
          ]}
        />
      </SpaceBetween>
      {dialog === 'create-child' ? (
        <CreateOuModal
          parentId={node.id}
          parentPath={paths.get(node.id) ?? node.name}
          onDismiss={() => setDialog(null)}
        />
      ) : null}
      {dialog === 'rename' ? (
        <RenameOuModal id={node.id} name={node.name} onDismiss={() => setDialog(null)} />
      ) : null}
      {dialog === 'delete' ? (
        <DeleteOuModal
          id={node.id}
          name={node.name}
          onDismiss={() => setDialog(null)}
          onDeleted={() => navigate(ORGANIZATION_PATHS.accounts)}
        />
      ) : null}
    </ContentLayout>
  );
}

function ChildrenTable({ node, follow }: { node: OrgNode; follow: ReturnType<typeof useFollow> }) {
  return (
    <Table<OrgNode>
      items={node.children}
      trackBy="id"
      ariaLabels={{ tableLabel: `Children of ${node.name}` }}
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
        <Header variant="h2" counter={`(${node.children.length})`}>
          Children
        </Header>
      }
      empty={
        <Box textAlign="center" color="inherit">
          <b>Empty</b>
          <Box variant="p" color="inherit">
            No organizational units or accounts are in {node.name}.
          </Box>
          <Button href={ORGANIZATION_PATHS.accounts} onFollow={follow}>
            Go to AWS accounts
          </Button>
        </Box>
      }
    />
  );
}
