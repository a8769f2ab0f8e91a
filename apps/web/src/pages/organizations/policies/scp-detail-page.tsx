// `/organizations/policies/service-control-policies/:policyId`: one SCP — its details, its
// content, and its targets (the root, OUs and accounts it is attached to) with attach and detach.
// Refusals, such as detaching a target's last SCP, are shown in the API's words.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import Link from '@cloudscape-design/components/link';
import Modal from '@cloudscape-design/components/modal';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import Table from '@cloudscape-design/components/table';
import Tabs from '@cloudscape-design/components/tabs';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import {
  attachScp,
  detachScp,
  organizationPolicyQuery,
  organizationTreeQuery,
} from '../../../api/organizations-api.js';
import type { PolicyDetail, PolicyTarget } from '../../../api/organizations-types.js';
import { useNotifications } from '../../../app/notifications.js';
import { useFollow } from '../../../app/use-follow.js';
import { ErrorPanel } from '../../../components/error-panel.js';
import { PolicyDocumentView } from '../../../components/policy-document-view/policy-document-view.js';
import { ManagementGate } from '../organization-gate.js';
import { buildOrgTree, flattenTree, pathsById } from '../org-tree.js';
import { ORGANIZATION_PATHS } from '../organizations-navigation.js';
import { policyKindLabel, scpHref } from '../shared/target-policies.js';
import { KIND_LABELS, nodeHref } from '../shared/tree-cells.js';
import { useOrganizationMutation } from '../use-organization-mutation.js';
import { DeleteScpModal } from './delete-scp-modal.js';

const TABS = ['content', 'targets'] as const;

const TARGET_TYPE_LABELS: Record<PolicyTarget['type'], string> = {
  ROOT: 'Root',
  ORGANIZATIONAL_UNIT: 'Organizational unit',
  ACCOUNT: 'AWS account',
};

export function ScpDetailPage() {
  const policyId = useParams().policyId ?? '';
  return <ManagementGate title={policyId}>{() => <ScpDetail policyId={policyId} />}</ManagementGate>;
}

function ScpDetail({ policyId }: { policyId: string }) {
  const follow = useFollow();
  const navigate = useNavigate();
  const detail = useQuery(organizationPolicyQuery(policyId));
  const [params, setParams] = useSearchParams();
  const [deleting, setDeleting] = useState(false);
  const activeTab = TABS.find((t) => t === params.get('tab')) ?? 'content';

  if (detail.isPending) return <Spinner size="large" />;
  if (detail.error) {
    return (
      <ContentLayout header={<Header variant="h1">{policyId}</Header>}>
        <ErrorPanel
          error={detail.error}
          header={`Policy ${policyId} could not be loaded`}
          onRetry={() => void detail.refetch()}
        />
      </ContentLayout>
    );
  }
  const { policy, content } = detail.data;
  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          description={policy.description || undefined}
          actions={
            policy.awsManaged ? undefined : (
              <SpaceBetween direction="horizontal" size="xs">
                <Button onClick={() => setDeleting(true)}>Delete</Button>
                <Button href={`${scpHref(policy.id)}/edit`} onFollow={follow}>
                  Edit policy
                </Button>
              </SpaceBetween>
            )
          }
        >
          {policy.name}
        </Header>
      }
    >
      <SpaceBetween size="l">
        <Container header={<Header variant="h2">Policy details</Header>}>
          <KeyValuePairs
            columns={3}
            items={[
              { label: 'Policy name', value: policy.name },
              { label: 'Policy ID', value: policy.id },
              { label: 'Type', value: policyKindLabel(policy) },
              { label: 'ARN', value: policy.arn },
              { label: 'Description', value: policy.description || '-' },
              { label: 'Attached targets', value: String(detail.data.targets.length) },
            ]}
          />
        </Container>
        <Tabs
          ariaLabel="Policy details"
          activeTabId={activeTab}
          onChange={({ detail: d }) => setParams({ tab: d.activeTabId }, { replace: true })}
          tabs={[
            {
              id: 'content',
              label: 'Content',
              content: (
                <Container header={<Header variant="h2">Policy content</Header>}>
                  <PolicyDocumentView document={content} label="Policy content" testId="scp-content" />
                </Container>
              ),
            },
            { id: 'targets', label: 'Targets', content: <PolicyTargets detail={detail.data} /> },
          ]}
        />
      </SpaceBetween>
      {deleting ? (
        <DeleteScpModal
          policy={policy}
          onDismiss={() => setDeleting(false)}
          onDeleted={() => navigate(ORGANIZATION_PATHS.scps)}
        />
      ) : null}
    </ContentLayout>
  );
}

function PolicyTargets({ detail }: { detail: PolicyDetail }) {
  const follow = useFollow();
  const { notify } = useNotifications();
  const [selected, setSelected] = useState<PolicyTarget | null>(null);
  const [attaching, setAttaching] = useState(false);
  const detach = useOrganizationMutation(
    (target: PolicyTarget) => detachScp(detail.policy.id, target.targetId),
    (_data, target) => {
      setSelected(null);
      notify({ type: 'success', content: `Policy ${detail.policy.name} detached from ${target.name}.` });
    },
  );
  return (
    <SpaceBetween size="m">
      {detach.error ? <ErrorPanel error={detach.error} header="The policy was not detached" /> : null}
      <Table<PolicyTarget>
        items={detail.targets}
        trackBy="targetId"
        selectionType="single"
        selectedItems={selected ? [selected] : []}
        onSelectionChange={({ detail: d }) => setSelected(d.selectedItems[0] ?? null)}
        ariaLabels={{
          tableLabel: 'Targets',
          selectionGroupLabel: 'Select a target',
          itemSelectionLabel: (_s, t) => `Select ${t.name}`,
        }}
        columnDefinitions={[
          {
            id: 'name',
            header: 'Name',
            isRowHeader: true,
            cell: (t) => {
              const href = nodeHref({
                id: t.targetId,
                kind: t.type === 'ROOT' ? 'root' : t.type === 'ACCOUNT' ? 'account' : 'ou',
              });
              return href ? (
                <Link href={href} onFollow={follow}>
                  {t.name}
                </Link>
              ) : (
                t.name
              );
            },
          },
          { id: 'id', header: 'ID', cell: (t) => t.targetId },
          { id: 'type', header: 'Type', cell: (t) => TARGET_TYPE_LABELS[t.type] },
        ]}
        header={
          <Header
            variant="h2"
            counter={`(${detail.targets.length})`}
            description="Where the policy is attached. It applies to each target and everything below it."
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button
                  disabled={!selected}
                  loading={detach.isPending}
                  onClick={() => selected && detach.mutate(selected)}
                >
                  Detach
                </Button>
                <Button onClick={() => setAttaching(true)}>Attach</Button>
              </SpaceBetween>
            }
          >
            Targets
          </Header>
        }
        empty={
          <Box textAlign="center" color="inherit">
            <b>Not attached</b>
            <Box variant="p" color="inherit">
              The policy is not attached to any root, organizational unit or account.
            </Box>
          </Box>
        }
      />
      {attaching ? <AttachTargetModal detail={detail} onDismiss={() => setAttaching(false)} /> : null}
    </SpaceBetween>
  );
}

function AttachTargetModal({ detail, onDismiss }: { detail: PolicyDetail; onDismiss: () => void }) {
  const { notify } = useNotifications();
  const tree = useQuery(organizationTreeQuery());
  const [targetId, setTargetId] = useState<string | null>(null);
  const options = useMemo(() => {
    if (!tree.data) return [];
    const root = buildOrgTree(tree.data);
    const paths = pathsById(root);
    const attached = new Set(detail.targets.map((t) => t.targetId));
    return flattenTree(root)
      .filter(({ node }) => !attached.has(node.id))
      .map(({ node }) => ({
        value: node.id,
        label: paths.get(node.id) ?? node.name,
        description: `${KIND_LABELS[node.kind]} · ${node.id}`,
      }));
  }, [tree.data, detail.targets]);
  const attach = useOrganizationMutation(
    (id: string) => attachScp(detail.policy.id, id),
    (_data, id) => {
      notify({
        type: 'success',
        content: `Policy ${detail.policy.name} attached to ${options.find((o) => o.value === id)?.label ?? id}.`,
      });
      onDismiss();
    },
  );
  return (
    <Modal
      visible
      header={`Attach ${detail.policy.name}`}
      onDismiss={onDismiss}
      closeAriaLabel="Close dialog"
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onDismiss} disabled={attach.isPending}>
              Cancel
            </Button>
            <Button
              variant="primary"
              disabled={!targetId}
              loading={attach.isPending}
              onClick={() => targetId && attach.mutate(targetId)}
            >
              Attach policy
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        {tree.error ? <ErrorPanel error={tree.error} header="The organization could not be loaded" /> : null}
        {tree.isPending ? (
          <Box>Loading the organization</Box>
        ) : options.length === 0 ? (
          <Box variant="p">The policy is attached everywhere already.</Box>
        ) : (
          <FormField label="Target" description="The root, an organizational unit or an account.">
            <RadioGroup
              ariaLabel="Target"
              value={targetId}
              onChange={({ detail: d }) => setTargetId(d.value)}
              items={options}
            />
          </FormField>
        )}
        {attach.error ? <ErrorPanel error={attach.error} header="The policy was not attached" /> : null}
      </SpaceBetween>
    </Modal>
  );
}
