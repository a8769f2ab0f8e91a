// `/organizations/policies/service-control-policies`: the organization's SCPs (AWS managed
// FullAWSAccess and the customer managed ones) with how many targets each is attached to. While
// the policy type is disabled on the root, the page offers to enable it, as AWS's console does;
// while enabled, to disable it (DisablePolicyType: every SCP is detached).
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import {
  disablePolicyType,
  enablePolicyType,
  organizationPoliciesQuery,
  organizationTreeQuery,
} from '../../../api/organizations-api.js';
import { SCP_TYPE, type ServiceControlPolicy } from '../../../api/organizations-types.js';
import { useNotifications } from '../../../app/notifications.js';
import { useFollow } from '../../../app/use-follow.js';
import { ErrorPanel } from '../../../components/error-panel.js';
import { ManagementGate, type ManagementContext } from '../organization-gate.js';
import { scpsEnabled } from '../scp-enabled.js';
import { ConfirmActionModal } from '../shared/confirm-action-modal.js';
import { policyKindLabel, scpHref } from '../shared/target-policies.js';
import { useOrganizationMutation } from '../use-organization-mutation.js';
import { DeleteScpModal } from './delete-scp-modal.js';

export const SCP_CREATE_PATH = '/organizations/policies/service-control-policies/create';

export function ScpListPage() {
  return (
    <ManagementGate title="Service control policies">
      {(context) => <ScpList context={context} />}
    </ManagementGate>
  );
}

function ScpList({ context }: { context: ManagementContext }) {
  const follow = useFollow();
  const { notify } = useNotifications();
  const tree = useQuery(organizationTreeQuery());
  const policies = useQuery(organizationPoliciesQuery());
  const [filteringText, setFilteringText] = useState('');
  const [selected, setSelected] = useState<ServiceControlPolicy | null>(null);
  const [deleting, setDeleting] = useState(false);
  const [disabling, setDisabling] = useState(false);
  const disable = useOrganizationMutation(
    () => disablePolicyType(context.rootId, SCP_TYPE),
    () => {
      setDisabling(false);
      notify({
        type: 'success',
        content:
          'Service control policies disabled. Every policy was detached; none limits your accounts now.',
      });
    },
  );
  const enable = useOrganizationEnable(context.rootId, () =>
    notify({
      type: 'success',
      content: 'Service control policies enabled. FullAWSAccess is attached everywhere.',
    }),
  );
  const enabled = scpsEnabled(tree.data);
  const needle = filteringText.trim().toLowerCase();
  const items = (policies.data?.policies ?? []).filter(
    (p) => !needle || p.name.toLowerCase().includes(needle) || p.description.toLowerCase().includes(needle),
  );

  return (
    <SpaceBetween size="l">
      {tree.data && !enabled ? (
        <Alert
          type="info"
          header="Service control policies are disabled"
          action={
            <Button loading={enable.isPending} onClick={() => enable.mutate(undefined)}>
              Enable service control policies
            </Button>
          }
        >
          While disabled, no SCP can be attached and none limits your accounts. Enabling attaches the AWS
          managed policy FullAWSAccess to the root and to every organizational unit and account.
        </Alert>
      ) : null}
      {enable.error ? (
        <ErrorPanel error={enable.error} header="Service control policies were not enabled" />
      ) : null}
      <Table<ServiceControlPolicy>
        variant="full-page"
        items={items}
        trackBy="id"
        loading={policies.isPending}
        loadingText="Loading policies"
        selectionType="single"
        selectedItems={selected ? [selected] : []}
        onSelectionChange={({ detail }) => setSelected(detail.selectedItems[0] ?? null)}
        ariaLabels={{
          tableLabel: 'Service control policies',
          selectionGroupLabel: 'Select a policy',
          itemSelectionLabel: (_s, p) => `Select ${p.name}`,
        }}
        columnDefinitions={[
          {
            id: 'name',
            header: 'Policy name',
            isRowHeader: true,
            cell: (p) => (
              <Link href={scpHref(p.id)} onFollow={follow}>
                {p.name}
              </Link>
            ),
          },
          { id: 'kind', header: 'Type', cell: policyKindLabel },
          { id: 'description', header: 'Description', cell: (p) => p.description || '-' },
          { id: 'targets', header: 'Attached targets', cell: (p) => String(p.targetCount) },
        ]}
        header={
          <Header
            variant="awsui-h1-sticky"
            counter={policies.data ? `(${policies.data.policies.length})` : undefined}
            description="Service control policies set the most that the users and roles of member accounts may do. They never grant permissions."
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button
                  iconName="refresh"
                  ariaLabel="Refresh policies"
                  onClick={() => void policies.refetch()}
                />
                {enabled ? (
                  <Button onClick={() => setDisabling(true)}>Disable service control policies</Button>
                ) : null}
                <Button
                  disabled={!selected || selected.awsManaged}
                  disabledReason={
                    selected?.awsManaged ? 'AWS managed policies cannot be deleted.' : undefined
                  }
                  onClick={() => setDeleting(true)}
                >
                  Delete
                </Button>
                <Button variant="primary" href={SCP_CREATE_PATH} onFollow={follow}>
                  Create policy
                </Button>
              </SpaceBetween>
            }
          >
            Service control policies
          </Header>
        }
        filter={
          <TextFilter
            filteringText={filteringText}
            filteringPlaceholder="Find policies by name or description"
            filteringAriaLabel="Find policies by name or description"
            filteringClearAriaLabel="Clear filter"
            onChange={({ detail }) => setFilteringText(detail.filteringText)}
          />
        }
        empty={
          policies.error ? (
            <ErrorPanel
              error={policies.error}
              header="Policies could not be loaded"
              onRetry={() => void policies.refetch()}
            />
          ) : (
            <Box textAlign="center" color="inherit">
              <b>No policies</b>
              <Box variant="p" color="inherit">
                {needle ? 'No policies match the filter.' : 'No service control policies to display.'}
              </Box>
            </Box>
          )
        }
      />
      {disabling ? (
        <ConfirmActionModal
          header="Disable service control policies?"
          actionLabel="Disable service control policies"
          pending={disable.isPending}
          error={disable.error}
          onConfirm={() => disable.mutate(undefined)}
          onDismiss={() => setDisabling(false)}
        >
          <Box variant="p">
            Every service control policy is detached from the root and from every organizational unit and
            account, and none limits the principals of your member accounts any more. The policies themselves
            are kept. Enabling again attaches only FullAWSAccess: your other attachments are not restored.
          </Box>
        </ConfirmActionModal>
      ) : null}
      {deleting && selected ? (
        <DeleteScpModal
          policy={selected}
          onDismiss={() => setDeleting(false)}
          onDeleted={() => setSelected(null)}
        />
      ) : null}
    </SpaceBetween>
  );
}

export function useOrganizationEnable(rootId: string, onSuccess: () => void) {
  return useOrganizationMutation(() => enablePolicyType(rootId, SCP_TYPE), onSuccess);
}
