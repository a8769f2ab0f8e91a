// `/organizations/settings`: the organization's details, as AWS's console shows them on its
// Settings page, and "Delete organization" (DeleteOrganization). AWS deletes an organization only
// once its management account is its last account; otherwise the refusal
// (OrganizationNotEmptyException) is shown in the dialog.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { deleteOrganization } from '../../../api/organizations-api.js';
import { useNotifications } from '../../../app/notifications.js';
import { ConfirmDeleteModal } from '../../../components/confirm-delete-modal.js';
import { ManagementGate, type ManagementContext } from '../organization-gate.js';
import { ORGANIZATION_PATHS } from '../organizations-navigation.js';
import { useOrganizationMutation } from '../use-organization-mutation.js';

export function OrganizationSettingsPage() {
  return <ManagementGate title="Settings">{(context) => <Settings context={context} />}</ManagementGate>;
}

function Settings({ context }: { context: ManagementContext }) {
  const { organization } = context;
  const [deleting, setDeleting] = useState(false);
  return (
    <ContentLayout header={<Header variant="h1">Settings</Header>}>
      <SpaceBetween size="l">
        <Container header={<Header variant="h2">Organization details</Header>}>
          <KeyValuePairs
            columns={2}
            items={[
              { label: 'Organization ID', value: organization.id },
              { label: 'Organization ARN', value: organization.arn },
              { label: 'Management account ID', value: organization.masterAccountId },
              { label: 'Root ID', value: context.rootId },
              { label: 'Feature set', value: 'All features' },
            ]}
          />
        </Container>
        <Container
          header={
            <Header
              variant="h2"
              description="Only an organization whose management account is its last account can be deleted: remove every member account first."
              actions={<Button onClick={() => setDeleting(true)}>Delete organization</Button>}
            >
              Delete organization
            </Header>
          }
        >
          <Box variant="p">
            Deleting the organization removes its organizational units, its customer managed service control
            policies and its invitations. Your account becomes a standalone account again.
          </Box>
        </Container>
      </SpaceBetween>
      {deleting ? (
        <DeleteOrganizationModal organizationId={organization.id} onDismiss={() => setDeleting(false)} />
      ) : null}
    </ContentLayout>
  );
}

function DeleteOrganizationModal(props: { organizationId: string; onDismiss: () => void }) {
  const { notify } = useNotifications();
  const navigate = useNavigate();
  const remove = useOrganizationMutation(deleteOrganization, () => {
    notify({ type: 'success', content: `Organization ${props.organizationId} deleted.` });
    props.onDismiss();
    navigate(ORGANIZATION_PATHS.accounts);
  });
  return (
    <ConfirmDeleteModal
      visible
      header={`Delete organization ${props.organizationId}?`}
      confirmationText={props.organizationId}
      actionLabel="Delete organization"
      deleting={remove.isPending}
      error={remove.error}
      onConfirm={() => remove.mutate(undefined)}
      onDismiss={props.onDismiss}
    >
      <Box variant="p">
        The organization, its organizational units, customer managed service control policies and invitations
        are deleted. This can&apos;t be undone.
      </Box>
    </ConfirmDeleteModal>
  );
}
