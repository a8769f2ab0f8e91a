// A target's service control policies: those attached to it directly (attach, detach) and those it
// inherits from the root and the OUs above it, each with where it comes from. An account or OU
// is allowed only what every level of its path allows. Refusals, such as detaching a target's
// last SCP, are shown as the API words them.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import Modal from '@cloudscape-design/components/modal';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { attachScp, detachScp, organizationPoliciesQuery } from '../../../api/organizations-api.js';
import type { PathEntry, ServiceControlPolicy } from '../../../api/organizations-types.js';
import { useNotifications } from '../../../app/notifications.js';
import { useFollow } from '../../../app/use-follow.js';
import { ErrorPanel } from '../../../components/error-panel.js';
import { useOrganizationMutation } from '../use-organization-mutation.js';
import { ouHref } from './tree-cells.js';

export const scpHref = (id: string) =>
  `/organizations/policies/service-control-policies/${encodeURIComponent(id)}`;

export const policyKindLabel = (policy: ServiceControlPolicy) =>
  policy.awsManaged ? 'AWS managed policy' : 'Customer managed policy';

interface TargetPoliciesProps {
  targetId: string;
  targetName: string;
  attached: readonly ServiceControlPolicy[];
  inherited: readonly { from: PathEntry; policy: ServiceControlPolicy }[];
  loading?: boolean;
  /** Whether SCPs are enabled on the root: attaching needs them. */
  enabled: boolean;
}

export function TargetPolicies(props: TargetPoliciesProps) {
  const follow = useFollow();
  const { notify } = useNotifications();
  const [selected, setSelected] = useState<ServiceControlPolicy | null>(null);
  const [attaching, setAttaching] = useState(false);
  const detach = useOrganizationMutation(
    (policy: ServiceControlPolicy) => detachScp(policy.id, props.targetId),
    (_data, policy) => {
      setSelected(null);
      notify({ type: 'success', content: `Policy ${policy.name} detached from ${props.targetName}.` });
    },
  );
  const policyLink = (policy: ServiceControlPolicy) => (
    <Link href={scpHref(policy.id)} onFollow={follow}>
      {policy.name}
    </Link>
  );

  return (
    <SpaceBetween size="l">
      {detach.error ? <ErrorPanel error={detach.error} header="The policy was not detached" /> : null}
      <Table<ServiceControlPolicy>
        items={[...props.attached]}
        trackBy="id"
        loading={props.loading}
        loadingText="Loading policies"
        selectionType="single"
        selectedItems={selected ? [selected] : []}
        onSelectionChange={({ detail }) => setSelected(detail.selectedItems[0] ?? null)}
        ariaLabels={{
          tableLabel: 'Attached directly',
          selectionGroupLabel: 'Select a policy',
          itemSelectionLabel: (_s, p) => `Select ${p.name}`,
        }}
        columnDefinitions={[
          { id: 'name', header: 'Name', isRowHeader: true, cell: policyLink },
          { id: 'kind', header: 'Type', cell: policyKindLabel },
          { id: 'description', header: 'Description', cell: (p) => p.description || '-' },
        ]}
        header={
          <Header
            variant="h2"
            counter={`(${props.attached.length})`}
            description={`Service control policies attached to ${props.targetName} itself.`}
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button
                  disabled={!selected}
                  loading={detach.isPending}
                  onClick={() => selected && detach.mutate(selected)}
                >
                  Detach
                </Button>
                <Button
                  disabled={!props.enabled}
                  disabledReason="Enable service control policies first."
                  onClick={() => setAttaching(true)}
                >
                  Attach
                </Button>
              </SpaceBetween>
            }
          >
            Attached directly
          </Header>
        }
        empty={
          <Box textAlign="center" color="inherit">
            <b>No policies attached</b>
            <Box variant="p" color="inherit">
              {props.enabled
                ? 'No service control policy is attached here.'
                : 'Service control policies are not enabled.'}
            </Box>
          </Box>
        }
      />
      <Table
        items={[...props.inherited]}
        trackBy={(entry) => `${entry.from.id}:${entry.policy.id}`}
        loading={props.loading}
        loadingText="Loading policies"
        ariaLabels={{ tableLabel: 'Inherited' }}
        columnDefinitions={[
          { id: 'name', header: 'Name', isRowHeader: true, cell: (entry) => policyLink(entry.policy) },
          {
            id: 'from',
            header: 'Inherited from',
            cell: (entry) =>
              entry.from.type === 'ROOT' ? (
                entry.from.name
              ) : (
                <Link href={ouHref(entry.from.id)} onFollow={follow}>
                  {entry.from.name}
                </Link>
              ),
          },
          { id: 'kind', header: 'Type', cell: (entry) => policyKindLabel(entry.policy) },
        ]}
        header={
          <Header
            variant="h2"
            counter={`(${props.inherited.length})`}
            description="Policies attached above this target, to the root or a parent organizational unit. They apply here too."
          >
            Inherited
          </Header>
        }
        empty={
          <Box textAlign="center" color="inherit">
            <b>No inherited policies</b>
          </Box>
        }
      />
      {attaching ? (
        <AttachPolicyModal
          targetId={props.targetId}
          targetName={props.targetName}
          attachedIds={props.attached.map((p) => p.id)}
          onDismiss={() => setAttaching(false)}
        />
      ) : null}
    </SpaceBetween>
  );
}

function AttachPolicyModal(props: {
  targetId: string;
  targetName: string;
  attachedIds: string[];
  onDismiss: () => void;
}) {
  const { notify } = useNotifications();
  const policies = useQuery(organizationPoliciesQuery());
  const [policyId, setPolicyId] = useState<string | null>(null);
  const candidates = (policies.data?.policies ?? []).filter((p) => !props.attachedIds.includes(p.id));
  const attach = useOrganizationMutation(
    (id: string) => attachScp(id, props.targetId),
    (_data, id) => {
      const name = candidates.find((p) => p.id === id)?.name ?? id;
      notify({ type: 'success', content: `Policy ${name} attached to ${props.targetName}.` });
      props.onDismiss();
    },
  );
  return (
    <Modal
      visible
      header={`Attach a service control policy to ${props.targetName}`}
      onDismiss={props.onDismiss}
      closeAriaLabel="Close dialog"
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={props.onDismiss} disabled={attach.isPending}>
              Cancel
            </Button>
            <Button
              variant="primary"
              disabled={!policyId}
              loading={attach.isPending}
              onClick={() => policyId && attach.mutate(policyId)}
            >
              Attach policy
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        {policies.error ? <ErrorPanel error={policies.error} header="Policies could not be loaded" /> : null}
        {policies.isPending ? (
          <Box>Loading policies</Box>
        ) : candidates.length === 0 ? (
          <Box variant="p">Every service control policy is attached here already.</Box>
        ) : (
          <FormField label="Service control policy">
            <RadioGroup
              ariaLabel="Service control policy"
              value={policyId}
              onChange={({ detail }) => setPolicyId(detail.value)}
              items={candidates.map((p) => ({
                value: p.id,
                label: p.name,
                description: p.description || policyKindLabel(p),
              }))}
            />
          </FormField>
        )}
        {attach.error ? <ErrorPanel error={attach.error} header="The policy was not attached" /> : null}
      </SpaceBetween>
    </Modal>
  );
}
